import type { PurposeChoices } from '../../settings/purposes';
import type { ChoicePairSpec, Rule, Step, ToggleSpec } from '../rule-types';
import { containsDeep, queryAllDeep, queryDeep } from '../watch/selectors';
import { anyShown, isShown, navigatesAway, nearby, sleep, textOf, until } from './dom';
import { targetOf, wantedValue, type Classify } from './wanted';

export class StepError extends Error {}

export interface StepEnv {
  doc: Document;
  rule: Rule;
  choices: PurposeChoices;
  classify?: Classify;
  callMain(fn: string, args?: unknown[]): Promise<unknown>;
  /** Hides elements for good (the banner after it was answered). */
  hide(selectors: readonly string[]): void;
  /** Filled as steps run: the wanted value and shown label of each category met. */
  wanted: Record<string, boolean>;
  labels: Record<string, string>;
}

/** The banner's own regions: clicks and toggles never reach outside them. */
function bannerRegions(env: StepEnv): Element[] {
  const { detect, prehide = [] } = env.rule;
  return [...detect.present, ...detect.showing, ...prehide].flatMap((s) => queryAllDeep(env.doc, s));
}

function inBanner(env: StepEnv, el: Element): boolean {
  return bannerRegions(env).some((region) => containsDeep(region, el));
}

function clickable(env: StepEnv, selector: string): Element[] {
  return queryAllDeep(env.doc, selector).filter((el) => inBanner(env, el) && !navigatesAway(el));
}

function press(el: Element): void {
  (el as HTMLElement).click();
}

function toggleState(el: Element, spec: ToggleSpec): boolean {
  const state = spec.state ?? (el instanceof HTMLInputElement ? 'checked' : { attribute: 'aria-checked', on: 'true' });
  return state === 'checked' ? (el as HTMLInputElement).checked : el.getAttribute(state.attribute) === state.on;
}

function toggleLabel(el: Element, spec: ToggleSpec): string | null {
  const ofLabel = () =>
    textOf((el as HTMLInputElement).labels?.[0]) ?? textOf(el.closest('label')) ?? el.getAttribute('aria-label');
  if ('attribute' in spec.category) return ofLabel();
  return spec.category.labelOf === 'label' ? ofLabel() : textOf(nearby(el, spec.category.labelOf));
}

function toggleCategory(el: Element, spec: ToggleSpec): string | null {
  if ('attribute' in spec.category) {
    const name = spec.category.attribute;
    return el.closest(`[${CSS.escape(name)}]`)?.getAttribute(name) ?? null;
  }
  return toggleLabel(el, spec);
}

/** Sets every toggle of the settings view to the wanted value of the category it stands for. */
async function setToggles(env: StepEnv, spec: ToggleSpec): Promise<void> {
  const toggles = queryAllDeep(env.doc, spec.selector).filter((el) => inBanner(env, el));
  if (toggles.length === 0) throw new StepError(`no toggles: ${spec.selector}`);
  for (const toggle of toggles) {
    const category = toggleCategory(toggle, spec);
    if (!category) throw new StepError(`toggle without a category: ${spec.selector}`);
    const label = toggleLabel(toggle, spec);
    if (label) env.labels[category] = label;
    const target = targetOf(env.rule, category, label, env.classify);
    const want = wantedValue(target, env.choices);
    env.wanted[category] = want;
    if ((toggle as HTMLInputElement).disabled || toggle.getAttribute('aria-disabled') === 'true') continue;
    if (toggleState(toggle, spec) === want) continue;
    press((spec.clickTarget && nearby(toggle, spec.clickTarget)) || toggle);
    await sleep(0);
    if (toggleState(toggle, spec) !== want && toggle instanceof HTMLInputElement) {
      // A styled switch that ignored the click: set the input itself and tell the page.
      toggle.checked = want;
      toggle.dispatchEvent(new Event('input', { bubbles: true }));
      toggle.dispatchEvent(new Event('change', { bubbles: true }));
    }
    if (toggleState(toggle, spec) !== want) throw new StepError(`toggle ${category} did not change`);
  }
}

function rowCategory(row: Element, spec: ChoicePairSpec): string | null {
  if ('labelOf' in spec.category) return textOf(row.querySelector(spec.category.labelOf));
  const { attribute, prefix = '' } = spec.category;
  const attr = CSS.escape(attribute);
  const holder = row.matches(`[${attr}^="${CSS.escape(prefix)}"]`) ? row : row.querySelector(`[${attr}^="${CSS.escape(prefix)}"]`);
  const value = holder?.getAttribute(attribute)?.slice(prefix.length);
  return value || null;
}

/**
 * Rows that each carry a deny/allow button pair instead of a toggle (Didomi's Refuser/Accepter): clicks, in
 * every row, the button of the category's wanted value. A row missing the button it needs stops the steps,
 * so the banner is left to the person rather than half answered.
 */
async function setChoicePairs(env: StepEnv, spec: ChoicePairSpec): Promise<void> {
  const rows = queryAllDeep(env.doc, spec.selector).filter((el) => inBanner(env, el));
  if (rows.length === 0) throw new StepError(`no choice rows: ${spec.selector}`);
  for (const row of rows) {
    const category = rowCategory(row, spec);
    if (!category) throw new StepError(`choice row without a category: ${spec.selector}`);
    const labelSelector = spec.label ?? ('labelOf' in spec.category ? spec.category.labelOf : null);
    const label = labelSelector ? textOf(row.querySelector(labelSelector)) : null;
    if (label) env.labels[category] = label;
    const want = wantedValue(targetOf(env.rule, category, label, env.classify), env.choices);
    env.wanted[category] = want;
    const button = row.querySelector(want ? spec.allow : spec.deny);
    if (!button || navigatesAway(button)) throw new StepError(`choice row ${category}: no ${want ? 'allow' : 'deny'} button`);
    if ((button as HTMLButtonElement).disabled || button.getAttribute('aria-disabled') === 'true') {
      // A locked allow (a required purpose) is fine; a locked deny means the purpose cannot be refused here.
      if (want) continue;
      throw new StepError(`choice row ${category}: deny is disabled`);
    }
    press(button);
  }
  await sleep(0);
}

/**
 * A main-world function may answer with the categories the manager covers and the labels it shows them
 * with (`{ categories: { id: label } }`, read from its config): they are classified like toggle labels, so a
 * later `call` with `desired` gets their wanted values and verification knows them.
 */
function learnCategories(env: StepEnv, answer: unknown): void {
  const categories = (answer as { categories?: unknown } | null)?.categories;
  if (!categories || typeof categories !== 'object') return;
  for (const [category, label] of Object.entries(categories)) {
    if (typeof label !== 'string') continue;
    env.labels[category] = label;
    env.wanted[category] = wantedValue(targetOf(env.rule, category, label, env.classify), env.choices);
  }
}

const desired = (env: StepEnv) => [{ categories: env.wanted, purposes: env.choices }];

/**
 * A `call` condition gets the wanted values as a `desired` call does, and what it answers counts like a
 * call's answer: one round trip can both test for the manager's API and act (`xApply` answers false without
 * it) or name its categories (`xCategories` answers null without it).
 */
async function condition(env: StepEnv, test: { exists?: string; visible?: string; call?: string }): Promise<boolean> {
  if (test.exists !== undefined && !queryDeep(env.doc, test.exists)) return false;
  if (test.visible !== undefined && !anyShown(env.doc, [test.visible])) return false;
  if (test.call !== undefined) {
    const answer = await env.callMain(test.call, desired(env));
    if (!answer) return false;
    learnCategories(env, answer);
  }
  return true;
}

export async function runStep(env: StepEnv, step: Step): Promise<void> {
  if ('click' in step) {
    const targets = clickable(env, step.click);
    const shown = targets.filter(isShown);
    const chosen = step.all ? shown : shown.slice(0, 1);
    if (chosen.length === 0) {
      if (step.optional) return;
      throw new StepError(`nothing to click: ${step.click}`);
    }
    chosen.forEach(press);
    await sleep(0);
  } else if ('waitFor' in step) {
    const found = await until(() => anyShown(env.doc, [step.waitFor]), step.timeout ?? 3_000, { doc: env.doc });
    if (!found && !step.optional) throw new StepError(`timed out waiting for ${step.waitFor}`);
  } else if ('waitGone' in step) {
    const gone = await until(() => !anyShown(env.doc, [step.waitGone]), step.timeout ?? 3_000, { doc: env.doc });
    if (!gone) throw new StepError(`still showing: ${step.waitGone}`);
  } else if ('setToggles' in step) {
    await setToggles(env, step.setToggles);
  } else if ('setChoicePairs' in step) {
    await setChoicePairs(env, step.setChoicePairs);
  } else if ('call' in step) {
    const args = step.args === 'desired' ? desired(env) : [];
    learnCategories(env, await env.callMain(step.call, args));
  } else if ('if' in step) {
    await runSteps(env, (await condition(env, step.if)) ? step.then : (step.else ?? []));
  } else if ('hide' in step) {
    env.hide(step.hide);
  } else if ('wait' in step) {
    await sleep(step.wait);
  }
}

export async function runSteps(env: StepEnv, steps: readonly Step[]): Promise<void> {
  for (const step of steps) await runStep(env, step);
}
