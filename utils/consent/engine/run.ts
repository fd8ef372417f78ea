import type { PurposeChoices } from '../../settings/purposes';
import type { ConsentResult } from '../result-schema';
import type { Rule } from '../rule-schema';
import type { StoredCategories } from './decode';
import { cleanup } from './cleanup';
import { anyShown, until } from './dom';
import { runSteps, StepError, type StepEnv } from './steps';
import { verify } from './verify';
import { decide, targetOf, wantedValue, type Classify } from './wanted';

export interface EngineEnv {
  doc: Document;
  classify?: Classify;
  callMain(fn: string, args?: unknown[]): Promise<unknown>;
  /** What the manager stored, by the rule's `stored` (readers.ts / decode.ts). */
  readStored(rule: Rule): Promise<StoredCategories | null>;
  hide(selectors: readonly string[]): void;
  /** Milliseconds since the frame's navigation started. */
  now(): number;
}

export interface RunOptions {
  /** How long the manager may take to show its banner once it is on the page. */
  showTimeoutMs?: number;
  /** How long the whole answer may take before the banner is given back to the person. */
  stepsTimeoutMs?: number;
  /** How long to wait for the manager to store the answer. */
  storedTimeoutMs?: number;
}

/** null: the manager is on the page but shows no banner (answered before): nothing to do. */
export async function runRule(rule: Rule, choices: PurposeChoices, env: EngineEnv, options: RunOptions = {}): Promise<ConsentResult | null> {
  const result = (fields: Partial<ConsentResult>): ConsentResult => ({
    url: env.doc.location.href,
    frame: env.doc.defaultView === env.doc.defaultView?.top ? 'top' : 'sub',
    manager: { id: rule.id, name: rule.name },
    action: null,
    outcome: 'failed',
    reason: null,
    purposes: [],
    verified: false,
    violation: false,
    ms: Math.round(env.now()),
    ...fields,
  });

  if (!(await until(() => anyShown(env.doc, rule.detect.showing), options.showTimeoutMs ?? 3_000))) return null;

  const decision = decide(rule, choices);
  if ('refuse' in decision) return result({ outcome: 'refused', reason: decision.refuse });

  const stepEnv: StepEnv = { doc: env.doc, rule, choices, classify: env.classify, callMain: env.callMain, hide: env.hide, wanted: {}, labels: {} };
  if (rule.categories !== 'classify') {
    for (const category of Object.keys(rule.categories)) stepEnv.wanted[category] = wantedValue(targetOf(rule, category, null), choices);
  }
  const steps = rule.actions[decision.action] ?? [];
  const timeout = options.stepsTimeoutMs ?? 8_000;
  try {
    await Promise.race([
      runSteps(stepEnv, steps),
      new Promise((_, reject) => setTimeout(() => reject(new StepError(`timed out after ${timeout} ms`)), timeout)),
    ]);
  } catch (e) {
    return result({ action: decision.action, reason: e instanceof Error ? e.message : String(e) });
  }

  // The manager may store its answer a little after the click: read until it matches, or give up.
  let check = verify(rule, choices, null);
  const read = async () => {
    check = verify(rule, choices, await env.readStored(rule), stepEnv.labels, env.classify);
    return check.verified || check.violation;
  };
  if (rule.stored) {
    const deadline = Date.now() + (options.storedTimeoutMs ?? 2_000);
    while (!(await read()) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
  }
  const ms = Math.round(env.now());
  const stillShowing = anyShown(env.doc, rule.detect.showing) !== null;
  if (!stillShowing) cleanup(env.doc, rule, env.hide);
  const failedReason = stillShowing ? 'banner still showing' : rule.stored && !check.verified ? 'stored consent does not match' : null;
  return result({
    action: decision.action,
    outcome: stillShowing ? 'failed' : 'done',
    reason: check.violation ? 'a denied purpose is granted' : failedReason,
    purposes: check.purposes,
    verified: check.verified,
    violation: check.violation,
    ms,
  });
}
