import { describe, expect, it } from 'vitest';
import type { BrowserName } from '../harness/browsers';
import type { PurposeChoices } from '../../utils/settings/purposes';
import { ALL_ALLOWED, ALL_DENIED } from './consent-engine-helpers';
import { expectBannerNeverSeen, siteBrowser, type SiteStorage, storedAnswer, visitWithChoices } from './consent-site-helpers';
import { expectTcf } from './consent-tcf-helpers';

/**
 * TCF v2 consent managers (issue 5), end to end in real browsers against fixtures built on the real IAB
 * libraries: all denied, all allowed and mixed. Each TC string the manager stored is decoded here with
 * @iabtechlabtcf/core and checked per purpose, consent AND legitimate interest: a denied purpose has neither,
 * an allowed one has consent. Also: the extension's result is done, verified and without violation, the
 * banner is not visible at the end and (Chromium) was visible in no animation frame. consentmanager.net and
 * Sirdata, answered through their settings views, are in consent-tcf-ui.test.ts.
 */
const MIXED: PurposeChoices = { ...ALL_DENIED, analytics: true, personalization: true };
const CHOICES: [string, PurposeChoices][] = [['all denied', ALL_DENIED], ['all allowed', ALL_ALLOWED], ['mixed', MIXED]];

interface Fixture {
  name: string;
  url: string;
  /** The TC string the manager stored, from the page's storage (null until it has stored one). */
  tcString: (s: SiteStorage) => string | null;
  /** Selectors of the banner (visible = failure at the end, and in any frame in Chromium). */
  banner: string[];
}

const FIXTURES: Fixture[] = [
  {
    name: 'InMobi (Quantcast) Choice',
    url: 'http://quantcast.example.co.uk/',
    tcString: ({ cookies }) => cookies['euconsent-v2'] ?? null,
    banner: ['#qc-cmp2-ui', '#qc-cmp2-container .qc-cmp-cleanslate'],
  },
];

function run(browserName: BrowserName, fixtures: Fixture[]) {
  describe(`TCF consent managers (more, b): ${browserName}`, () => {
    const site = siteBrowser(browserName, fixtures.flatMap((f) => f.banner));

    for (const fixture of fixtures) {
      for (const [label, choices] of CHOICES) {
        it(`${fixture.name}: ${label}`, async () => {
          const { page, result } = await visitWithChoices(site.browser, fixture.url, choices);
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
// Firefox: a click-driven manager (two views, LI objections); consent-tcf-ui samples Sirdata and ncmp there.
run('firefox', FIXTURES);
