import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TCString } from '@iabtechlabtcf/core';
import type { BrowserContext } from 'playwright-core';
import { launch, type BrowserName, type TestBrowser, type TestPage } from '../harness/browsers';
import { startSiteServer, type SiteServer } from '../harness/site-server';
import type { PurposeChoices, PurposeOrNecessary } from '../../utils/settings/purposes';
import { ALL_ALLOWED, ALL_DENIED, resultFor, setChoices } from './consent-engine-helpers';
import { resetSite } from './consent-site-helpers';

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
  /** The TC string the manager stored, read from the page (null until it has stored one). */
  tcString: (page: TestPage) => Promise<string | null>;
  /** Selectors of the banner (visible = failure at the end, and in any frame in Chromium). */
  banner: string[];
  /** A manager whose rule refuses mixed choices: the banner is left to the person, nothing stored. */
  refusesMixed?: boolean;
}

function cookieIn(page: TestPage, name: string): Promise<string | null> {
  return page.evaluate((n) => {
    const m = document.cookie.match(new RegExp('(?:^|; )' + n + '=([^;]*)'));
    return m ? m[1]! : null;
  }, name);
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
    tcString: (page) => cookieIn(page, 'euconsent-v2'),
    banner: ['#qc-cmp2-ui', '#qc-cmp2-container .qc-cmp-cleanslate'],
  },
  {
    name: 'consentmanager.net',
    url: 'http://consentmanager.example.de/',
    tcString: (page) => cookieIn(page, '__cmpconsentx12345'),
    banner: ['#cmpbox', '#cmpbox2'],
  },
  {
    name: 'Sirdata',
    url: 'http://sirdata.example.fr/',
    tcString: (page) => cookieIn(page, 'euconsent-v2'),
    banner: ['#sd-cmp [role=dialog]'],
    refusesMixed: true,
  },
];

function anyVisible(selectors: string[]): boolean {
  return selectors.some((sel) =>
    Array.from(document.querySelectorAll(sel)).some((el) => {
      if (!el.isConnected || el.getClientRects().length === 0) return false;
      for (let node: Element | null = el; node; node = node.parentElement) {
        const style = getComputedStyle(node);
        if (style.display === 'none' || style.visibility === 'hidden' || Number(style.opacity) === 0) return false;
      }
      return true;
    }),
  );
}

/** Before the page's scripts (Chromium): frames in which a banner was present, and visible. */
function frameSampler(selectors: string[]): void {
  const visible = (el: Element): boolean => {
    if (el.getClientRects().length === 0) return false;
    for (let node: Element | null = el; node; node = node.parentElement) {
      const style = getComputedStyle(node);
      if (style.display === 'none' || style.visibility === 'hidden' || Number(style.opacity) === 0) return false;
    }
    return true;
  };
  const frames = { visible: 0, present: 0 };
  (window as unknown as { __ckFrames: typeof frames }).__ckFrames = frames;
  const sample = () => {
    const found = selectors.flatMap((sel) => Array.from(document.querySelectorAll(sel)));
    if (found.length) frames.present++;
    if (found.some(visible)) frames.visible++;
    requestAnimationFrame(sample);
  };
  requestAnimationFrame(sample);
}

function run(browserName: BrowserName, fixtures: Fixture[]) {
  describe(`TCF consent managers (more, b): ${browserName}`, () => {
    let server: SiteServer;
    let browser: TestBrowser;
    let n = 0;

    beforeAll(async () => {
      server = await startSiteServer();
      browser = await launch(browserName, { proxy: server.proxy });
      const context = (browser as Partial<TestBrowser & { context: BrowserContext }>).context;
      await context?.addInitScript(frameSampler, fixtures.flatMap((f) => f.banner));
    });
    afterAll(async () => {
      await browser?.close();
      await server?.close();
    });

    for (const fixture of fixtures) {
      for (const [label, choices] of CHOICES) {
        it(`${fixture.name}: ${label}`, async () => {
          await setChoices(browser, choices);
          const page = await browser.newPage();
          await resetSite(page, fixture.url);
          const tag = `run=${browserName}-${Date.now()}-${n++}`;
          await page.goto(`${fixture.url}?${tag}`);
          const result = await resultFor(browser, tag, 15_000);
          if (fixture.refusesMixed && label === 'mixed') {
            expect(result).toMatchObject({ outcome: 'refused', reason: 'mixed-without-custom' });
            await new Promise((r) => setTimeout(r, 300));
            expect(await fixture.tcString(page), 'nothing stored').toBeNull();
            expect(await page.evaluate(anyVisible, fixture.banner), 'banner left to the person').toBe(true);
            await page.close();
            return;
          }
          let tc: string | null = null;
          for (let i = 0; i < 20 && !tc; i++) {
            tc = await fixture.tcString(page);
            if (!tc) await new Promise((r) => setTimeout(r, 100));
          }
          expect(result, JSON.stringify(result)).toMatchObject({ outcome: 'done', verified: true, violation: false });
          expect(tc, 'TC string stored').toBeTruthy();
          expectTcf(tc!, choices);
          expect(await page.evaluate(anyVisible, fixture.banner), 'banner visible at the end').toBe(false);
          if (browserName === 'chromium') {
            const frames = await page.evaluate(() => (window as unknown as { __ckFrames: { visible: number; present: number } }).__ckFrames);
            expect(frames.present, 'the manager did show its banner').toBeGreaterThan(0);
            expect(frames.visible, 'frames in which the banner was visible').toBe(0);
          }
          await page.close();
        });
      }
    }
  });
}

run('chromium', FIXTURES);
// Firefox: a click-driven manager (two views, LI objections) and one answered from the main world.
run('firefox', FIXTURES.filter((f) => f.name.startsWith('InMobi') || f.name === 'Sirdata'));
