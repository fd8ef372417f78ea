import { describe, expect, it } from 'vitest';
import { delayBeforeCheck } from '../../utils/consent/watch/pace';

describe('delayBeforeCheck (the watcher checks at most every N ms)', () => {
  it('checks at once after a calm moment, and first of all', () => {
    expect(delayBeforeCheck(-Infinity, 5, 100)).toBe(0);
    expect(delayBeforeCheck(1000, 1100, 100)).toBe(0);
    expect(delayBeforeCheck(1000, 5000, 100)).toBe(0);
  });
  it('waits out the rest of the interval on a busy page', () => {
    expect(delayBeforeCheck(1000, 1016, 100)).toBe(84);
    expect(delayBeforeCheck(1000, 1099, 100)).toBe(1);
  });
});
