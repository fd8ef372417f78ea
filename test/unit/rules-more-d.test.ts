import { describe, expect, it } from 'vitest';
import { classifyLabel } from '../../utils/consent/classifier';
import { readStoredData } from '../../utils/consent/engine/decode';
import { verify } from '../../utils/consent/engine/verify';
import { decide } from '../../utils/consent/engine/wanted';
import { RuleSchema, type Rule } from '../../utils/consent/rule-schema';
import civic from '../../utils/consent/rules/civic-cookie-control';
import shopify from '../../utils/consent/rules/shopify';
import termly from '../../utils/consent/rules/termly';
import { allPurposes, type PurposeChoices } from '../../utils/settings/purposes';

const NONE = allPurposes(false);
const ALL = allPurposes(true);
const MIXED: PurposeChoices = { ...NONE, analytics: true, social: true };
const classify = (text: string) => classifyLabel(text);

function storedOf(rule: Rule, cookies: string, local: Record<string, string> = {}) {
  const keys = Object.keys(local);
  const storage = { length: keys.length, key: (i: number) => keys[i] ?? null, getItem: (k: string) => local[k] ?? null };
  return readStoredData(RuleSchema.parse(rule).stored!, { cookies, storage });
}

describe('Shopify: _tracking_consent purposes a, p, m, t', () => {
  /** As the Customer Privacy API writes it: URL-encoded JSON, `purposes` booleans, `con.CMP` "1"/"0". */
  const cookie = (a: boolean, p: boolean, m: boolean, t: boolean) =>
    `_shopify_y=abc; _tracking_consent=${encodeURIComponent(
      JSON.stringify({ con: { CMP: { a: a ? '1' : '0', m: m ? '1' : '0', p: p ? '1' : '0', s: t ? '1' : '0' } }, v: '2.1', region: 'FRIDF', reg: 'GDPR', purposes: { a, p, m, t }, display_banner: false, sale_of_data_region: false }),
    )}`;

  it('reads the purposes and verifies them against the choices', () => {
    expect(storedOf(shopify, cookie(true, false, false, false))).toEqual({ a: true, p: false, m: false, t: false });
    expect(verify(shopify, NONE, storedOf(shopify, cookie(false, false, false, false)))).toMatchObject({ verified: true, violation: false });
    expect(verify(shopify, MIXED, storedOf(shopify, cookie(true, false, false, false)))).toMatchObject({ verified: true, violation: false });
    expect(verify(shopify, ALL, storedOf(shopify, cookie(true, true, true, true)))).toMatchObject({ verified: true, violation: false });
  });

  it('sale of data on when advertising is denied is a violation, even with marketing off', () => {
    expect(verify(shopify, MIXED, storedOf(shopify, cookie(true, false, false, true)))).toMatchObject({ verified: false, violation: true });
  });

  it('mixed choices go through the preferences dialog; social, not asked, does not make them mixed', () => {
    expect(decide(shopify, MIXED)).toEqual({ action: 'custom' });
    expect(decide(shopify, { ...NONE, social: true })).toEqual({ action: 'rejectAll' });
    expect(decide(shopify, { ...ALL, social: false })).toEqual({ action: 'acceptAll' });
  });

  it('nothing read before the banner was answered', () => {
    expect(storedOf(shopify, '_shopify_y=abc; _shopify_s=def')).toBeNull();
  });
});

describe('Termly: TERMLY_API_CACHE in localStorage', () => {
  const cache = (value: Record<string, boolean>) => ({
    TERMLY_API_CACHE: JSON.stringify({ TERMLY_COOKIE_CONSENT: { value, expires: 1_796_000_000_000 }, TERMLY_UUID: { value: 'u' } }),
  });
  const off = { essential: true, performance: false, analytics: false, advertising: false, social_networking: false, unclassified: false };

  it('reads the categories under TERMLY_COOKIE_CONSENT.value; essential is no grant', () => {
    expect(storedOf(termly, '', cache(off))).toEqual(off);
    expect(verify(termly, NONE, storedOf(termly, '', cache(off)))).toMatchObject({ verified: true, violation: false });
    const mixed = { ...off, analytics: true, social_networking: true };
    expect(verify(termly, MIXED, storedOf(termly, '', cache(mixed)))).toMatchObject({ verified: true, violation: false });
    expect(verify(termly, NONE, storedOf(termly, '', cache({ ...off, unclassified: true })))).toMatchObject({ violation: true });
  });

  it('covers all six purposes it asks about but personalization: mixed goes through the modal', () => {
    expect(decide(termly, MIXED)).toEqual({ action: 'custom' });
    expect(decide(termly, { ...ALL, personalization: false })).toEqual({ action: 'acceptAll' });
    expect(decide(termly, { ...NONE, personalization: true })).toEqual({ action: 'rejectAll' });
  });

  it('a cache without a consent answer (only the visitor id) reads as nothing', () => {
    expect(storedOf(termly, '', { TERMLY_API_CACHE: JSON.stringify({ TERMLY_UUID: { value: 'u' } }) })).toBeNull();
  });
});

describe('Civic Cookie Control: CookieControl optionalCookies, groups named by each site', () => {
  const cookie = (optionalCookies: Record<string, string>, interactedWith = true) =>
    `CookieControl=${JSON.stringify({ necessaryCookies: [], optionalCookies, statement: {}, consentDate: 1, consentExpiry: 90, interactedWith, acceptedCategories: ['essentials'] })}`;

  it("reads 'accepted' / 'revoked' per group and classifies the group names", () => {
    const stored = storedOf(civic, cookie({ analytics: 'accepted', marketing: 'revoked', social: 'accepted' }));
    expect(stored).toEqual({ analytics: true, marketing: false, social: true });
    expect(verify(civic, MIXED, stored, {}, classify)).toMatchObject({ verified: true, violation: false });
    expect(verify(civic, NONE, stored, {}, classify)).toMatchObject({ verified: false, violation: true });
  });

  it('a group name the classifier cannot read is known by the title its switch showed', () => {
    const stored = storedOf(civic, cookie({ ga4: 'revoked', fbq: 'accepted' }));
    expect(verify(civic, NONE, stored, {}, classify).purposes).toEqual([]);
    const labels = { ga4: 'Analytical Cookies', fbq: 'Marketing Cookies' };
    expect(verify(civic, NONE, stored, labels, classify)).toMatchObject({ verified: false, violation: true });
  });

  it('the cookie written on load, before any answer, verifies nothing', () => {
    expect(verify(civic, NONE, storedOf(civic, cookie({}, false)), {}, classify).verified).toBe(false);
  });

  it('decides by the purposes the site may name', () => {
    expect(decide(civic, NONE)).toEqual({ action: 'rejectAll' });
    expect(decide(civic, ALL)).toEqual({ action: 'acceptAll' });
    expect(decide(civic, MIXED)).toEqual({ action: 'custom' });
  });
});
