import { describe, expect, it } from 'vitest';
import { statusLines } from '../../utils/consent/status';
import { SAMPLE_RESULT } from './consent-result-sample';

const base = SAMPLE_RESULT;

describe('popup consent status', () => {
  it('tells a verified answer: "OneTrust — analytics refused ✓"', () => {
    expect(statusLines([base])).toEqual([
      { manager: 'OneTrust', tone: 'ok', key: 'consent.done', purposes: [{ purpose: 'analytics', allowed: false, checked: true }], reason: null, ms: 120 },
    ]);
  });
  it('puts a violation first in tone and words, whatever the outcome', () => {
    const [line] = statusLines([{ ...base, violation: true, verified: false }]);
    expect(line).toMatchObject({ tone: 'bad', key: 'consent.violation' });
  });
  it('tells refused, failed and unverified answers apart, newest first', () => {
    const lines = statusLines([
      { ...base, outcome: 'refused', manager: { id: 'a', name: 'A' } },
      { ...base, outcome: 'failed', manager: { id: 'b', name: 'B' } },
      { ...base, verified: false, manager: { id: 'c', name: 'C' } },
    ]);
    expect(lines.map((l) => [l.manager, l.tone, l.key])).toEqual([
      ['C', 'warn', 'consent.doneUnverified'],
      ['B', 'bad', 'consent.failed'],
      ['A', 'warn', 'consent.refused'],
    ]);
  });
});
