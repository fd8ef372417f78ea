import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Frame } from 'playwright-core';
import { launchChromium, type TestBrowser } from '../harness/browsers';
import { startSiteServer, type SiteServer } from '../harness/site-server';
import type { BrowserContext } from 'playwright-core';
import { ALL_ALLOWED, ALL_DENIED, MIXED, consentLog, pageState, expectPopupFollowsPage, expectPrehideEndsWithWatch, resultFor, setChoices, storedPurposes } from './consent-engine-helpers';

/**
 * The consent engine in real Chromium on its synthetic manager (test/fixtures/sites/engine.test): every
 * answer, no flash (the page's own frame sampler counts frames where the banner is visible), late, shadow,
 * cross-origin-frame and single-page-app banners, pages where nothing may be clicked.
 */
describe('consent engine: chromium', () => {
  let server: SiteServer;
  let browser: TestBrowser & { context: BrowserContext };
  let n = 0;
  const unique = () => `t=${Date.now()}-${n++}`;

  beforeAll(async () => {
    server = await startSiteServer();
    browser = await launchChromium({ proxy: server.proxy });
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  async function open(query: string) {
    const tag = unique();
    const page = await browser.newPage();
    await page.goto(`http://engine.test/?always=1&${query}&${tag}`);
    return { page, tag };
  }

  it('all denied: rejects through the manager’s API, verifies, and the banner is never seen', async () => {
    await setChoices(browser, ALL_DENIED);
    const { page, tag } = await open('x=1');
    const result = await resultFor(browser, tag);
    const state = await pageState(page);
    expect(storedPurposes(state.stored)).toEqual({ analytics: false, ads: false, social: false });
    expect(result).toMatchObject({ outcome: 'done', action: 'rejectAll', verified: true, violation: false, frame: 'top' });
    expect(result.manager).toEqual({ id: 'engine-test', name: 'Engine test CMP' });
    expect(result.purposes.map((p) => [p.purpose, p.wanted, p.stored])).toEqual([
      ['analytics', false, false],
      ['advertising', false, false],
      ['social', false, false],
    ]);
    expect(state.frames.present).toBeGreaterThan(0);
    expect(state.frames.visible).toBe(0);
    expect(state.overflow).toBe('');
    await page.close();
  });

  it('all denied without an API: clicks "reject all" inside the banner', async () => {
    await setChoices(browser, ALL_DENIED);
    const { page, tag } = await open('noapi=1');
    const result = await resultFor(browser, tag);
    const state = await pageState(page);
    expect(state.cmpClicks).toEqual(['eb-reject']);
    expect(storedPurposes(state.stored)).toEqual({ analytics: false, ads: false, social: false });
    expect(result).toMatchObject({ outcome: 'done', verified: true });
    expect(state.frames.visible).toBe(0);
    await page.close();
  });

  it('all allowed: accepts', async () => {
    await setChoices(browser, ALL_ALLOWED);
    const { page, tag } = await open('x=1');
    const result = await resultFor(browser, tag);
    const state = await pageState(page);
    expect(storedPurposes(state.stored)).toEqual({ analytics: true, ads: true, social: true });
    expect(result).toMatchObject({ outcome: 'done', action: 'acceptAll', verified: true });
    expect(state.frames.visible).toBe(0);
    await page.close();
  });

  it('mixed: opens the settings, sets each toggle by purpose, saves', async () => {
    await setChoices(browser, MIXED);
    const { page, tag } = await open('x=1');
    const result = await resultFor(browser, tag);
    const state = await pageState(page);
    expect(storedPurposes(state.stored)).toEqual({ analytics: true, ads: false, social: false });
    expect(state.cmpClicks[0]).toBe('eb-settings');
    expect(state.cmpClicks.at(-1)).toBe('eb-save');
    expect(result).toMatchObject({ outcome: 'done', action: 'custom', verified: true, violation: false });
    expect(state.frames.visible).toBe(0);
    await page.close();
  });

  it('says so loudly when the manager grants a purpose the person denied', async () => {
    await setChoices(browser, ALL_DENIED);
    const { page, tag } = await open('cheat=1');
    const result = await resultFor(browser, tag);
    expect(result.violation).toBe(true);
    expect(result.verified).toBe(false);
    expect(result.purposes.find((p) => p.purpose === 'advertising')).toEqual({ purpose: 'advertising', wanted: false, stored: true, ok: false });
    await page.close();
  });

  it('refuses an all-or-nothing banner when choices are mixed, and leaves it to the person', async () => {
    await setChoices(browser, MIXED);
    const { page, tag } = await open('aon=1');
    const result = await resultFor(browser, tag);
    expect(result).toMatchObject({ outcome: 'refused', reason: 'mixed-without-custom', action: null });
    await page.waitFor(() => (window as unknown as { __bannerFrames: { visible: number } }).__bannerFrames.visible > 0);
    const state = await pageState(page);
    expect(state.cmpClicks).toEqual([]);
    expect(state.stored).toBeNull();
    await page.close();
  });

  it('catches a banner that appears 3 s after load, without a visible frame', async () => {
    await setChoices(browser, ALL_DENIED);
    const { page, tag } = await open('delay=3000');
    const result = await resultFor(browser, tag, 15_000);
    const state = await pageState(page);
    expect(result).toMatchObject({ outcome: 'done', verified: true });
    expect(result.ms).toBeGreaterThan(3000);
    expect(state.frames.present).toBeGreaterThan(0);
    expect(state.frames.visible).toBe(0);
    await page.close();
  });

  // A page that changes every frame is watched only at <body>'s children once loaded: a banner added there is
  // caught as it comes; one put deep inside the page, at the watch's last look (5 s after load), unseen meanwhile.
  for (const [where, query, [fromMs, toMs]] of [
    ['added to <body>', 'busy=1&delay=2000', [2000, 4500]],
    ['put deep inside the busy page', 'busy=1&deep=1&delay=2000', [4500, 15_000]],
  ] as const) {
    it(`on a page that changes every frame, answers a banner ${where} 2 s after load, unseen`, async () => {
      await setChoices(browser, ALL_DENIED);
      const { page, tag } = await open(query);
      const result = await resultFor(browser, tag, 15_000);
      const state = await pageState(page);
      expect(result).toMatchObject({ outcome: 'done', verified: true });
      expect(result.ms).toBeGreaterThan(fromMs);
      expect(result.ms).toBeLessThan(toMs);
      expect(storedPurposes(state.stored)).toEqual({ analytics: false, ads: false, social: false });
      expect(state.frames.present).toBeGreaterThan(0);
      expect(state.frames.visible).toBe(0);
      await page.close();
    });
  }

  it('catches a banner already in the HTML that its script shows 4 s after load (past the 3 s show wait)', async () => {
    await setChoices(browser, MIXED);
    const tag = unique();
    const page = await browser.newPage();
    await page.goto(`http://engine.test/late.html?always=1&delay=4000&${tag}`);
    const result = await resultFor(browser, tag, 20_000);
    const state = await pageState(page);
    expect(result).toMatchObject({ outcome: 'done', action: 'custom', verified: true, violation: false });
    expect(result.ms).toBeGreaterThan(4000);
    expect(storedPurposes(state.stored)).toEqual({ analytics: true, ads: false, social: false });
    expect(state.frames.present).toBeGreaterThan(0);
    expect(state.frames.visible).toBe(0);
    await page.close();
  });

  it('answers a banner inside an open shadow root', async () => {
    await setChoices(browser, MIXED);
    const { page, tag } = await open('shadow=1');
    const result = await resultFor(browser, tag);
    const state = await pageState(page);
    expect(storedPurposes(state.stored)).toEqual({ analytics: true, ads: false, social: false });
    expect(result).toMatchObject({ outcome: 'done', action: 'custom', verified: true });
    expect(state.frames.present).toBeGreaterThan(0);
    expect(state.frames.visible).toBe(0);
    await page.close();
  });

  it('answers a banner in a cross-origin iframe', async () => {
    await setChoices(browser, ALL_DENIED);
    const pw = await browser.context.newPage();
    await pw.goto(`http://engine.test/iframe.html?${unique()}`, { waitUntil: 'load' });
    const result = await resultFor(browser, 'cmp.engine.test/banner.html');
    const frame = pw.frames().find((f: Frame) => f.url().includes('cmp.engine.test'))!;
    const state = await frame.evaluate(() => ({
      stored: localStorage.getItem('enginecmp'),
      frames: (window as unknown as { __bannerFrames: { visible: number; present: number } }).__bannerFrames,
    }));
    expect(result).toMatchObject({ outcome: 'done', frame: 'sub', verified: true });
    expect(JSON.parse(state.stored!)).toMatchObject({ analytics: false, ads: false, social: false });
    expect(state.frames.visible).toBe(0);
    await pw.close();
  });

  it('watches again after a single-page-app navigation, once the first watch has ended', async () => {
    await setChoices(browser, ALL_DENIED);
    const tag = unique();
    const page = await browser.newPage();
    await page.goto(`http://engine.test/spa.html?always=1&spa=1&${tag}`);
    // Past the watch that followed the load event.
    await new Promise((r) => setTimeout(r, 6_500));
    await page.evaluate(() => (window as unknown as { goNext(): void }).goNext());
    const result = await resultFor(browser, '/spa/next');
    const state = await pageState(page);
    expect(result).toMatchObject({ outcome: 'done', verified: true });
    expect(state.frames.present).toBeGreaterThan(0);
    expect(state.frames.visible).toBe(0);
    await page.close();
  });

  it('clicks and hides nothing on a page about cookies that has no consent banner', async () => {
    await setChoices(browser, ALL_DENIED);
    const tag = unique();
    const page = await browser.newPage();
    await page.goto(`http://engine.test/plain.html?${tag}`);
    await new Promise((r) => setTimeout(r, 1_500));
    const state = await page.evaluate(() => ({
      clicks: (window as unknown as { __clicks: string[] }).__clicks,
      voteShown: getComputedStyle(document.getElementById('vote')!).opacity === '1',
    }));
    expect(state).toEqual({ clicks: [], voteShown: true });
    expect((await consentLog(browser)).some((e) => e.url.includes(tag))).toBe(false);
    await page.close();
  });

  it('prehides a known manager\'s elements while watching, and nothing once the watch has ended', async () => {
    await setChoices(browser, ALL_DENIED);
    await expectPrehideEndsWithWatch(browser);
  });

  it('the popup and the badge show what was answered on the tab\'s page, still after an in-page navigation, and no longer on the next page', async () => {
    await setChoices(browser, ALL_DENIED);
    const { page, tag } = await open('x=1');
    await resultFor(browser, tag);
    await expectPopupFollowsPage(browser, page);
    await page.close();
  });

  it('leaves the banner alone, visible, on a paused site (and the frame sampler sees it)', async () => {
    await setChoices(browser, ALL_DENIED, { 'engine.test': { paused: true } });
    const { page } = await open('x=1');
    await page.waitFor(() => (window as unknown as { __bannerFrames: { visible: number } }).__bannerFrames.visible > 3);
    const state = await pageState(page);
    expect(state.stored).toBeNull();
    expect(state.bannerInDom).toBe(true);
    await page.close();
  });
});
