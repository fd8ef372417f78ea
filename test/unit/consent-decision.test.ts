import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { coveredPurposes, decide, targetOf } from '../../utils/consent/engine/wanted';
import { verify } from '../../utils/consent/engine/verify';
import { PURPOSES, allPurposes, type PurposeChoices } from '../../utils/settings/purposes';
import type { Rule } from '../../utils/consent/rule-schema';

const steps = [{ wait: 1 }];
const onetrustLike: Pick<Rule, 'categories' | 'actions'> = {
  categories: { C0001: 'necessary', C0002: 'analytics', C0003: 'functional', C0004: 'advertising' },
  actions: { rejectAll: steps, acceptAll: steps, custom: steps },
};
const allOrNothing = { ...onetrustLike, actions: { rejectAll: steps, acceptAll: steps } };
const choicesArb = fc.record(Object.fromEntries(PURPOSES.map((p) => [p, fc.boolean()])) as Record<keyof PurposeChoices, fc.Arbitrary<boolean>>);

describe('what to answer', () => {
  it('rejects when every covered purpose is denied, even if an uncovered one is allowed', () => {
    expect(decide(onetrustLike, { ...allPurposes(false), social: true })).toEqual({ action: 'rejectAll' });
  });
  it('accepts when every covered purpose is allowed', () => {
    expect(decide(onetrustLike, { ...allPurposes(true), social: false })).toEqual({ action: 'acceptAll' });
  });
  it('answers mixed choices with the custom steps', () => {
    expect(decide(onetrustLike, { ...allPurposes(false), analytics: true })).toEqual({ action: 'custom' });
  });
  it('refuses mixed choices on an all-or-nothing banner', () => {
    expect(decide(allOrNothing, { ...allPurposes(false), analytics: true })).toEqual({ refuse: 'mixed-without-custom' });
  });
  it('never accepts all unless every covered purpose is allowed (any choices)', () => {
    fc.assert(
      fc.property(choicesArb, (choices) => {
        const d = decide(allOrNothing, choices);
        if ('action' in d && d.action === 'acceptAll') expect(coveredPurposes(allOrNothing).every((p) => choices[p])).toBe(true);
        if ('action' in d && d.action === 'rejectAll') expect(coveredPurposes(allOrNothing).some((p) => choices[p])).toBe(false);
      }),
    );
  });
  it('covers every purpose when the site names its categories', () => {
    expect(coveredPurposes({ categories: 'classify' })).toEqual([...PURPOSES]);
  });
  it('maps categories by the rule, then the classifier, and unknown ones to other', () => {
    const classify = (t: string) => (/audience/i.test(t) ? ('analytics' as const) : null);
    expect(targetOf(onetrustLike, 'C0004', null, classify)).toBe('advertising');
    expect(targetOf({ categories: 'classify' }, 'stats', "Mesure d'audience", classify)).toBe('analytics');
    expect(targetOf({ categories: 'classify' }, 'misc', 'Trucs', classify)).toBe('other');
    expect(targetOf({ categories: 'classify' }, 'misc', 'Trucs')).toBe('other');
  });
});

describe('verification of what the manager stored', () => {
  const denied = allPurposes(false);
  it('verifies a matching answer per purpose, ignoring keys the rule does not know', () => {
    const v = verify(onetrustLike, denied, { C0001: true, C0002: false, C0003: false, C0004: false, version: true });
    expect(v).toEqual({
      verified: true,
      violation: false,
      purposes: [
        { purpose: 'functional', wanted: false, stored: false, ok: true },
        { purpose: 'analytics', wanted: false, stored: false, ok: true },
        { purpose: 'advertising', wanted: false, stored: false, ok: true },
      ],
    });
  });
  it('reports a violation when a denied purpose is granted', () => {
    const v = verify(onetrustLike, denied, { C0002: false, C0003: false, C0004: true });
    expect(v.violation).toBe(true);
    expect(v.verified).toBe(false);
  });
  it('is not verified when an allowed purpose was stored as denied, but that is no violation', () => {
    const v = verify(onetrustLike, { ...denied, analytics: true }, { C0002: false, C0003: false, C0004: false });
    expect(v).toMatchObject({ verified: false, violation: false });
  });
  it('is not verified when nothing was stored', () => {
    expect(verify(onetrustLike, denied, null)).toMatchObject({ verified: false, violation: false });
  });
  it('counts a TCF legitimate-interest signal against a denied purpose', () => {
    const tcf = { categories: { '1': 'necessary', '7': 'advertising', '8': 'analytics' } } as const;
    const v = verify(tcf, denied, { '1': true, '7': false, 'li:7': true, '8': false, 'li:8': false });
    expect(v.violation).toBe(true);
    expect(v.purposes.find((p) => p.purpose === 'advertising')?.stored).toBe(true);
  });
  it('in classify rules, reads the categories named on the banner and those the classifier knows', () => {
    const classify = (t: string) => (/statist/i.test(t) ? ('analytics' as const) : /werbung/i.test(t) ? ('advertising' as const) : null);
    const v = verify({ categories: 'classify' }, { ...denied, analytics: true }, { stats: true, ads: false, ts: true }, { stats: 'Statistiken', ads: 'Werbung' }, classify);
    expect(v.purposes).toEqual([
      { purpose: 'analytics', wanted: true, stored: true, ok: true },
      { purpose: 'advertising', wanted: false, stored: false, ok: true },
    ]);
    expect(v.verified).toBe(true);
  });
  it('never calls verified an answer that grants a denied purpose (any choices, any stored values)', () => {
    fc.assert(
      fc.property(choicesArb, fc.array(fc.boolean(), { minLength: 3, maxLength: 3 }), (choices, [a, f, ad]) => {
        const v = verify(onetrustLike, choices, { C0002: a!, C0003: f!, C0004: ad! });
        const granted = { analytics: a, functional: f, advertising: ad } as Record<string, boolean>;
        const denied = Object.entries(granted).some(([p, g]) => g && !choices[p as keyof PurposeChoices]);
        expect(v.violation).toBe(denied);
        if (denied) expect(v.verified).toBe(false);
      }),
    );
  });
});
