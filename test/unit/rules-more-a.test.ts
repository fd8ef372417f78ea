import { describe, expect, it } from 'vitest';
import { readStoredData } from '../../utils/consent/engine/decode';
import { verify } from '../../utils/consent/engine/verify';
import { decide } from '../../utils/consent/engine/wanted';
import { READERS, type ReaderContext } from '../../utils/consent/readers';
import { borlabsCategories } from '../../utils/consent/readers/borlabs';
import { cookieFamily } from '../../utils/consent/readers/cookie-family';
import { cookieScriptCategories } from '../../utils/consent/readers/cookie-script';
import { RuleSchema, type Rule } from '../../utils/consent/rule-schema';
import cookieyes from '../../utils/consent/rules/cookieyes';
import cookieLawInfo from '../../utils/consent/rules/cookie-law-info';
import complianz from '../../utils/consent/rules/complianz';
import cookiefirst from '../../utils/consent/rules/cookiefirst';
import cookieScript from '../../utils/consent/rules/cookie-script';
import borlabs from '../../utils/consent/rules/borlabs';
import { cookiefirstApply } from '../../utils/consent/main-world/cookiefirst';
import { allPurposes, type PurposeChoices } from '../../utils/settings/purposes';

/** The stored formats of the first batch of issue-5 consent managers, read as the engine reads them. */
const NONE = allPurposes(false);
const ALL = allPurposes(true);
const ANALYTICS_ONLY: PurposeChoices = { ...NONE, analytics: true };

function ctx(cookies: string): ReaderContext {
  return { cookies: () => cookies, storage: { length: 0, key: () => null, getItem: () => null }, callMain: () => Promise.reject(new Error('no page')) };
}

/** What the engine reads for a rule from these cookies: its data form or its named reader. */
async function stored(rule: Rule, cookies: string) {
  const s = RuleSchema.parse(rule).stored!;
  if (s.reader) return READERS[s.reader]!(ctx(cookies));
  return readStoredData(s, { cookies, storage: ctx('').storage });
}

describe('CookieYes: cookieyes-consent pairs', () => {
  const cookie = (v: Record<string, 'yes' | 'no'>) =>
    `other=1; cookieyes-consent=consentid:Zm9vYmFy,consent:no,action:yes,necessary:yes,${Object.entries(v).map(([k, x]) => `${k}:${x}`).join(',')}`;
  it('reads each category, yes/no', async () => {
    expect(await stored(cookieyes, cookie({ functional: 'no', analytics: 'yes', performance: 'yes', advertisement: 'no' }))).toMatchObject({
      necessary: true, functional: false, analytics: true, performance: true, advertisement: false,
    });
  });
  it('verifies analytics-only and flags advertisement granted against a denial', async () => {
    const ok = await stored(cookieyes, cookie({ functional: 'no', analytics: 'yes', performance: 'yes', advertisement: 'no' }));
    expect(verify(cookieyes, ANALYTICS_ONLY, ok)).toMatchObject({ verified: true, violation: false });
    const bad = await stored(cookieyes, cookie({ functional: 'no', analytics: 'no', performance: 'no', advertisement: 'yes' }));
    expect(verify(cookieyes, NONE, bad)).toMatchObject({ verified: false, violation: true });
  });
  it('performance counts for analytics: one granted grants it', async () => {
    const s = await stored(cookieyes, cookie({ functional: 'no', analytics: 'no', performance: 'yes', advertisement: 'no' }));
    expect(verify(cookieyes, NONE, s).violation).toBe(true);
  });
});

describe('CookieLawInfo: viewed_cookie_policy and cookielawinfo-checkbox-*', () => {
  const jar = 'viewed_cookie_policy=yes; cookielawinfo-checkbox-necessary=yes; cookielawinfo-checkbox-functional=no; cookielawinfo-checkbox-performance=no; cookielawinfo-checkbox-analytics=yes; cookielawinfo-checkbox-advertisement=no; cookielawinfo-checkbox-others=no';
  it('keys each cookie like the checkbox data-id', async () => {
    expect(await stored(cookieLawInfo, jar)).toEqual({
      'checkbox-necessary': true, 'checkbox-functional': false, 'checkbox-performance': false, 'checkbox-analytics': true, 'checkbox-advertisement': false, 'checkbox-others': false,
    });
    expect(verify(cookieLawInfo, ANALYTICS_ONLY, await stored(cookieLawInfo, jar)).verified).toBe(true);
  });
  it('is nothing until viewed_cookie_policy says the bar was answered', async () => {
    expect(await stored(cookieLawInfo, jar.replace('viewed_cookie_policy=yes; ', ''))).toBeNull();
  });
});

describe('Complianz: cmplz_<category>=allow|deny', () => {
  const jar = (m: string) => `cmplz_functional=allow; cmplz_preferences=deny; cmplz_statistics=deny; cmplz_marketing=${m}; cmplz_policy_id=33; cmplz_consented_services=; cmplz_banner-status=dismissed`;
  it('reads allow/deny per category and ignores its other cookies', async () => {
    const s = await stored(complianz, jar('deny'));
    expect(s).toMatchObject({ cmplz_functional: true, cmplz_preferences: false, cmplz_statistics: false, cmplz_marketing: false });
    expect(verify(complianz, NONE, s)).toMatchObject({ verified: true, violation: false });
    expect(verify(complianz, NONE, await stored(complianz, jar('allow')))).toMatchObject({ verified: false, violation: true });
  });
  it('is nothing before cmplz_banner-status is set', async () => {
    expect(await stored(complianz, 'cmplz_marketing=deny')).toBeNull();
  });
  it('cookieFamily: no cookie of the family is nothing stored', () => {
    expect(cookieFamily('a=1; b=2', 'cmplz_')).toBeNull();
  });
});

describe('CookieFirst: cookiefirst-consent URL-encoded JSON', () => {
  const value = (advertising: boolean) =>
    encodeURIComponent(JSON.stringify({ necessary: true, performance: true, functional: false, advertising, timestamp: 1764115200, type: 'category', version: 'x' }));
  it('reads the categories, ignoring timestamp and version', async () => {
    const s = await stored(cookiefirst, `cookiefirst-consent=${value(false)}`);
    expect(verify(cookiefirst, ANALYTICS_ONLY, s)).toMatchObject({ verified: true, violation: false });
    expect(verify(cookiefirst, ANALYTICS_ONLY, await stored(cookiefirst, `cookiefirst-consent=${value(true)}`)).violation).toBe(true);
  });
  it('its API gets every category from the wanted values', () => {
    const calls: Record<string, boolean>[] = [];
    (globalThis as unknown as { window: unknown }).window = { CookieFirst: { updateConsent: (c: Record<string, boolean>) => calls.push(c) } };
    try {
      expect(cookiefirstApply({ categories: { necessary: true, performance: true, functional: false, advertising: false } })).toBe(true);
    } finally {
      delete (globalThis as unknown as { window?: unknown }).window;
    }
    expect(calls).toEqual([{ necessary: true, performance: true, functional: false, advertising: false }]);
  });
});

describe('Cookie-Script: CookieScriptConsent, categories as JSON text', () => {
  const cookie = (action: string, cats: string[]) => encodeURIComponent(JSON.stringify({ action, categories: JSON.stringify(cats), key: 'k' }));
  it('lists granted categories; the unlisted are denied', async () => {
    const s = await stored(cookieScript, `CookieScriptConsent=${cookie('accept', ['performance'])}`);
    expect(s).toEqual({ strict: true, performance: true, targeting: false, functionality: false, unclassified: false });
    expect(verify(cookieScript, ANALYTICS_ONLY, s).verified).toBe(true);
  });
  it('reads the raw JSON form too, and a reject', () => {
    expect(cookieScriptCategories(JSON.stringify({ action: 'reject', categories: '[]' }))).toMatchObject({ performance: false, targeting: false });
    expect(cookieScriptCategories('{"categories":"[]"}')).toBeNull();
    expect(cookieScriptCategories('not json')).toBeNull();
  });
});

describe('decisions', () => {
  it.each([cookieyes, cookieLawInfo, complianz, cookiefirst, cookieScript])('$id: none → rejectAll, all → acceptAll, mixed → custom', (rule) => {
    expect(decide(rule, NONE)).toEqual({ action: 'rejectAll' });
    expect(decide(rule, ALL)).toEqual({ action: 'acceptAll' });
    expect(decide(rule, ANALYTICS_ONLY)).toEqual({ action: 'custom' });
  });
});

describe('Borlabs Cookie: borlabs-cookie JSON, only granted groups listed', () => {
  const cookie = (consents: Record<string, string[]>) =>
    `borlabs-cookie=${encodeURIComponent(JSON.stringify({ consents, domainPath: 'borlabs.example.de/', expires: 'x', uid: 'u', version: '1' }))}`;
  it('a listed group is granted, an absent standard group denied', async () => {
    const s = await stored(borlabs, cookie({ essential: ['borlabs-cookie'], statistics: ['google-analytics'] }));
    expect(s).toEqual({ essential: true, statistics: true, marketing: false, 'external-media': false });
    expect(verify(borlabs, ANALYTICS_ONLY, s)).toMatchObject({ verified: true, violation: false });
    expect(verify(borlabs, NONE, s).violation).toBe(true);
  });
  it('no consents is nothing stored', () => {
    expect(borlabsCategories(encodeURIComponent('{"uid":"u"}'))).toBeNull();
  });
  it('none → rejectAll, all → acceptAll, mixed → custom', () => {
    expect([decide(borlabs, NONE), decide(borlabs, ALL), decide(borlabs, ANALYTICS_ONLY)]).toEqual([{ action: 'rejectAll' }, { action: 'acceptAll' }, { action: 'custom' }]);
  });
});
