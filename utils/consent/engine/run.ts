import type { PurposeChoices } from '../../settings/purposes';
import type { ConsentResult } from '../result-schema';
import type { Rule } from '../rule-schema';
import type { StoredCategories } from './decode';
import { queryDeep } from '../watch/selectors';
import { cleanup } from './cleanup';
import { anyShown, sleep, until } from './dom';
import { splitTrailingWaits } from './settle';
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
  /**
   * Past that, how much longer to wait while its elements stay in the page and it has stored no answer (a
   * banner in the HTML that its script shows seconds later); counted from the start.
   */
  lateShowMs?: number;
  /** How long the whole answer may take before the banner is given back to the person. */
  stepsTimeoutMs?: number;
  /** How long to wait for the manager to store the answer. */
  storedTimeoutMs?: number;
}

/** Between two reads of the stored answer (cookies and storage are cheap to read; main-world reads pace themselves). */
const STORED_POLL_MS = 16;

/**
 * Waits for the manager to show its banner. A manager already answered shows none: after `showTimeoutMs`,
 * waiting goes on (tested on DOM changes, polled slowly) only while its `present` elements are still in the
 * page and nothing is stored yet.
 */
async function showing(rule: Rule, env: EngineEnv, options: RunOptions): Promise<boolean> {
  const shown = () => anyShown(env.doc, rule.detect.showing);
  const showMs = options.showTimeoutMs ?? 3_000;
  if (await until(shown, showMs, { doc: env.doc })) return true;
  const present = () => rule.detect.present.some((s) => queryDeep(env.doc, s) !== null);
  if (!present() || (await env.readStored(rule).catch(() => null)) !== null) return false;
  const lateMs = (options.lateShowMs ?? 10_000) - showMs;
  const late = await until(() => shown() ?? (present() ? null : 'gone'), lateMs, { doc: env.doc, everyMs: 200, fastStart: false });
  return late !== null && late !== 'gone';
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

  if (!(await showing(rule, env, options))) return null;

  const decision = decide(rule, choices);
  if ('refuse' in decision) return result({ outcome: 'refused', reason: decision.refuse });

  const stepEnv: StepEnv = { doc: env.doc, rule, choices, classify: env.classify, callMain: env.callMain, hide: env.hide, wanted: {}, labels: {} };
  if (rule.categories !== 'classify') {
    for (const category of Object.keys(rule.categories)) stepEnv.wanted[category] = wantedValue(targetOf(rule, category, null), choices);
  }
  const { act, settle } = splitTrailingWaits(rule.actions[decision.action] ?? []);
  const timeout = options.stepsTimeoutMs ?? 8_000;
  const message = (e: unknown) => (e instanceof Error ? e.message : String(e));
  const started = Date.now();
  const actError = await withTimeout(runSteps(stepEnv, act), timeout, timeout).then(() => null, message);
  if (actError !== null) return result({ action: decision.action, reason: actError });

  // The manager closes its banner (trailing waitGone) while its stored answer is read back.
  // One time limit for answering and closing together.
  const settling = withTimeout(runSteps(stepEnv, settle), started + timeout - Date.now(), timeout).then(() => null, message);
  let settled = false;
  void settling.then(() => (settled = true));
  let check = verify(rule, choices, null);
  /** True when there is no need to read again: verified, or a grant seen once the manager is done (`final`). */
  const read = async (final: boolean) => {
    check = verify(rule, choices, await env.readStored(rule), stepEnv.labels, env.classify);
    return check.verified || (check.violation && final);
  };
  /** Reads until verified or the time is up; a grant seen while the manager is still closing is read again. */
  const readUntilVerified = async (untilTimeUp = false) => {
    const deadline = Date.now() + (options.storedTimeoutMs ?? 2_000);
    while (!(await read(settled && !untilTimeUp)) && Date.now() < deadline) await sleep(STORED_POLL_MS);
  };
  if (rule.stored) await readUntilVerified();
  else await settling;
  let ms = Math.round(env.now());
  const settleError = await settling;
  if (check.violation) await read(true);
  let repairError: string | null = null;
  if (check.violation && rule.repair && !settleError) {
    // Its quick answer left a denied purpose granted: through the manager's settings again, then read back.
    repairError = await withTimeout(runSteps(stepEnv, rule.repair), timeout, timeout).then(() => null, message);
    // The repaired answer may be written a moment after the settings close: read until it is right, or time is up.
    if (repairError === null) await readUntilVerified(true);
    ms = Math.round(env.now());
  }
  const stillShowing = anyShown(env.doc, rule.detect.showing) !== null;
  if (!stillShowing && !settleError) cleanup(env.doc, rule);
  const failedReason = settleError ?? (stillShowing ? 'banner still showing' : rule.stored && !check.verified ? 'stored consent does not match' : null);
  return result({
    action: decision.action,
    outcome: stillShowing || settleError ? 'failed' : 'done',
    reason: check.violation ? `a denied purpose is granted${repairError ? ` (not repaired: ${repairError})` : ''}` : failedReason,
    purposes: check.purposes,
    verified: check.verified,
    violation: check.violation,
    ms,
  });
}

/** The steps' promise, or a StepError once `ms` have passed (`limitMs`: the whole limit, as the error names it). */
function withTimeout(steps: Promise<void>, ms: number, limitMs: number): Promise<void> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timedOut = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new StepError(`timed out after ${limitMs} ms`)), ms);
  });
  return Promise.race([steps, timedOut]).finally(() => clearTimeout(timer));
}
