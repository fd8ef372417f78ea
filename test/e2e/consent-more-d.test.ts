import { describe, expect, it } from 'vitest';
import type { PurposeChoices, PurposeOrNecessary } from '../../utils/settings/purposes';
import { CHOICE_SETS, expectBannerNeverSeen, expectPurposes, readSiteStorage, siteBrowser, storedAnswer, visitWithChoices, type SiteStorage } from './consent-site-helpers';

/**
 * Consent managers of issue 5, batch D (Shopify's privacy banner, Termly, Civic Cookie Control), end to end in
 * Chromium: all denied, all allowed and mixed choices. Asserts per category what the manager itself stored
 * (parsed here, independently of the rules), that no denied purpose is granted, that the banner is not
 * visible at the end and was visible in no animation frame.
 */
const CHOICES = CHOICE_SETS;

interface Fixture {
  name: string;
  url: string;
  /** The manager's own categories as granted or not; null before it stored an answer. */
  parse: (s: SiteStorage) => Record<string, boolean> | null;
  purposeOf: Record<string, PurposeOrNecessary>;
  /** Everything of the banner the person could see. */
  banner: string[];
  /** Only these of CHOICES (a variant page for one path of the rule). */
  only?: string[];
  /** Any further check of what was stored. */
  extra?: (s: SiteStorage, choices: PurposeChoices) => void;
}

const FIXTURES: Fixture[] = [
  {
    name: 'Shopify privacy banner',
    url: 'http://shopify.example.com/',
    parse({ cookies }) {
      const raw = cookies._tracking_consent;
      return raw ? (JSON.parse(decodeURIComponent(raw)) as { purposes: Record<string, boolean> }).purposes : null;
    },
    purposeOf: { a: 'analytics', p: 'functional', m: 'advertising', t: 'advertising' },
    banner: ['#shopify-pc__banner', '#shopify-pc__prefs'],
    extra({ cookies }, choices) {
      // The per-field record the Customer Privacy API reads agrees, sale of data included.
      const con = (JSON.parse(decodeURIComponent(cookies._tracking_consent!)) as { con: { CMP: Record<string, string> } }).con.CMP;
      const flag = (on: boolean) => (on ? '1' : '0');
      expect(con).toEqual({ a: flag(choices.analytics), m: flag(choices.advertising), p: flag(choices.functional), s: flag(choices.advertising) });
    },
  },
  {
    name: 'Termly',
    url: 'http://termly.example.com/',
    parse({ local }) {
      const raw = local.TERMLY_API_CACHE;
      if (!raw) return null;
      return (JSON.parse(raw) as { TERMLY_COOKIE_CONSENT?: { value: Record<string, boolean> } }).TERMLY_COOKIE_CONSENT?.value ?? null;
    },
    purposeOf: {
      essential: 'necessary', performance: 'functional', analytics: 'analytics', advertising: 'advertising', social_networking: 'social', unclassified: 'other',
    },
    banner: ['#termly-code-snippet-support [data-tid=banner]', '#termly-code-snippet-support .t-preference-modal'],
  },
  {
    name: 'Civic Cookie Control',
    url: 'http://civic.example.co.uk/',
    parse({ cookies }) {
      const raw = cookies.CookieControl;
      if (!raw) return null;
      const value = JSON.parse(decodeURIComponent(raw)) as { interactedWith: boolean; optionalCookies: Record<string, string> };
      if (!value.interactedWith) return null;
      return Object.fromEntries(Object.entries(value.optionalCookies).map(([k, v]) => [k, v === 'accepted']));
    },
    purposeOf: { analytics: 'analytics', marketing: 'advertising', social: 'social' },
    banner: ['#ccc-notify', '#ccc-module', '#ccc-overlay'],
    extra({ cookies }, choices) {
      const { acceptedCategories } = JSON.parse(decodeURIComponent(cookies.CookieControl!)) as { acceptedCategories: string[] };
      const wanted = ['essentials', ...(['analytics', 'marketing', 'social'] as const).filter((g) => choices[g === 'marketing' ? 'advertising' : g])];
      expect(acceptedCategories).toEqual(wanted);
    },
  },
];

/** Sites that turned the refuse button off their banner (a fixture setting): refusing goes through the settings view. */
function variant(name: string, setting: string): Fixture {
  const base = FIXTURES.find((f) => f.name === name)!;
  return { ...base, name: `${name} (${setting})`, url: `${base.url}?${setting}`, only: ['all denied'] };
}
FIXTURES.push(variant('Termly', 'decline=off'), variant('Civic Cookie Control', 'reject=off'));

describe('consent managers, batch D: chromium', () => {
  const site = siteBrowser('chromium', FIXTURES.flatMap((f) => f.banner));

  for (const fixture of FIXTURES) {
    for (const [label, choices] of CHOICES.filter(([l]) => !fixture.only || fixture.only.includes(l))) {
      it(`${fixture.name}: ${label}`, async () => {
        const { page, result } = await visitWithChoices(site.browser, fixture.url, choices);
        const stored = await storedAnswer(page, fixture.parse);
        expect(result, JSON.stringify(result)).toMatchObject({ outcome: 'done', verified: true, violation: false });
        expectPurposes(stored, fixture.purposeOf, choices);
        fixture.extra?.(await readSiteStorage(page), choices);
        await expectBannerNeverSeen(page, fixture.banner, true);
        await page.close();
      });
    }
  }
});
