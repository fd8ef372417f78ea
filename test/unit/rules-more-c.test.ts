import { afterEach, describe, expect, it, vi } from 'vitest';
import { classifyLabel } from '../../utils/consent/classifier';
import { choicesForFrame } from '../../utils/consent/frame-choices';
import { readStoredData } from '../../utils/consent/engine/decode';
import { verify } from '../../utils/consent/engine/verify';
import { decide } from '../../utils/consent/engine/wanted';
import { RuleSchema, type Rule } from '../../utils/consent/rule-schema';
import axeptio from '../../utils/consent/rules/axeptio';
import iubenda from '../../utils/consent/rules/iubenda';
import osano from '../../utils/consent/rules/osano';
import * as osanoMain from '../../utils/consent/main-world/osano';
import * as trustarcMain from '../../utils/consent/main-world/trustarc';
import trustarcTop from '../../utils/consent/rules/trustarc-top';
import trustarcFrame from '../../utils/consent/rules/trustarc-frame';
import { allPurposes, type PurposeChoices } from '../../utils/settings/purposes';

const NONE = allPurposes(false);
const ALL = allPurposes(true);
const MIXED: PurposeChoices = { ...NONE, analytics: true, social: true };
const classify = (text: string) => classifyLabel(text);

/** A main-world function as the browser runs it: its source alone, so one leaning on an import fails here too. */
function detached<F extends (...args: never[]) => unknown>(fn: F): F {
  // eslint-disable-next-line @typescript-eslint/no-implied-eval
  return new Function(`return (${fn.toString()})`)() as F;
}

function storedOf(rule: Rule, cookies: string) {
  return readStoredData(RuleSchema.parse(rule).stored!, { cookies, storage: { length: 0, key: () => null, getItem: () => null } });
}

/** axeptio_cookies as the SDK writes it: URL-encoded JSON with its `$$` bookkeeping keys around the vendors. */
function axeptioCookie(vendors: Record<string, boolean>): string {
  const value = { $$token: 'k3j4h5', $$date: '2026-11-26T06:00:00.000Z', $$cookiesVersion: { name: 'fromagerie-fr', identifier: 'x' }, ...vendors, $$completed: true };
  return `axeptio_authorized_vendors=%2C%2C; axeptio_cookies=${encodeURIComponent(JSON.stringify(value))}; other=1`;
}

describe('Axeptio: vendors classified by name, the cookie read back and verified', () => {
  it('classifies the vendor names the SDK stores (names, not titles, when reading back)', () => {
    expect(classify('google_analytics')).toBe('analytics');
    expect(classify('hotjar')).toBe('analytics');
    expect(classify('facebook_pixel')).toBe('advertising');
    expect(classify('criteo')).toBe('advertising');
    expect(classify('youtube')).toBe('social');
    // The SDK's own keys name no vendor, so verification ignores them.
    for (const key of ['$$token', '$$date', '$$completed', '$$cookiesVersion']) expect(classify(key)).toBeNull();
  });

  it('all refused: verified, no violation; one ad vendor left on is a violation', () => {
    const off = { google_analytics: false, hotjar: false, facebook_pixel: false, criteo: false, youtube: false };
    const stored = storedOf(axeptio, axeptioCookie(off));
    expect(stored).toMatchObject(off);
    expect(verify(axeptio, NONE, stored, {}, classify)).toMatchObject({ verified: true, violation: false });
    const leaked = storedOf(axeptio, axeptioCookie({ ...off, criteo: true }));
    expect(verify(axeptio, NONE, leaked, {}, classify)).toMatchObject({ verified: false, violation: true });
  });

  it('mixed: analytics and social vendors on, advertising off, is what the person chose', () => {
    const stored = storedOf(axeptio, axeptioCookie({ google_analytics: true, hotjar: true, facebook_pixel: false, criteo: false, youtube: true }));
    const check = verify(axeptio, MIXED, stored, {}, classify);
    expect(check).toMatchObject({ verified: true, violation: false });
    expect(check.purposes.map((p) => p.purpose).sort()).toEqual(['advertising', 'analytics', 'social']);
    expect(verify(axeptio, ALL, stored, {}, classify).verified).toBe(false);
  });

  it('mixed choices go through the settings switches (custom), never accept or refuse all', () => {
    expect(decide(axeptio, MIXED)).toEqual({ action: 'custom' });
    expect(decide(axeptio, NONE)).toEqual({ action: 'rejectAll' });
    expect(decide(axeptio, ALL)).toEqual({ action: 'acceptAll' });
  });

  it('no cookie yet: nothing read, nothing verified', () => {
    expect(storedOf(axeptio, 'axeptio_all_vendors=%2Cx%2C')).toBeNull();
  });
});

describe('iubenda: purposes 1..5 in the _iub_cs-<siteId> cookie', () => {
  const cookie = (purposes: Record<string, boolean>) =>
    `_iub_cs-2520998=${encodeURIComponent(JSON.stringify({ timestamp: '2026-11-26T06:00:00.000Z', version: '1.63.3', purposes, id: 2520998, cons: { rand: 'a1b2c3' } }))}`;

  it('finds the cookie whatever the site id, and reads each purpose', () => {
    const stored = storedOf(iubenda, `foo=bar; ${cookie({ '1': true, '2': false, '3': false, '4': true, '5': false })}`);
    expect(stored).toEqual({ '1': true, '2': false, '3': false, '4': true, '5': false });
    expect(verify(iubenda, MIXED, stored)).toMatchObject({ verified: true, violation: false });
    // Purpose 1 (necessary) does not count as a grant; purpose 5 (marketing) on when advertising is denied does.
    expect(verify(iubenda, NONE, storedOf(iubenda, cookie({ '1': true, '2': false, '3': false, '4': false, '5': false })))).toMatchObject({ verified: true, violation: false });
    expect(verify(iubenda, NONE, storedOf(iubenda, cookie({ '1': true, '2': false, '3': false, '4': false, '5': true })))).toMatchObject({ violation: true });
  });

  it('maps the purposes to ours; social, which iubenda does not ask about, does not make choices mixed', () => {
    expect(decide(iubenda, { ...NONE, social: true })).toEqual({ action: 'rejectAll' });
    expect(decide(iubenda, { ...ALL, social: false })).toEqual({ action: 'acceptAll' });
    expect(decide(iubenda, MIXED)).toEqual({ action: 'custom' });
  });

  it('ignores a cookie of another name', () => {
    expect(storedOf(iubenda, '_iub_cs-s=1')).toBeNull();
  });
});

describe('Osano: consent asked from Osano.cm.getConsent(), only once it saved an answer', () => {
  const consent = { ESSENTIAL: 'ACCEPT', STORAGE: 'DENY', MARKETING: 'DENY', PERSONALIZATION: 'DENY', ANALYTICS: 'ACCEPT', OPT_OUT: 'ACCEPT' };
  function inPage(saved: boolean, api = true) {
    const store = new Map(saved ? [['osano_consentmanager', 'b3BhcXVl']] : []);
    vi.stubGlobal('window', api ? { Osano: { cm: { getConsent: () => consent } } } : {});
    vi.stubGlobal('localStorage', { getItem: (k: string) => store.get(k) ?? null });
    vi.stubGlobal('document', { cookie: '' });
    return detached(osanoMain.osanoConsent)();
  }
  afterEach(() => vi.unstubAllGlobals());

  it('maps ACCEPT / DENY per category and leaves OPT_OUT (an opt-out, not a grant) out', () => {
    const stored = inPage(true);
    expect(stored).toEqual({ ESSENTIAL: true, STORAGE: false, MARKETING: false, PERSONALIZATION: false, ANALYTICS: true });
    expect(verify(osano, { ...NONE, analytics: true }, stored)).toMatchObject({ verified: true, violation: false });
    expect(verify(osano, NONE, stored)).toMatchObject({ verified: false, violation: true });
  });

  it('answers null before anything was saved (its defaults are no answer) or without the API', () => {
    expect(inPage(false)).toBeNull();
    expect(inPage(true, false)).toBeNull();
  });

  it('social, which Osano does not ask about, does not make choices mixed', () => {
    expect(decide(osano, { ...NONE, social: true })).toEqual({ action: 'rejectAll' });
    expect(decide(osano, MIXED)).toEqual({ action: 'custom' });
  });
});

describe('TrustArc: levels from notice_gdpr_prefs and cmapi_cookie_privacy', () => {
  const read = (cookie: string) => {
    vi.stubGlobal('document', { cookie });
    return detached(trustarcMain.trustarcLevels)();
  };
  afterEach(() => vi.unstubAllGlobals());

  it('reads "0,1:" and "permit 1,2" alike; required only is "0:" and "permit 1 required"', () => {
    expect(read('notice_preferences=1:; notice_gdpr_prefs=0,1:; cmapi_cookie_privacy=permit 1,2')).toEqual({ '0': true, '1': true, '2': false });
    expect(read('notice_gdpr_prefs=0:; cmapi_cookie_privacy=permit 1 required')).toEqual({ '0': true, '1': false, '2': false });
    expect(read('notice_gdpr_prefs=0%2C1%2C2%3A')).toEqual({ '0': true, '1': true, '2': true });
    expect(read('other=1')).toBeNull();
  });

  it('a level either cookie grants counts as granted, so a disagreement cannot hide a grant', () => {
    const stored = read('notice_gdpr_prefs=0:; cmapi_cookie_privacy=permit 1,3');
    expect(stored).toEqual({ '0': true, '1': false, '2': true });
    expect(verify(trustarcTop, NONE, stored)).toMatchObject({ violation: true });
  });

  it('mixed choices over functional and advertising go through the preference frame; others are not mixed here', () => {
    expect(decide(trustarcTop, { ...NONE, functional: true })).toEqual({ action: 'custom' });
    expect(decide(trustarcTop, MIXED)).toEqual({ action: 'rejectAll' });
    expect(decide(trustarcFrame, { ...NONE, functional: true })).toEqual({ action: 'custom' });
  });

  it('the frame rule only runs in the preference manager frame', () => {
    const frameUrl = new RegExp(RuleSchema.parse(trustarcFrame).detect.frameUrl!);
    expect(frameUrl.test('https://consent-pref.trustarc.com/?layout=gdpr&domain=example.com')).toBe(true);
    expect(frameUrl.test('https://example.com/?consent-pref.trustarc.com')).toBe(false);
  });
});

describe('choices in a sub-frame: the page site exception holds in a preference frame from another host', () => {
  const choices = (site: string, purposes: PurposeChoices, paused = false) => ({ site, paused, purposes, hasException: false });

  it('allows a purpose only when both the frame site and the page site allow it', () => {
    const frame = choices('trustarc.com', ALL);
    const page = choices('example.com', { ...ALL, advertising: false });
    expect(choicesForFrame(frame, page).purposes).toEqual({ ...ALL, advertising: false });
    expect(choicesForFrame(choices('trustarc.com', NONE), choices('example.com', ALL)).purposes).toEqual(NONE);
  });

  it('a pause on the page site pauses the frame; same site or no page known: the frame own choices', () => {
    expect(choicesForFrame(choices('trustarc.com', ALL), choices('example.com', ALL, true)).paused).toBe(true);
    const own = choices('example.com', MIXED);
    expect(choicesForFrame(own, choices('example.com', ALL))).toBe(own);
    expect(choicesForFrame(own, null)).toBe(own);
  });
});
