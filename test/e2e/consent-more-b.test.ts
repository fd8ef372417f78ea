import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TCString } from '@iabtechlabtcf/core';
import { launch, type BrowserName, type TestBrowser } from '../harness/browsers';
import { startSiteServer, type SiteServer } from '../harness/site-server';
import type { PurposeChoices, PurposeOrNecessary } from '../../utils/settings/purposes';
import { ALL_ALLOWED, ALL_DENIED } from './consent-engine-helpers';
import { bannerVisibleNow, expectBannerNeverSeen, readSiteStorage, sampleBanners, storedAnswer, visitWithChoices, type SiteStorage } from './consent-site-helpers';

/**
 * TCF v2 consent managers (issue 5), end to end in real browsers against fixtures built on the real IAB
 * libraries: all denied, all allowed and mixed. Each TC string the manager stored is decoded here with
 * @iabtechlabtcf/core and checked per purpose, consent AND legitimate interest: a denied purpose has neither,
 * an allowed one has consent. Also: the extension's result is done, verified and without violation, the
 * banner is not visible at the end and (Chromium) was visible in no animation frame.
 */
const MIXED: PurposeChoices = { ...ALL_DENIED, analytics: true, personalization: true };
const CHOICES: [string, PurposeChoices][] = [['all denied', ALL_DENIED], ['all allowed', ALL_ALLOWED], ['mixed', MIXED]];

const TCF_PURPOSES: Record<number, PurposeOrNecessary> = {
  1: 'necessary', 2: 'advertising', 3: 'advertising', 4: 'advertising', 5: 'personalization', 6: 'personalization',
  7: 'advertising', 8: 'analytics', 9: 'analytics', 10: 'other', 11: 'personalization',
};

interface Fixture {
  name: string;
  url: string;
  /** The TC string the manager stored, from the page's storage (null until it has stored one). */
  tcString: (s: SiteStorage) => string | null;
  /** Selectors of the banner (visible = failure at the end, and in any frame in Chromium). */
  banner: string[];
  /** A manager whose rule refuses mixed choices: the banner is left to the person, nothing stored. */
  refusesMixed?: boolean;
}

/** Per purpose: consent as the person chose, no legitimate interest where denied; purpose 1 iff anything allowed. */
function expectTcf(tc: string, choices: PurposeChoices): void {
  const model = TCString.decode(tc);
  for (const [id, purpose] of Object.entries(TCF_PURPOSES)) {
    const n = Number(id);
    const wanted = purpose === 'necessary' ? Object.values(choices).some(Boolean) : choices[purpose];
    expect(model.purposeConsents.has(n), `purpose ${id} consent`).toBe(wanted);
    if (!wanted) expect(model.purposeLegitimateInterests.has(n), `purpose ${id} legitimate interest`).toBe(false);
  }
}

const FIXTURES: Fixture[] = [
  {
    name: 'InMobi (Quantcast) Choice',
    url: 'http://quantcast.example.co.uk/',
    tcString: ({ cookies }) => cookies['euconsent-v2'] ?? null,
    banner: ['#qc-cmp2-ui', '#qc-cmp2-container .qc-cmp-cleanslate'],
  },
  {
    name: 'consentmanager.net',
    url: 'http://consentmanager.example.de/',
    tcString: ({ cookies }) => cookies.__cmpconsentx12345 ?? null,
    banner: ['#cmpbox', '#cmpbox2'],
  },
  {
    name: 'Sirdata',
    url: 'http://sirdata.example.fr/',
    tcString: ({ cookies }) => cookies['euconsent-v2'] ?? null,
    banner: ['#sd-cmp [role=dialog]'],
    refusesMixed: true,
  },
];

function run(browserName: BrowserName, fixtures: Fixture[]) {
  describe(`TCF consent managers (more, b): ${browserName}`, () => {
    let server: SiteServer;
    let browser: TestBrowser;

    beforeAll(async () => {
      server = await startSiteServer();
      browser = await launch(browserName, { proxy: server.proxy });
      if (browserName === 'chromium') await sampleBanners(browser, fixtures.flatMap((f) => f.banner));
    });
    afterAll(async () => {
      await browser?.close();
      await server?.close();
    });

    for (const fixture of fixtures) {
      for (const [label, choices] of CHOICES) {
        it(`${fixture.name}: ${label}`, async () => {
          const { page, result } = await visitWithChoices(browser, fixture.url, choices);
          if (fixture.refusesMixed && label === 'mixed') {
            expect(result).toMatchObject({ outcome: 'refused', reason: 'mixed-without-custom' });
            await new Promise((r) => setTimeout(r, 300));
            expect(fixture.tcString(await readSiteStorage(page)), 'nothing stored').toBeNull();
            expect(await bannerVisibleNow(page, fixture.banner), 'banner left to the person').toBe(true);
            await page.close();
            return;
          }
          const tc = await storedAnswer(page, fixture.tcString);
          expect(result, JSON.stringify(result)).toMatchObject({ outcome: 'done', verified: true, violation: false });
          expect(tc, 'TC string stored').toBeTruthy();
          expectTcf(tc!, choices);
          await expectBannerNeverSeen(page, fixture.banner, browserName === 'chromium');
          await page.close();
        });
      }
    }
  });
}

run('chromium', FIXTURES);
// Firefox: a click-driven manager (two views, LI objections) and one answered from the main world.
run('firefox', FIXTURES.filter((f) => f.name.startsWith('InMobi') || f.name === 'Sirdata'));
