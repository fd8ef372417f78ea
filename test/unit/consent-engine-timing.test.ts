// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { runRule, type EngineEnv } from '../../utils/consent/engine/run';
import { pollDelay, until } from '../../utils/consent/engine/dom';
import { splitTrailingWaits } from '../../utils/consent/engine/settle';
import { runSteps, type StepEnv } from '../../utils/consent/engine/steps';
import { classifyLabel } from '../../utils/consent/classifier';
import { allPurposes } from '../../utils/settings/purposes';
import type { Rule } from '../../utils/consent/rule-schema';
import './happy-dom-layout';
import { UNIT_RULE } from './engine-unit-rule';

const rule = UNIT_RULE;

let store: Record<string, boolean> | null;
let t0: number;
let reads: number;
function env(): EngineEnv {
  return {
    doc: document,
    callMain: async () => null,
    readStored: async () => (reads++, store),
    hide: () => {},
    now: () => performance.now() - t0,
  };
}
const $ = (s: string) => document.querySelector(s) as HTMLElement;

beforeEach(() => {
  store = null;
  reads = 0;
  t0 = performance.now();
  document.body.innerHTML = `<div id="b"><button id="reject">Reject</button></div>`;
});

describe('engine timing', () => {
  it('reads the answer back while the manager still fades its banner out, and waits for it to go', async () => {
    // Stores at once, removes its banner 400 ms later (a closing animation).
    $('#reject').addEventListener('click', () => {
      store = { stats: false, ads: false };
      setTimeout(() => $('#b').remove(), 400);
    });
    const result = await runRule(rule, allPurposes(false), env());
    expect(result).toMatchObject({ outcome: 'done', verified: true, violation: false });
    expect(result!.ms).toBeLessThan(300);
    expect(document.querySelector('#b')).toBeNull();
  });

  it('reads a grant seen during the fade-out again once it is over, and reports it', async () => {
    $('#reject').addEventListener('click', () => {
      store = { stats: true, ads: false };
      setTimeout(() => $('#b').remove(), 100);
    });
    const result = await runRule(rule, allPurposes(false), env(), { storedTimeoutMs: 500 });
    expect(result).toMatchObject({ outcome: 'done', verified: false, violation: true, reason: 'a denied purpose is granted' });
  });

  it('fails, with the purposes read, when the banner does not go', async () => {
    $('#reject').addEventListener('click', () => (store = { stats: false, ads: false }));
    const stuck: Rule = { ...rule, actions: { rejectAll: [{ click: '#reject' }, { waitGone: '#b', timeout: 200 }] } };
    const result = await runRule(stuck, allPurposes(false), env());
    expect(result).toMatchObject({ outcome: 'failed', reason: 'still showing: #b', verified: true });
  });

  it('keeps waiting for a banner in the page, unanswered, that its script shows after the first wait', async () => {
    $('#b').style.display = 'none';
    $('#reject').addEventListener('click', () => {
      store = { stats: false, ads: false };
      $('#b').remove();
    });
    setTimeout(() => ($('#b').style.display = 'block'), 400);
    const result = await runRule(rule, allPurposes(false), env(), { showTimeoutMs: 100, lateShowMs: 3_000 });
    expect(result).toMatchObject({ outcome: 'done', verified: true });
    expect(result!.ms).toBeGreaterThan(390);
  });

  it('stops waiting at once when the manager answered before (something stored) or its elements left', async () => {
    $('#b').style.display = 'none';
    store = { stats: false, ads: false };
    const started = Date.now();
    expect(await runRule(rule, allPurposes(false), env(), { showTimeoutMs: 100, lateShowMs: 3_000 })).toBeNull();
    store = null;
    setTimeout(() => $('#b').remove(), 200);
    expect(await runRule(rule, allPurposes(false), env(), { showTimeoutMs: 100, lateShowMs: 3_000 })).toBeNull();
    expect(Date.now() - started).toBeLessThan(1_500);
  });
});

describe('waiting helpers', () => {
  it('splits off only the trailing waitGone steps', () => {
    const steps = [{ waitGone: '#a' }, { click: '#x' }, { waitGone: '#b' }, { waitGone: '#c' }];
    expect(splitTrailingWaits(steps)).toEqual({ act: steps.slice(0, 2), settle: steps.slice(2) });
    expect(splitTrailingWaits([{ click: '#x' }])).toEqual({ act: [{ click: '#x' }], settle: [] });
  });

  it('polls every frame at first, then at the given pace, then slowly for a late banner', () => {
    expect(pollDelay(0, 50)).toBe(16);
    expect(pollDelay(0, 50, false)).toBe(50);
    expect(pollDelay(1_000, 50)).toBe(50);
    expect(pollDelay(5_000, 50)).toBe(200);
  });

  it('tests again as soon as the document changes, not at the next poll', async () => {
    setTimeout(() => document.body.append(Object.assign(document.createElement('i'), { id: 'late' })), 700);
    const started = Date.now();
    // Past the fast first half second the poll is every 5 s: only the observer can see it in time.
    expect(await until(() => document.querySelector('#late'), 8_000, { doc: document, everyMs: 5_000 })).not.toBeNull();
    expect(Date.now() - started).toBeLessThan(1_500);
  });
});

describe('a call condition', () => {
  it('gets the wanted values and teaches the categories it answers with, in one round trip', async () => {
    const calls: [string, unknown[]][] = [];
    const env: StepEnv = {
      doc: document,
      rule: { ...rule, categories: 'classify' },
      choices: { ...allPurposes(false), analytics: true },
      classify: classifyLabel,
      callMain: async (fn, args = []) => {
        calls.push([fn, args]);
        return fn === 'cats' ? { categories: { st: 'Statistiken', mk: 'Marketing' } } : true;
      },
      hide: () => {},
      wanted: {},
      labels: {},
    };
    await runSteps(env, [{ if: { call: 'cats' }, then: [{ call: 'apply', args: 'desired' }] }]);
    expect(calls.map(([fn]) => fn)).toEqual(['cats', 'apply']);
    expect(calls[1]![1]).toEqual([{ categories: { st: true, mk: false }, purposes: env.choices }]);
    expect(env.labels).toEqual({ st: 'Statistiken', mk: 'Marketing' });
  });
});
