import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { GVL, TCModel, TCString } from '@iabtechlabtcf/core';
import { readStoredData } from '../../utils/consent/engine/decode';
import { verify } from '../../utils/consent/engine/verify';
import { decide } from '../../utils/consent/engine/wanted';
import { tcfCategories } from '../../utils/consent/readers';
import { didomiCategories, didomiFromCookies } from '../../utils/consent/readers/didomi';
import { RuleSchema, type Rule } from '../../utils/consent/rule-schema';
import onetrust from '../../utils/consent/rules/onetrust';
import cookiebot from '../../utils/consent/rules/cookiebot';
import didomi from '../../utils/consent/rules/didomi';
import usercentrics from '../../utils/consent/rules/usercentrics';
import tcf from '../../utils/consent/rules/tcf';
import * as otMain from '../../utils/consent/main-world/onetrust';
import * as cbMain from '../../utils/consent/main-world/cookiebot';
import * as didomiMain from '../../utils/consent/main-world/didomi';
import * as ucMain from '../../utils/consent/main-world/usercentrics';
import { allPurposes, type PurposeChoices } from '../../utils/settings/purposes';

const NONE = allPurposes(false);
const ALL = allPurposes(true);
const ANALYTICS_ONLY: PurposeChoices = { ...NONE, analytics: true };
const SITES = path.resolve(import.meta.dirname, '../fixtures/sites');

/**
 * A main-world function as the browser runs it: its source alone, re-created outside this module, so one that
 * leans on an import or a module-level helper fails here as it would in the page.
 */
function detached<F extends (...args: never[]) => unknown>(fn: F): F {
  // eslint-disable-next-line @typescript-eslint/no-implied-eval
  return new Function(`return (${fn.toString()})`)() as F;
}

function storedOf(rule: Rule, cookies: string) {
  return readStoredData(RuleSchema.parse(rule).stored!, { cookies, storage: { length: 0, key: () => null, getItem: () => null } });
}

afterEach(() => vi.unstubAllGlobals());

describe('commercial rules: the stored formats of the fixtures, read back and verified', () => {
  it('OneTrust: OptanonConsent groups, as the SDK writes them (URL-encoded pairs inside a query string)', () => {
    const cookies =
      'OptanonAlertBoxClosed=2026-11-26T05:00:00.000Z; OptanonConsent=isGpcEnabled=0&datestamp=Thu+Nov+26+2026+05%3A00%3A00+GMT%2B0000&version=202409.1.0' +
      '&consentId=a1b2&interactionCount=1&landingPath=NotLandingPage&groups=C0001%3A1%2CC0002%3A1%2CC0003%3A0%2CC0004%3A0%2CC0005%3A0&AwaitingReconsent=false';
    const stored = storedOf(onetrust, cookies);
    expect(stored).toEqual({ C0001: true, C0002: true, C0003: false, C0004: false, C0005: false });
    expect(verify(onetrust, ANALYTICS_ONLY, stored)).toMatchObject({ verified: true, violation: false });
    expect(verify(onetrust, NONE, stored)).toMatchObject({ verified: false, violation: true });
  });

  it('Cookiebot: CookieConsent, a URL-encoded JS literal with a stamp full of + / =', () => {
    const cookies =
      "CookieConsent={stamp:%27Ab+c/d%3D%3D%27%2Cnecessary:true%2Cpreferences:false%2Cstatistics:true%2Cmarketing:false%2Cmethod:%27explicit%27%2Cver:1%2Cutc:1795669000000%2Cregion:%27dk%27}";
    const stored = storedOf(cookiebot, cookies);
    expect(stored).toMatchObject({ necessary: true, preferences: false, statistics: true, marketing: false });
    expect(verify(cookiebot, ANALYTICS_ONLY, stored)).toMatchObject({ verified: true, violation: false });
  });

  it('Didomi: consent and legitimate interest are both read, and a denied purpose with either is a violation', () => {
    const token = (purposes: string[], li: string[]) =>
      Buffer.from(JSON.stringify({
        user_id: 'u', created: '2026-11-26T05:00:00Z', updated: '2026-11-26T05:00:00Z',
        vendors: { enabled: [], disabled: [] }, vendors_li: { enabled: [], disabled: [] },
        purposes: { enabled: purposes, disabled: ['select_basic_ads', 'market_research'].filter((p) => !purposes.includes(p)) },
        purposes_li: { enabled: li, disabled: [] }, version: 2,
      })).toString('base64');
    const clean = didomiCategories(token(['cookies', 'market_research'], []));
    expect(clean).toEqual({ cookies: true, market_research: true, select_basic_ads: false });
    expect(verify(didomi, ANALYTICS_ONLY, clean)).toMatchObject({ verified: true, violation: false });
    // "Refuse" on consent, but the legitimate-interest signal for ads left on: not verified, a violation.
    const leaky = didomiCategories(token(['cookies', 'market_research'], ['select_basic_ads']));
    expect(leaky).toMatchObject({ 'li:select_basic_ads': true });
    expect(verify(didomi, ANALYTICS_ONLY, leaky)).toMatchObject({ verified: false, violation: true });
    expect(didomiCategories('not base64 json')).toBeNull();
  });

  it('Didomi: the TC string beside the token counts too (a purpose the token refuses but euconsent-v2 grants is granted)', () => {
    const gvl = new GVL(JSON.parse(fs.readFileSync(path.join(SITES, 'didomi.example.fr/sdk/vendor-list.json'), 'utf8')));
    const model = new TCModel(gvl);
    model.cmpId = 7;
    model.purposeConsents.set([1, 9]);
    model.purposeLegitimateInterests.set([2]);
    const token = Buffer.from(JSON.stringify({ purposes: { enabled: ['cookies', 'market_research'], disabled: ['select_basic_ads'] }, purposes_li: { enabled: [] } })).toString('base64');
    const stored = didomiFromCookies(`didomi_token=${token}; euconsent-v2=${TCString.encode(model)}`);
    expect(stored).toMatchObject({ cookies: true, market_research: true, select_basic_ads: false, 'li:select_basic_ads': true });
    expect(verify(didomi, ANALYTICS_ONLY, stored)).toMatchObject({ violation: true });
  });

  it('TCF: the fixture CMP’s vendor list encodes, and a legitimate interest on a denied purpose is caught', () => {
    const gvl = new GVL(JSON.parse(fs.readFileSync(path.join(SITES, 'tcf.example.it/cmp/vendor-list.json'), 'utf8')));
    const encode = (consents: number[], li: number[]) => {
      const model = new TCModel(gvl);
      model.cmpId = 300;
      model.cmpVersion = 2;
      model.purposeConsents.set(consents);
      model.purposeLegitimateInterests.set(li);
      return TCString.encode(model);
    };
    expect(verify(tcf, ANALYTICS_ONLY, tcfCategories(encode([1, 8, 9], [])))).toMatchObject({ verified: true, violation: false });
    // Google's "Do not consent": consents off, legitimate interest left on for purposes 2, 7, 9, 10.
    const doNotConsent = verify(tcf, NONE, tcfCategories(encode([], [2, 7, 9, 10])));
    expect(doNotConsent).toMatchObject({ verified: false, violation: true });
    expect(doNotConsent.purposes.filter((p) => p.stored).map((p) => p.purpose).sort()).toEqual(['advertising', 'analytics', 'other']);
  });
});

describe('commercial rules: which answer the engine picks', () => {
  it('rejects or accepts whole only when every purpose the manager covers agrees, else answers per purpose', () => {
    for (const rule of [onetrust, cookiebot, didomi, usercentrics, tcf]) {
      expect(decide(rule, NONE), rule.id).toEqual({ action: 'rejectAll' });
      expect(decide(rule, ALL), rule.id).toEqual({ action: 'acceptAll' });
      expect(decide(rule, ANALYTICS_ONLY), rule.id).toEqual({ action: 'custom' });
    }
    // Cookiebot has no social or personalization level: allowing only those is, for it, refusing everything.
    expect(decide(cookiebot, { ...NONE, social: true, personalization: true })).toEqual({ action: 'rejectAll' });
  });
});

describe('commercial main-world functions, run detached as the page would run them', () => {
  it('OneTrust: every group set through UpdateConsent, unknown ones granted only when all is allowed', () => {
    const calls: string[] = [];
    const OneTrust = {
      UpdateConsent: (_t: string, bundle: string) => calls.push(bundle),
      GetDomainData: () => ({ Groups: [{ CustomGroupId: 'C0001' }, { CustomGroupId: 'C0002', GroupName: 'Performance' }, { CustomGroupId: 'C0009', GroupName: 'Site things' }] }),
      Close: () => calls.push('close'),
    };
    // Without UpdateConsent the rule's API test (its categories call) answers null, and the rule clicks.
    vi.stubGlobal('window', { OneTrust: { GetDomainData: OneTrust.GetDomainData } });
    expect(detached(otMain.onetrustCategories)()).toBeNull();
    vi.stubGlobal('window', { OneTrust });
    expect(detached(otMain.onetrustCategories)()).toEqual({ categories: { C0002: 'Performance', C0009: 'Site things' } });
    detached(otMain.onetrustApply)({ categories: { C0001: true, C0002: true, C0004: false }, purposes: ANALYTICS_ONLY });
    expect(calls).toEqual(['C0002:1', 'C0009:0', 'C0004:0', 'close']);
  });

  it('Cookiebot: one submitCustomConsent with the three levels', () => {
    const submit = vi.fn();
    vi.stubGlobal('window', { Cookiebot: { submitCustomConsent: submit, hide: () => {} } });
    expect(detached(cbMain.cookiebotApply)({ categories: { necessary: true, preferences: false, statistics: true, marketing: false } })).toBe(true);
    expect(submit).toHaveBeenCalledWith(false, true, false);
  });

  it('Didomi: consent and legitimate interest refused together; store/access only with another purpose', () => {
    const statuses: { purposes: { consent: { enabled: string[] }; legitimate_interest: { enabled: string[]; disabled: string[] } }; vendors: { consent: { enabled: unknown[] } } }[] = [];
    const Didomi = {
      setUserStatus: (s: never) => statuses.push(s),
      getRequiredPurposes: () => ['cookies', 'market_research', 'select_basic_ads', 'audiencem-x'].map((id) => ({ id, name: { fr: id } })),
      getRequiredVendorIds: () => [755, 'c:xiti'],
      notice: { hide: () => {} },
    };
    vi.stubGlobal('window', { Didomi });
    vi.stubGlobal('location', { hostname: 'didomi.example.fr' });
    vi.stubGlobal('document', { documentElement: { lang: 'fr' } });
    expect(detached(didomiMain.didomiPurposeLabels)()?.categories).toMatchObject({ 'audiencem-x': 'audiencem-x' });
    const apply = detached(didomiMain.didomiApply);
    apply({ categories: { cookies: true, market_research: false, select_basic_ads: false }, purposes: NONE });
    expect(statuses[0]!.purposes.consent.enabled).toEqual([]);
    expect(statuses[0]!.purposes.legitimate_interest.disabled).toContain('select_basic_ads');
    expect(statuses[0]!.vendors.consent.enabled).toEqual([]);
    apply({ categories: { cookies: true, market_research: true, select_basic_ads: false, 'audiencem-x': true }, purposes: ANALYTICS_ONLY });
    expect(statuses[1]!.purposes.consent.enabled).toEqual(['cookies', 'market_research', 'audiencem-x']);
    expect(statuses[1]!.purposes.legitimate_interest.enabled).toEqual(['cookies', 'market_research', 'audiencem-x']);
  });

  it('Usercentrics v2 and v3: services set from their category, essential ones untouched, read back per category', async () => {
    const services = [
      { id: 'ess', categorySlug: 'essential', isEssential: true, consent: { status: true } },
      { id: 'ga', categorySlug: 'custom-stats', isEssential: false, consent: { status: false } },
      { id: 'ads', categorySlug: 'marketing', isEssential: false, consent: { status: false } },
    ];
    const accepted: string[][] = [];
    const rejected: string[][] = [];
    vi.stubGlobal('window', {
      UC_UI: {
        getServicesBaseInfo: () => services,
        acceptServices: async (ids: string[]) => void accepted.push(ids),
        rejectServices: async (ids: string[]) => void rejected.push(ids),
        closeCMP: async () => {},
      },
    });
    await detached(ucMain.usercentricsApply)({ categories: { 'custom-stats': true, marketing: false }, purposes: ANALYTICS_ONLY });
    expect(accepted).toEqual([['ga']]);
    expect(rejected).toEqual([['ads']]);
    expect(await detached(ucMain.usercentricsConsents)()).toEqual({ essential: true, 'custom-stats': false, marketing: false });

    const updates: { id: string; consent: boolean }[][] = [];
    vi.stubGlobal('window', {
      __ucCmp: {
        getConsentDetails: async () => ({
          services: { ga: { category: 'stats', essential: false, consent: { given: true } }, yt: { category: 'social', essential: false, consent: { given: false } } },
          categories: { stats: { name: 'Statistiken' }, social: { name: 'Soziale Medien' }, essential: { name: 'Essenziell', essential: true } },
        }),
        updateServicesConsents: async (list: { id: string; consent: boolean }[]) => void updates.push(list),
        saveConsents: async () => {},
        closeCmp: async () => {},
      },
    });
    expect(await detached(ucMain.usercentricsCategories)()).toEqual({ categories: { stats: 'Statistiken', social: 'Soziale Medien' } });
    // A category the engine has no wanted value for (not named) is granted only when everything is allowed.
    await detached(ucMain.usercentricsApply)({ categories: { stats: true }, purposes: ANALYTICS_ONLY });
    expect(updates[0]).toEqual([{ id: 'ga', consent: true }, { id: 'yt', consent: false }]);
  });
});
