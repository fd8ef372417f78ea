import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TCString } from '@iabtechlabtcf/core';
import { launch, type BrowserName, type TestBrowser, type TestPage } from '../harness/browsers';
import { startSiteServer, type SiteServer } from '../harness/site-server';
import type { ConsentLogEntry } from '../../utils/consent/result-schema';
import type { PurposeChoices, PurposeOrNecessary } from '../../utils/settings/purposes';
import { ALL_ALLOWED, ALL_DENIED, consentLog } from './consent-engine-helpers';
import { bannerVisibleNow, expectBannerNeverSeen, expectReopenedLeftAlone, readSiteStorage, sampleBanners, storedAnswer, visitWithChoices } from './consent-site-helpers';

/**
 * Sourcepoint end to end (test/fixtures/sites/sourcepoint.example.co.uk, its message and privacy manager in an
 * iframe from cdn.privacy-mgmt.test): all denied, all allowed and mixed choices. The TC string the page stored
 * is decoded here with @iabtechlabtcf/core, independently of the rules, and checked per purpose for consent
 * and legitimate interest; the container is never visible (Chromium, every animation frame) and nothing of the
 * message, nor its scroll lock, is left behind.
 */
const URL_ = 'http://sourcepoint.example.co.uk/';
const CONTAINER = ['div[id^="sp_message_container_"]', 'iframe[id^="sp_message_iframe_"]'];
const MIXED: PurposeChoices = { ...ALL_DENIED, analytics: true, social: true };
/** TCF v2.2 purposes as this test reads them (not the rules' map): 1 is storage, needed by every other. */
const PURPOSE_OF: Record<number, PurposeOrNecessary> = {
  1: 'necessary', 2: 'advertising', 3: 'advertising', 4: 'advertising', 5: 'personalization', 6: 'personalization',
  7: 'advertising', 8: 'analytics', 9: 'analytics', 10: 'other', 11: 'personalization',
};
/** Purposes a CMP may process under legitimate interest (TCF policy v2.2). */
const LI_ALLOWED = [2, 7, 8, 9, 10, 11];

interface Signals { consent: boolean; li: boolean }

function signals(tc: string): Record<number, Signals> {
  const model = TCString.decode(tc);
  return Object.fromEntries(
    Object.keys(PURPOSE_OF).map((p) => [Number(p), { consent: model.purposeConsents.has(Number(p)), li: model.purposeLegitimateInterests.has(Number(p)) }]),
  );
}

/** What each purpose must say: the person's choice for consent, and for legitimate interest where the TCF allows it. */
function expected(choices: PurposeChoices): Record<number, Signals> {
  const anyAllowed = Object.values(PURPOSE_OF).some((t) => t !== 'necessary' && choices[t]);
  return Object.fromEntries(
    Object.entries(PURPOSE_OF).map(([p, target]) => {
      const wanted = target === 'necessary' ? anyAllowed : choices[target];
      return [Number(p), { consent: wanted, li: wanted && LI_ALLOWED.includes(Number(p)) }];
    }),
  );
}

const tcfApiString = (page: TestPage) =>
  page.evaluate(() => new Promise<string | null>((resolve) => {
    const api = (window as unknown as { __tcfapi: (c: string, v: number, cb: (d: { tcString?: string } | null, ok: boolean) => void) => void }).__tcfapi;
    api('getTCData', 2, (d, ok) => resolve(ok && d?.tcString ? d.tcString : null));
  }));

function run(browserName: BrowserName, cases: [string, PurposeChoices, ConsentLogEntry['action']][]) {
  describe(`Sourcepoint: ${browserName}`, () => {
    let server: SiteServer;
    let browser: TestBrowser;

    beforeAll(async () => {
      server = await startSiteServer();
      browser = await launch(browserName, { proxy: server.proxy });
      if (browserName === 'chromium') await sampleBanners(browser, CONTAINER);
    });
    afterAll(async () => {
      await browser?.close();
      await server?.close();
    });

    async function visit(choices: PurposeChoices, sites: Record<string, object> = {}, url = URL_) {
      const first = server.requests.length;
      const { page, result } = await visitWithChoices(browser, url, choices, sites);
      const tc = await storedAnswer(page, (s) => s.cookies['euconsent-v2'] ?? null);
      const paths = server.requests.slice(first).map((r) => new URL(r.url)).filter((u) => u.host === 'cdn.privacy-mgmt.test').map((u) => u.pathname);
      return { page, result, tc, paths };
    }

    for (const [label, choices, action] of cases) {
      it(`${label}: per purpose, consent and legitimate interest as chosen; never seen, nothing left behind`, async () => {
        const { page, result, tc, paths } = await visit(choices);
        expect(result, JSON.stringify(result)).toMatchObject({ manager: { id: 'sourcepoint-top' }, frame: 'top', action, outcome: 'done', verified: true, violation: false });
        expect(tc, 'euconsent-v2 stored').not.toBeNull();
        const got = signals(tc!);
        expect(got).toEqual(expected(choices));
        for (const [p, target] of Object.entries(PURPOSE_OF)) {
          if (target !== 'necessary' && !choices[target]) expect(got[Number(p)], `purpose ${p} (${target}) denied: no consent, objected to`).toEqual({ consent: false, li: false });
        }
        // The page's API and Sourcepoint's own record say the same.
        expect(await tcfApiString(page)).toBe(tc);
        const local = (await readSiteStorage(page)).local['_sp_user_consent_31337'];
        expect(JSON.parse(local!).gdpr.euconsent).toBe(tc);
        // Mixed choices go through the privacy manager; all denied and all allowed are one click on the first layer.
        expect(paths.includes('/privacy-manager/index.html'), 'privacy manager opened').toBe(action === 'custom');
        await expectBannerNeverSeen(page, CONTAINER, browserName === 'chromium');
        // The scroll lock the wrapper leaves behind is gone too.
        expect(await page.evaluate(() => ({ lock: document.documentElement.classList.contains('sp-message-open'), overflow: getComputedStyle(document.documentElement).overflow })))
          .toEqual({ lock: false, overflow: 'visible' });
        await page.close();
      });
    }

    if (browserName === 'chromium') {
      it('the page site exception holds in the message frame from another host', async () => {
        // Globally all allowed; this site denies advertising: the frame (cdn.privacy-mgmt.test) must not accept all.
        const { page, result, tc } = await visit(ALL_ALLOWED, { 'example.co.uk': { purposes: { advertising: false } } });
        expect(result, JSON.stringify(result)).toMatchObject({ action: 'custom', outcome: 'done', verified: true, violation: false });
        expect(signals(tc!)).toEqual(expected({ ...ALL_ALLOWED, advertising: false }));
        await page.close();
      });
    }

    // Both browsers: the top rule's repair drives the frame rule in a second frame it opens.
    it('a first-layer reject that keeps legitimate interest is repaired through the privacy manager, still unseen', async () => {
      const { page, result, tc, paths } = await visit(ALL_DENIED, {}, `${URL_}?test_reject=consent`);
      expect(paths, 'the first layer, then the privacy manager').toEqual(expect.arrayContaining(['/index.html', '/privacy-manager/index.html']));
      expect(result, JSON.stringify(result)).toMatchObject({ manager: { id: 'sourcepoint-top' }, action: 'rejectAll', outcome: 'done', verified: true, violation: false });
      expect(signals(tc!)).toEqual(expected(ALL_DENIED));
      expect(await tcfApiString(page)).toBe(tc);
      await expectBannerNeverSeen(page, CONTAINER, browserName === 'chromium');
      expect(await page.evaluate(() => document.querySelector('div[id^="sp_message_container_"]'))).toBeNull();
      await page.close();
    });

    // Both browsers: the frame learns from the tab's URL (sender.tab.url) that its page was answered.
    it('the privacy manager the person reopens ("Privacy settings") is theirs: shown, nothing answered or saved', async () => {
      // Mixed: the first automatic answer goes through the privacy manager itself (a new frame document).
      const { page, result, tc } = await visit(MIXED);
      expect(result, JSON.stringify(result)).toMatchObject({ manager: { id: 'sourcepoint-top' }, outcome: 'done', verified: true });
      const clicked = Date.now();
      await expectReopenedLeftAlone(page, '#privacy-settings', CONTAINER[1]!);
      expect(await bannerVisibleNow(page, [CONTAINER[0]!])).toBe(true);
      expect((await readSiteStorage(page)).cookies['euconsent-v2']).toBe(tc);
      expect((await consentLog(browser)).filter((e) => e.at >= clicked)).toEqual([]);
      await page.close();
    });
  });
}

run('chromium', [['all denied', ALL_DENIED, 'rejectAll'], ['all allowed', ALL_ALLOWED, 'acceptAll'], ['mixed', MIXED, 'custom']]);
// Firefox: the cross-origin frame answering for the page, with mixed choices (its longest path).
run('firefox', [['mixed', MIXED, 'custom']]);
