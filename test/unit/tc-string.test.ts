import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { TCString } from '@iabtechlabtcf/core';
import { decodeTcPurposes } from '../../utils/consent/tc-string';
import { encodeTc } from './tc-encode';

describe('decodeTcPurposes', () => {
  const cases: [number[], number[], Parameters<typeof encodeTc>[2]][] = [
    [[], [], {}],
    [[1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11], [2, 7, 9, 10], {}],
    [[1, 8], [], { specialFeatures: [1, 2], vendors: [1, 755, 2000] }],
    [[1, 3, 5, 11], [2, 7, 8, 10], { specialFeatures: [2] }],
  ];
  it.each(cases)('reads consents %j and legitimate interests %j as the IAB library does', (consents, li, opts) => {
    const tc = encodeTc(consents, li, opts);
    const ours = decodeTcPurposes(tc);
    const theirs = TCString.decode(tc);
    expect([...ours.consents].sort((a, b) => a - b)).toEqual(consents);
    expect([...ours.legitimateInterests].sort((a, b) => a - b)).toEqual(li);
    for (let id = 1; id <= 24; id++) {
      expect(ours.consents.has(id)).toBe(theirs.purposeConsents.has(id));
      expect(ours.legitimateInterests.has(id)).toBe(theirs.purposeLegitimateInterests.has(id));
    }
  });

  it('agrees with the IAB library on any purposes, special features and vendors', () => {
    const ids = (max: number) => fc.uniqueArray(fc.integer({ min: 1, max }), { maxLength: max });
    fc.assert(
      fc.property(ids(11), ids(11), ids(2), fc.uniqueArray(fc.integer({ min: 1, max: 3000 }), { maxLength: 20 }), (consents, li, specialFeatures, vendors) => {
        const tc = encodeTc(consents, li.filter((id) => id > 1), { specialFeatures, vendors });
        const ours = decodeTcPurposes(tc);
        const theirs = TCString.decode(tc);
        for (let id = 1; id <= 24; id++) {
          expect(ours.consents.has(id)).toBe(theirs.purposeConsents.has(id));
          expect(ours.legitimateInterests.has(id)).toBe(theirs.purposeLegitimateInterests.has(id));
        }
      }),
      { numRuns: 300 },
    );
  });

  it('reads only the core segment when others follow', () => {
    // A publisher TC segment (type 3) after the core one.
    const tc = `${encodeTc([2, 4], [7])}.YAAAAAAAAAAA`;
    expect([...decodeTcPurposes(tc).consents]).toEqual([2, 4]);
    expect([...decodeTcPurposes(tc).legitimateInterests]).toEqual([7]);
  });

  it('rejects what is not a v2 TC string', () => {
    expect(() => decodeTcPurposes('not a tc string!')).toThrow();
    expect(() => decodeTcPurposes('CAAA')).toThrow();
    expect(() => decodeTcPurposes('B' + 'A'.repeat(60))).toThrow(/version/);
  });
});
