import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, type BrowserName, type TestBrowser } from '../harness/browsers';
import { startSiteServer, type SiteServer } from '../harness/site-server';
import type { PurposeChoices } from '../../utils/settings/purposes';
import { ALL_ALLOWED, ALL_DENIED } from './consent-engine-helpers';
import { expectBannerNeverSeen, sampleBanners, storedAnswer, visitWithChoices } from './consent-site-helpers';
import { expectTcf } from './consent-tcf-helpers';

/**
 * TCF managers answered through their settings views (issue 5): consentmanager.net's classic #cmpbox (in
 * the page and in #cmpwrapper's shadow root) and its ncmp UI, and Sirdata, end to end against fixtures built
 * on the real IAB libraries, with all denied, all allowed and mixed choices. The TC string each stored (its
 * own cookie, read here) is decoded with @iabtechlabtcf/core and checked per purpose, consent and legitimate
 * interest; the extension's result is done, verified and without violation; the banner is not visible at
 * the end and (Chromium) was visible in no animation frame.
 */
const MIXED: PurposeChoices = { ...ALL_DENIED, analytics: true, personalization: true };
const CHOICES: [string, PurposeChoices][] = [['all denied', ALL_DENIED], ['all allowed', ALL_ALLOWED], ['mixed', MIXED]];

interface Fixture {
  name: string;
  url: string;
  /** The manager's own cookie holding the TC string. */
  cookie: string;
  /** Everything of the banner and its settings the person could see. */
  banner: string[];
}

const FIXTURES: Fixture[] = [
  { name: 'consentmanager.net #cmpbox', url: 'http://consentmanager.example.de/', cookie: '__cmpconsentx12345', banner: ['#cmpbox', '#cmpbox2'] },
  {
    name: 'consentmanager.net #cmpwrapper shadow root',
    url: 'http://consentmanager.example.de/?wrapper=shadow',
    cookie: '__cmpconsentx12345',
    banner: ['#cmpwrapper >>> #cmpbox', '#cmpwrapper >>> #cmpbox2'],
  },
  { name: 'consentmanager.net ncmp', url: 'http://consentmanager.example.at/', cookie: 'ncmp', banner: ['#ncmp__tool .ncmp__banner', '#ncmp__modal .ncmp__modal'] },
  { name: 'Sirdata', url: 'http://sirdata.example.fr/', cookie: 'euconsent-v2', banner: ['#sd-cmp [role=dialog]'] },
];

function run(browserName: BrowserName, cases: [Fixture, string, PurposeChoices][]) {
  describe(`TCF managers' settings views: ${browserName}`, () => {
    let server: SiteServer;
    let browser: TestBrowser;

    beforeAll(async () => {
      server = await startSiteServer();
      browser = await launch(browserName, { proxy: server.proxy });
      if (browserName === 'chromium') await sampleBanners(browser, FIXTURES.flatMap((f) => f.banner));
    });
    afterAll(async () => {
      await browser?.close();
      await server?.close();
    });

    for (const [fixture, label, choices] of cases) {
      it(`${fixture.name}: ${label}`, async () => {
        const { page, result } = await visitWithChoices(browser, fixture.url, choices);
        const tc = await storedAnswer(page, (s) => s.cookies[fixture.cookie] ?? null);
        expect(result, JSON.stringify(result)).toMatchObject({ outcome: 'done', verified: true, violation: false });
        expect(tc, 'TC string stored').toBeTruthy();
        // Both mixed paths set legitimate interest per purpose, so an allowed purpose keeps it.
        expectTcf(tc!, choices, { liOnAllowed: true });
        await expectBannerNeverSeen(page, fixture.banner, browserName === 'chromium');
        await page.close();
      });
    }
  });
}

run('chromium', FIXTURES.flatMap((f) => CHOICES.map(([label, choices]): [Fixture, string, PurposeChoices] => [f, label, choices])));
// Firefox: Sirdata's answer from the main world, and the ncmp settings with their inline onclick handlers.
const named = (name: string) => FIXTURES.find((f) => f.name === name)!;
run('firefox', [
  ...CHOICES.map(([label, choices]): [Fixture, string, PurposeChoices] => [named('Sirdata'), label, choices]),
  [named('consentmanager.net ncmp'), 'mixed', MIXED],
]);
