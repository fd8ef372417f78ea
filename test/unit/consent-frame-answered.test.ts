import { describe, expect, it } from 'vitest';
import { RULES } from '../../utils/consent/rules';
import { detectTable } from '../../utils/consent/detect-table';
import { answeredFrameRules, frameRulesAt, leaveAnsweredFrames, topRuleOf } from '../../utils/consent/frame-answered';
import type { ConsentResult } from '../../utils/consent/result-schema';

const PAGE = 'https://news.example.com/article';
const result = (over: Partial<ConsentResult> & { id: string }): ConsentResult => ({
  url: PAGE, frame: 'top', manager: { id: over.id, name: over.id }, action: 'rejectAll', outcome: 'done', reason: null,
  purposes: [], verified: true, violation: false, ms: 100, ...over,
});
const PAIRS = ['sourcepoint-frame'];

describe('frame rules left alone once their page is answered', () => {
  it('every frame rule has its top rule, named <manager>-top', () => {
    const ids = new Set(RULES.map((r) => r.id));
    const frameRules = RULES.filter((r) => r.detect.frameUrl);
    expect(frameRules.length).toBeGreaterThan(1);
    for (const rule of frameRules) {
      expect(rule.id, 'a frame rule id ends in -frame').toMatch(/-frame$/);
      const top = RULES.find((r) => r.id === topRuleOf(rule.id));
      expect(top && !top.detect.frameUrl, `${rule.id}: a top rule ${topRuleOf(rule.id)}`).toBe(true);
      expect(ids.has(topRuleOf(rule.id))).toBe(true);
    }
  });

  it('not answered yet (first layer, privacy manager opened by our own click): the frame rule answers', () => {
    expect(answeredFrameRules([], PAGE, PAIRS)).toEqual([]);
    // The top rule still waits, or refused/failed: the frame is answered (or left visible by its own run).
    expect(answeredFrameRules([result({ id: 'sourcepoint-top', outcome: 'failed' })], PAGE, PAIRS)).toEqual([]);
    expect(answeredFrameRules([result({ id: 'sourcepoint-top', outcome: 'refused' })], PAGE, PAIRS)).toEqual([]);
  });

  it('the top rule answered this page: a later frame document is the person\'s', () => {
    expect(answeredFrameRules([result({ id: 'sourcepoint-top' })], PAGE, PAIRS)).toEqual(['sourcepoint-frame']);
  });

  it('only for that manager pair, only from the top frame, only for the page shown now', () => {
    expect(answeredFrameRules([result({ id: 'onetrust' })], PAGE, PAIRS)).toEqual([]);
    expect(answeredFrameRules([result({ id: 'sourcepoint-frame', frame: 'sub' })], PAGE, PAIRS)).toEqual([]);
    // An SPA navigation since: a new page, answered again.
    expect(answeredFrameRules([result({ id: 'sourcepoint-top' })], `${PAGE}/next`, PAIRS)).toEqual([]);
    // The browser did not give the tab's URL: never lose the automatic answer.
    expect(answeredFrameRules([result({ id: 'sourcepoint-top' })], undefined, PAIRS)).toEqual([]);
  });

  it('asks only in a frame a frame rule matches', async () => {
    const table = detectTable(RULES);
    const pm = 'https://cdn.privacy-mgmt.com/privacy-manager/index.html?message_id=1&consentUUID=x';
    expect(frameRulesAt(table, pm, true)).toEqual(PAIRS);
    expect(frameRulesAt(table, pm, false)).toBeNull();
    expect(frameRulesAt(table, 'https://ads.example.net/frame.html', true)).toBeNull();
    const asked: unknown[] = [];
    const shown: string[] = [];
    const ask = async (ids: unknown) => (asked.push(ids), ['sourcepoint-frame']);
    expect(leaveAnsweredFrames(table, 'https://ads.example.net/frame.html', true, ask, (id) => shown.push(id))).toBeNull();
    expect(asked).toEqual([]);
    expect(await leaveAnsweredFrames(table, pm, true, ask, (id) => shown.push(id))).toEqual(new Set(['sourcepoint-frame']));
    expect(shown).toEqual(['sourcepoint-frame']);
    // The background did not answer: nothing is left alone.
    expect(await leaveAnsweredFrames(table, pm, true, () => Promise.reject(new Error('gone')), () => {})).toEqual(new Set());
  });
});
