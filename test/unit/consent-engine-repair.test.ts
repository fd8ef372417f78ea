// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { runRule, type EngineEnv } from '../../utils/consent/engine/run';
import { RuleSchema, type Rule } from '../../utils/consent/rule-schema';
import { allPurposes } from '../../utils/settings/purposes';
import './happy-dom-layout';
import { UNIT_RULE } from './engine-unit-rule';

/**
 * A rule's `repair`: the quick answer left a denied purpose granted; the engine reopens the manager's settings
 * through the rule's steps, waits for them to be answered, and reads the stored answer again.
 */
const rule: Rule = {
  ...UNIT_RULE,
  repair: [{ if: { call: 'reopen' }, then: [{ waitFor: '#settings', timeout: 1_000 }, { waitGone: '#settings', timeout: 1_000 }] }],
};

let store: Record<string, boolean> | null;
let calls: string[];
/** What "reopen" does: opens a settings dialog that stores `fixed` and closes after `closeMs` (null: never closes). */
let reopen: { answer: boolean; fixed: Record<string, boolean>; closeMs: number | null };

function env(): EngineEnv {
  return {
    doc: document,
    callMain: async (fn) => {
      calls.push(fn);
      if (fn !== 'reopen' || !reopen.answer) return false;
      const settings = Object.assign(document.createElement('div'), { id: 'settings' });
      document.body.append(settings);
      if (reopen.closeMs !== null) {
        setTimeout(() => {
          store = reopen.fixed;
          settings.remove();
        }, reopen.closeMs);
      }
      return true;
    },
    readStored: async () => store,
    hide: () => {},
    now: () => performance.now(),
  };
}

beforeEach(() => {
  store = null;
  calls = [];
  reopen = { answer: true, fixed: { stats: false, ads: false }, closeMs: 50 };
  document.body.innerHTML = `<div id="b"><button id="reject">Reject</button></div>`;
  // The quick reject refuses consent but leaves advertising granted (a legitimate-interest signal kept on).
  document.querySelector('#reject')!.addEventListener('click', () => {
    store = { stats: false, ads: true };
    document.querySelector('#b')!.remove();
  });
});

describe('engine: repairing a quick answer that fell short', () => {
  it('the schema takes `repair` as steps', () => {
    expect(RuleSchema.parse(rule).repair).toEqual(rule.repair);
    expect(() => RuleSchema.parse({ ...rule, repair: [{ jump: '#x' }] })).toThrow();
  });

  it('reopens the settings, waits for their answer, and reports what is stored then: verified, no violation', async () => {
    const result = await runRule(rule, allPurposes(false), env(), { storedTimeoutMs: 300 });
    expect(calls).toEqual(['reopen']);
    expect(result).toMatchObject({ outcome: 'done', verified: true, violation: false, reason: null });
    expect(result!.purposes.find((p) => p.purpose === 'advertising')).toMatchObject({ wanted: false, stored: false, ok: true });
  });

  it('does nothing more when the quick answer was right', async () => {
    document.querySelector('#reject')!.addEventListener('click', () => (store = { stats: false, ads: false }));
    const result = await runRule(rule, allPurposes(false), env(), { storedTimeoutMs: 300 });
    expect(calls).toEqual([]);
    expect(result).toMatchObject({ outcome: 'done', verified: true, violation: false });
  });

  it('reports the violation when there is no way to reopen the settings', async () => {
    reopen.answer = false;
    const result = await runRule(rule, allPurposes(false), env(), { storedTimeoutMs: 300 });
    expect(calls).toEqual(['reopen']);
    expect(result).toMatchObject({ outcome: 'done', verified: false, violation: true, reason: 'a denied purpose is granted' });
  });

  it('reports the violation, and why the repair failed, when the reopened settings are never answered', async () => {
    reopen.closeMs = null;
    const result = await runRule(rule, allPurposes(false), env(), { storedTimeoutMs: 300 });
    expect(result).toMatchObject({ verified: false, violation: true, reason: 'a denied purpose is granted (not repaired: still showing: #settings)' });
  });

  it('reports the violation when the repaired answer still grants it', async () => {
    reopen.fixed = { stats: false, ads: true };
    const result = await runRule(rule, allPurposes(false), env(), { storedTimeoutMs: 300 });
    expect(calls).toEqual(['reopen']);
    expect(result).toMatchObject({ verified: false, violation: true, reason: 'a denied purpose is granted' });
  });
});
