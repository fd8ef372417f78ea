import type { PurposeOrNecessary } from '../settings/purpose-list';

/**
 * The types of a consent-manager rule and `defineRule`, without zod: rule files import from here so the
 * engine bundle (which includes every rule) carries no schema library. utils/consent/rule-schema.ts holds
 * the zod schemas, checked against these types at compile time, and the tests check every rule with them.
 * Field meanings are documented on the schema.
 */

export type Step =
  | { click: string; optional?: boolean; all?: boolean }
  | { waitFor: string; timeout?: number; optional?: boolean }
  | { waitGone: string; timeout?: number }
  | { setToggles: ToggleSpec }
  | { setChoicePairs: ChoicePairSpec }
  | { call: string; args?: 'desired' | 'none' }
  | { if: { exists?: string; visible?: string; call?: string }; then: Step[]; else?: Step[] }
  | { hide: string[] }
  | { wait: number };

/** How a settings view names the category of a toggle or a row. */
export type CategoryOf = { attribute: string } | { labelOf: 'label' | string };

export interface ToggleSpec {
  /** Every toggle (checkbox or switch) of the settings view. */
  selector: string;
  /** How to name the category a toggle sets: an attribute of the toggle, or the text of a nearby element (then classified). */
  category: CategoryOf;
  /** How to know a toggle is on: `checked`, or an attribute and the value it has when on (`aria-checked=true`). */
  state?: 'checked' | { attribute: string; on: string };
  /** What to click to change it when it is not the input itself (a styled slider next to it). */
  clickTarget?: string;
}

/**
 * Settings rows that each carry a pair of buttons (deny / allow) instead of a toggle, e.g. Didomi's
 * "Refuser" / "Accepter" per purpose: the engine clicks the one that matches the wanted value.
 */
export interface ChoicePairSpec {
  /** Every row of the settings view. */
  selector: string;
  /**
   * How to name the row's category: the text of an element inside it (then classified), or an attribute of
   * the row or of the first element inside it whose value starts with `prefix` (the prefix is cut off:
   * Didomi's `id="didomi-purpose-cookies"` → `cookies`).
   */
  category: { attribute: string; prefix?: string } | { labelOf: string };
  /** The element inside the row whose text is shown as the category's label (default: the `labelOf` one). */
  label?: string;
  /** The row's deny button (inside the row). */
  deny: string;
  /** The row's allow button (inside the row). */
  allow: string;
}

export interface Stored {
  cookie?: string;
  localStorage?: string;
  decode?: 'raw' | 'uri' | 'json' | 'uri-json' | 'base64-json' | 'js-object' | 'query';
  path?: string;
  shape?: 'map' | 'list' | 'pairs';
  pairSeparator?: string;
  valueSeparator?: string;
  reader?: string;
}

export interface Rule {
  id: string;
  name: string;
  detect: { present: string[]; showing: string[]; frameUrl?: string };
  prehide?: string[];
  categories: Record<string, PurposeOrNecessary> | 'classify';
  actions: { rejectAll?: Step[]; acceptAll?: Step[]; custom?: Step[] };
  stored?: Stored;
  repair?: Step[];
  cleanup?: {
    removeClasses?: { selector: string; classes: string[] }[];
    hide?: string[];
  };
  fixtures: string[];
}

/** A rule file's default export, checked at build time by its type and at test time by RuleSchema. */
export function defineRule(rule: Rule): Rule {
  return rule;
}
