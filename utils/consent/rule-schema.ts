import { z } from 'zod';
import { PURPOSES } from '../settings/purpose-list';
import type { ChoicePairSpec, Rule, Step, Stored, ToggleSpec } from './rule-types';

// Rule files and the engine use the zod-free types; these schemas check them (tests, build).
export type { ChoicePairSpec, Rule, Step, Stored, ToggleSpec } from './rule-types';
export { defineRule } from './rule-types';

/**
 * A consent-manager rule is data: how to recognise the manager, what to hide before first paint, how its
 * own categories map to our purposes, the steps that set them, and how to read back what it stored.
 * One file per consent manager in utils/consent/rules/, all checked by RuleSchema (test/unit/rules.test.ts).
 * The engine (utils/consent/engine*) interprets rules; a rule needs code only where data cannot say it,
 * and then names a function (main-world function or stored-consent reader) shipped in the extension.
 */

/** Our purposes plus `necessary`, which is always granted. */
export const TargetSchema = z.enum(['necessary', ...PURPOSES]);

/** A CSS selector; `>>>` pierces into an open shadow root (`#usercentrics-root >>> [data-testid=uc-deny-all-button]`). */
const Selector = z.string().min(1);

/** Names of main-world functions shipped in utils/consent/main-world/ (never code from the page or a server). */
const MainWorldFn = z.string().regex(/^[a-z][a-zA-Z0-9]*$/);

const CategoryOfSchema = z.union([z.object({ attribute: z.string() }), z.object({ labelOf: z.string() })]);

const ToggleSpecSchema = z.object({
  selector: Selector,
  category: CategoryOfSchema,
  state: z.union([z.literal('checked'), z.object({ attribute: z.string(), on: z.string() })]).optional(),
  clickTarget: Selector.optional(),
}) satisfies z.ZodType<ToggleSpec>;

const ChoicePairSpecSchema = z.strictObject({
  selector: Selector,
  category: z.union([z.strictObject({ attribute: z.string(), prefix: z.string().optional() }), z.strictObject({ labelOf: Selector })]),
  label: Selector.optional(),
  deny: Selector,
  allow: Selector,
}) satisfies z.ZodType<ChoicePairSpec>;

// Input typed too, so rule files (typed by the schema input) get their steps checked by the compiler.
export const StepSchema: z.ZodType<Step, Step> = z.lazy(() =>
  z.union([
    z.strictObject({ click: Selector, optional: z.boolean().optional(), all: z.boolean().optional() }),
    z.strictObject({ waitFor: Selector, timeout: z.number().int().positive().max(10_000).optional(), optional: z.boolean().optional() }),
    z.strictObject({ waitGone: Selector, timeout: z.number().int().positive().max(10_000).optional() }),
    z.strictObject({ setToggles: ToggleSpecSchema }),
    z.strictObject({ setChoicePairs: ChoicePairSpecSchema }),
    z.strictObject({ call: MainWorldFn, args: z.enum(['desired', 'none']).optional() }),
    z.strictObject({
      if: z.strictObject({ exists: Selector.optional(), visible: Selector.optional(), call: MainWorldFn.optional() }),
      then: z.array(StepSchema),
      else: z.array(StepSchema).optional(),
    }),
    z.strictObject({ hide: z.array(Selector).min(1) }),
    z.strictObject({ wait: z.number().int().positive().max(2_000) }),
  ]),
);

/**
 * Where and how the manager stores the person's choice, read back to verify. The reader turns the stored
 * value into `{ [category]: granted }`.
 * - `cookie` / `localStorage`: the name (a `/regex/` matches the first fitting name);
 * - `decode`: how the raw text becomes a value;
 * - `path`: dot path inside the decoded value to the categories;
 * - `shape`: `map` (`{ cat: true|false|"yes"|"1"… }`), `list` (granted category ids), or `pairs`
 *   (`cat:1,cat2:0` text, with `pairSeparator` and `valueSeparator`);
 * - `reader`: instead of all that, a named reader in utils/consent/readers.ts, or `main:<fn>` to ask the
 *   page's manager through a main-world function.
 */
export const StoredSchema = z.strictObject({
  cookie: z.string().optional(),
  localStorage: z.string().optional(),
  decode: z.enum(['raw', 'uri', 'json', 'uri-json', 'base64-json', 'js-object', 'query']).default('raw'),
  path: z.string().optional(),
  shape: z.enum(['map', 'list', 'pairs']).optional(),
  pairSeparator: z.string().optional(),
  valueSeparator: z.string().optional(),
  reader: z.string().optional(),
}) satisfies z.ZodType<unknown, Stored>;

export const RuleSchema = z.strictObject({
  /** File name without extension, lower case: `onetrust`. */
  id: z.string().regex(/^[a-z0-9-]+$/),
  /** As shown to the person: `OneTrust`. */
  name: z.string().min(1),
  detect: z.strictObject({
    /** The manager is on the page (any of these exists). Cheap selectors only: they run on every page. */
    present: z.array(Selector).min(1),
    /** Its banner or dialog is showing and waits for an answer (any of these is visible). */
    showing: z.array(Selector).min(1),
    /** Only in frames whose URL matches this regex (managers whose dialog lives in an iframe). */
    frameUrl: z.string().optional(),
  }),
  /** Hidden from the first paint, revealed if handling fails. */
  prehide: z.array(Selector).default([]),
  /**
   * The manager's categories (its ids) → our purposes. `classify` when each site names them: the engine
   * classifies the label the site shows (utils/consent/classifier.ts); unknown labels map to `other`.
   */
  categories: z.union([z.record(z.string(), TargetSchema), z.literal('classify')]),
  /**
   * How to answer. The engine works out the wanted value of every category the banner covers, then runs
   * `rejectAll` when all are denied, `acceptAll` when all are allowed, else `custom`. With no `custom`,
   * mixed choices are refused and the banner is left to the person.
   */
  actions: z.strictObject({
    rejectAll: z.array(StepSchema).optional(),
    acceptAll: z.array(StepSchema).optional(),
    custom: z.array(StepSchema).optional(),
  }),
  stored: StoredSchema.optional(),
  /**
   * When the stored answer grants a purpose the person denied (a quick answer the manager took short):
   * steps that reopen the manager's settings and wait for them to be answered, after which the stored
   * answer is read again. Without them, or when they fail, the violation is reported.
   */
  repair: z.array(StepSchema).optional(),
  /** Left behind by some managers after they close: classes on html/body that lock scrolling, overlays. */
  cleanup: z
    .strictObject({
      removeClasses: z.array(z.strictObject({ selector: Selector, classes: z.array(z.string()) })).optional(),
      hide: z.array(Selector).optional(),
    })
    .optional(),
  /** Test page(s) under test/fixtures that reproduce this manager; a rule without one fails the suite. */
  fixtures: z.array(z.string()).min(1),
});
export type ParsedRule = z.output<typeof RuleSchema>;

// The hand-written Rule type and the schema's input must stay the same type, both ways.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const ruleTypeMatchesSchema: Same<z.input<typeof RuleSchema>, Rule> = true;
void ruleTypeMatchesSchema;
