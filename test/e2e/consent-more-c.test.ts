import { describe, expect, it } from 'vitest';
import type { BrowserName } from '../harness/browsers';
import type { PurposeChoices, PurposeOrNecessary } from '../../utils/settings/purposes';
import { ALL_ALLOWED, ALL_DENIED, consentLog } from './consent-engine-helpers';
import { bannerVisibleNow, CHOICE_SETS, expectBannerNeverSeen, expectPurposes, expectReopenedLeftAlone, readSiteStorage, siteBrowser, storedAnswer, visitWithChoices } from './consent-site-helpers';

/**
 * Consent managers of issue 5, batch C (test/fixtures/sites/<host>), end to end in real browsers: all denied,
 * all allowed and mixed choices; asserts per category what the manager itself stored (its cookies, parsed
 * here independently of the rules), that no denied purpose is granted, that the banner is not visible at the
 * end and (Chromium) was never visible in any animation frame, across shadow roots.
 */
const CHOICES = CHOICE_SETS;

interface Fixture {
  name: string;
  url: string;
  /** The manager's own categories as granted or not, from the page's cookies; null before it stored anything. */
  parse: (cookies: Record<string, string>) => Record<string, boolean> | null;
  purposeOf: Record<string, PurposeOrNecessary>;
  /** Everything of the banner the person could see; `host >>> inner` inside an open shadow root. */
  banner: string[];
  /** Any further check of what was stored, and of the requests the page made. */
  extra?: (cookies: Record<string, string>, choices: PurposeChoices, requestedHosts: string[]) => void;
  /** Mixed choices over the purposes this manager asks about, when the common ones are not mixed for it. */
  mixed?: PurposeChoices;
}

const AXEPTIO_VENDORS: Record<string, PurposeOrNecessary> = {
  google_analytics: 'analytics', hotjar: 'analytics', facebook_pixel: 'advertising', criteo: 'advertising', youtube: 'social',
};

const FIXTURES: Fixture[] = [
  {
    name: 'Axeptio',
    url: 'http://axeptio.example.fr/',
    parse(c) {
      const raw = c.axeptio_cookies;
      if (!raw) return null;
      const value = JSON.parse(decodeURIComponent(raw)) as Record<string, unknown>;
      if (value.$$completed !== true) return null;
      return Object.fromEntries(Object.entries(value).filter(([k, v]) => !k.startsWith('$$') && typeof v === 'boolean')) as Record<string, boolean>;
    },
    purposeOf: AXEPTIO_VENDORS,
    banner: ['#axeptio_overlay > .needsclick >>> .axeptio_widget'],
    extra(c, choices) {
      // The list ad scripts read: exactly the vendors of allowed purposes (",," when none).
      const wanted = Object.entries(AXEPTIO_VENDORS).filter(([, p]) => p === 'necessary' || choices[p]).map(([v]) => v);
      expect(decodeURIComponent(c.axeptio_authorized_vendors ?? '')).toBe(`,${wanted.join(',')},`);
    },
  },
  {
    name: 'iubenda',
    url: 'http://iubenda.example.it/',
    parse(c) {
      const raw = c['_iub_cs-2520998'];
      if (!raw) return null;
      return (JSON.parse(decodeURIComponent(raw)) as { purposes: Record<string, boolean> }).purposes;
    },
    purposeOf: { '1': 'necessary', '2': 'functional', '3': 'personalization', '4': 'analytics', '5': 'advertising' },
    banner: ['#iubenda-cs-banner', '#iubenda-iframe'],
  },
  {
    name: 'Osano',
    url: 'http://osano.example.com/',
    // Its stored value is opaque on real sites; the fixture's (base64 JSON) is read here, beside its API.
    parse(c) {
      const raw = c.osano_consentmanager;
      if (!raw) return null;
      const consent = JSON.parse(Buffer.from(decodeURIComponent(raw), 'base64').toString('utf8')) as Record<string, string>;
      return Object.fromEntries(Object.entries(consent).map(([k, v]) => [k, v === 'ACCEPT']));
    },
    purposeOf: { ESSENTIAL: 'necessary', STORAGE: 'functional', MARKETING: 'advertising', PERSONALIZATION: 'personalization', ANALYTICS: 'analytics' },
    banner: ['.osano-cm-dialog', '.osano-cm-info-dialog'],
    extra(c) {
      // Not a "do not sell" opt-out for this EU visitor: left as the manager set it.
      expect(JSON.parse(Buffer.from(decodeURIComponent(c.osano_consentmanager!), 'base64').toString('utf8')).OPT_OUT).toBe('DENY');
    },
  },
  {
    name: 'TrustArc',
    url: 'http://trustarc.example.com/',
    parse(c) {
      const prefs = c.notice_gdpr_prefs && decodeURIComponent(c.notice_gdpr_prefs);
      const permit = c.cmapi_cookie_privacy && decodeURIComponent(c.cmapi_cookie_privacy);
      if (!prefs || !permit || !c.notice_preferences) return null;
      const levels = prefs.replace(/:$/, '').split(',');
      // Both cookies say the same: "permit" lists the levels plus one ("permit 1 required" for level 0 alone).
      const permitted = permit === 'permit 1 required' ? ['0'] : permit.replace('permit ', '').split(',').map((n) => String(Number(n) - 1));
      expect(permitted, 'cmapi_cookie_privacy agrees with notice_gdpr_prefs').toEqual(levels);
      expect(decodeURIComponent(c.notice_preferences), 'notice_preferences is the highest level').toBe(`${levels.at(-1)}:`);
      return { '0': levels.includes('0'), '1': levels.includes('1'), '2': levels.includes('2') };
    },
    purposeOf: { '0': 'necessary', '1': 'functional', '2': 'advertising' },
    banner: ['#truste-consent-track', '.truste_overlay', '.truste_box_overlay'],
    // TrustArc asks about functional and advertising only: mixed is one of them, answered in its frame.
    mixed: { ...ALL_DENIED, functional: true, analytics: true },
    extra(_c, choices, hosts) {
      const mixed = choices.functional !== choices.advertising;
      expect(hosts.includes('consent-pref.trustarc.test'), 'the preference frame was opened (mixed only)').toBe(mixed);
    },
  },
];

function run(browserName: BrowserName, fixtures: Fixture[], choiceSets: typeof CHOICES) {
  describe(`consent managers, batch C: ${browserName}`, () => {
    const site = siteBrowser(browserName, fixtures.flatMap((f) => f.banner));

    for (const fixture of fixtures) {
      for (const [label, common] of choiceSets) {
        const choices = label === 'mixed' ? (fixture.mixed ?? common) : common;
        it(`${fixture.name}: ${label}`, async () => {
          const firstRequest = site.server.requests.length;
          const { page, result } = await visitWithChoices(site.browser, fixture.url, choices);
          const stored = await storedAnswer(page, ({ cookies }) => fixture.parse(cookies));
          expect(result, JSON.stringify(result)).toMatchObject({ outcome: 'done', verified: true, violation: false });
          expectPurposes(stored, fixture.purposeOf, choices);
          const hosts = site.server.requests.slice(firstRequest).map((r) => new URL(r.url).host);
          fixture.extra?.((await readSiteStorage(page)).cookies, choices, hosts);
          await expectBannerNeverSeen(page, fixture.banner, browserName === 'chromium');
          await page.close();
        });
      }
    }

    const trustarc = fixtures.find((f) => f.name === 'TrustArc');
    if (trustarc && browserName === 'chromium') {
      it('TrustArc: the page site exception holds in the preference frame from another host', async () => {
        // Globally all allowed; this site denies advertising. The frame (consent-pref.trustarc.test) must not accept all.
        const { page, result } = await visitWithChoices(site.browser, trustarc.url, ALL_ALLOWED, { 'example.com': { purposes: { advertising: false } } });
        expect(result, JSON.stringify(result)).toMatchObject({ action: 'custom', outcome: 'done', verified: true, violation: false });
        expect(await storedAnswer(page, ({ cookies }) => trustarc.parse(cookies))).toEqual({ '0': true, '1': true, '2': false });
        await page.close();
      });

      it('TrustArc: the preferences the person reopens ("Cookie Preferences") are theirs: shown, nothing answered or saved', async () => {
        // All denied: answered in the page ("Required Only"); the frame opens only when the person asks for it.
        const { page, result } = await visitWithChoices(site.browser, trustarc.url, ALL_DENIED);
        expect(result, JSON.stringify(result)).toMatchObject({ manager: { id: 'trustarc-top' }, outcome: 'done', verified: true });
        const cookies = (await readSiteStorage(page)).cookies;
        const clicked = Date.now();
        await expectReopenedLeftAlone(page, '#teconsent a', '.truste_popframe');
        expect(await bannerVisibleNow(page, ['.truste_box_overlay'])).toBe(true);
        expect((await readSiteStorage(page)).cookies).toEqual(cookies);
        expect((await consentLog(site.browser)).filter((e) => e.at >= clicked)).toEqual([]);
        await page.close();
      });
    }
  });
}

run('chromium', FIXTURES, CHOICES);
// Firefox: the shadow-DOM manager and the cross-origin preference frame, refused and mixed (the file stays within a few minutes).
run('firefox', FIXTURES.filter((f) => f.name === 'Axeptio' || f.name === 'TrustArc'), CHOICES.filter(([label]) => label !== 'all allowed'));
