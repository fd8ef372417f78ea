import { describe, expect, it } from 'vitest';
import type { BrowserName } from '../harness/browsers';
import type { PurposeOrNecessary } from '../../utils/settings/purposes';
import { bannerVisibleNow, CHOICE_SETS, expectBannerNeverSeen, expectPurposes, siteBrowser, type SiteStorage, storedAnswer, visitWithChoices } from './consent-site-helpers';

/**
 * Consent managers of issue 5, first batch (test/fixtures/sites/<host>), end to end in real browsers: all
 * denied, all allowed and mixed choices; asserts per category what the manager itself stored (its cookies,
 * parsed here independently of the rules), that no denied purpose is granted, that the banner is not
 * visible at the end and (Chromium) was never visible in any frame.
 */
const CHOICES = CHOICE_SETS;

interface Fixture {
  name: string;
  url: string;
  /** The manager's own categories as granted or not, from the page's cookies; null before it stored anything. */
  parse: (s: SiteStorage) => Record<string, boolean> | null;
  purposeOf: Record<string, PurposeOrNecessary>;
  /** Everything of the banner the person could see (notice, settings, overlay). */
  banner: string[];
  /** Opened by the person after the answer, the manager's settings must be seen (the prehide stays on the page). */
  reopen?: { click: string; visible: string };
}

const FIXTURES: Fixture[] = [
  {
    name: 'CookieYes',
    url: 'http://cookieyes.example.com/',
    parse({ cookies: c }) {
      const raw = c['cookieyes-consent'];
      if (!raw?.includes('action:yes')) return null;
      return Object.fromEntries(raw.split(',').map((pair) => [pair.split(':')[0]!, pair.split(':')[1] === 'yes']));
    },
    purposeOf: { necessary: 'necessary', functional: 'functional', analytics: 'analytics', performance: 'analytics', advertisement: 'advertising' },
    banner: ['.cky-consent-container', '.cky-modal', '.cky-overlay'],
    reopen: { click: '.cky-btn-revisit', visible: '.cky-modal' },
  },
  {
    name: 'CookieLawInfo',
    url: 'http://cookie-law-info.example.com/',
    parse({ cookies: c }) {
      if (!c.viewed_cookie_policy) return null;
      const prefix = 'cookielawinfo-checkbox-';
      return Object.fromEntries(Object.entries(c).filter(([k]) => k.startsWith(prefix)).map(([k, v]) => [k.slice(prefix.length), v === 'yes']));
    },
    purposeOf: { necessary: 'necessary', functional: 'functional', performance: 'analytics', analytics: 'analytics', advertisement: 'advertising', others: 'other' },
    banner: ['#cookie-law-info-bar', '#cliSettingsPopup', '.cli-modal-backdrop'],
  },
  {
    name: 'Complianz',
    url: 'http://complianz.example.nl/',
    parse({ cookies: c }) {
      if (c['cmplz_banner-status'] !== 'dismissed') return null;
      return Object.fromEntries(['functional', 'preferences', 'statistics', 'marketing'].map((k) => [k, c[`cmplz_${k}`] === 'allow']));
    },
    purposeOf: { functional: 'necessary', preferences: 'functional', statistics: 'analytics', marketing: 'advertising' },
    banner: ['.cmplz-cookiebanner'],
  },
  {
    name: 'CookieFirst',
    url: 'http://cookiefirst.example.com/',
    parse({ cookies: c }) {
      const raw = c['cookiefirst-consent'];
      if (!raw) return null;
      const { necessary, performance, functional, advertising } = JSON.parse(decodeURIComponent(raw)) as Record<string, boolean>;
      return { necessary: necessary!, performance: performance!, functional: functional!, advertising: advertising! };
    },
    purposeOf: { necessary: 'necessary', performance: 'analytics', functional: 'functional', advertising: 'advertising' },
    banner: ['[data-cookiefirst-widget=banner]', '[data-cookiefirst-widget=modal]'],
  },
  {
    name: 'Cookie-Script',
    url: 'http://cookie-script.example.co.uk/',
    parse({ cookies: c }) {
      const raw = c.CookieScriptConsent;
      if (!raw) return null;
      const granted = JSON.parse((JSON.parse(decodeURIComponent(raw)) as { categories: string }).categories) as string[];
      return Object.fromEntries(['performance', 'targeting', 'functionality', 'unclassified'].map((k) => [k, granted.includes(k)]));
    },
    purposeOf: { performance: 'analytics', targeting: 'advertising', functionality: 'functional', unclassified: 'other' },
    banner: ['#cookiescript_injected'],
  },
  {
    name: 'Borlabs Cookie',
    url: 'http://borlabs.example.de/',
    parse({ cookies: c }) {
      const raw = c['borlabs-cookie'];
      if (!raw) return null;
      const { consents } = JSON.parse(decodeURIComponent(raw)) as { consents: Record<string, string[]> };
      return Object.fromEntries(['essential', 'statistics', 'marketing', 'external-media'].map((g) => [g, g in consents]));
    },
    purposeOf: { essential: 'necessary', statistics: 'analytics', marketing: 'advertising', 'external-media': 'social' },
    banner: ['#BorlabsCookieBox > div'],
  },
];

function run(browserName: BrowserName, fixtures: Fixture[]) {
  describe(`consent managers, batch A: ${browserName}`, () => {
    const site = siteBrowser(browserName, fixtures.flatMap((f) => f.banner));

    for (const fixture of fixtures) {
      for (const [label, choices] of CHOICES) {
        it(`${fixture.name}: ${label}`, async () => {
          const { page, result } = await visitWithChoices(site.browser, fixture.url, choices);
          const stored = await storedAnswer(page, fixture.parse);
          expect(result, JSON.stringify(result)).toMatchObject({ outcome: 'done', verified: true, violation: false });
          expectPurposes(stored, fixture.purposeOf, choices);
          await expectBannerNeverSeen(page, fixture.banner, browserName === 'chromium');
          if (fixture.reopen) {
            await page.click(fixture.reopen.click);
            await new Promise((r) => setTimeout(r, 300));
            expect(await bannerVisibleNow(page, [fixture.reopen.visible]), 'settings reopened by the person are visible').toBe(true);
          }
          await page.close();
        });
      }
    }
  });
}

run('chromium', FIXTURES);
// Firefox: two of them, a preference-centre flow and a checkbox flow (the file stays within ~3 minutes).
run('firefox', FIXTURES.filter((f) => f.name === 'CookieYes' || f.name === 'Cookie-Script'));
