import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, type TestBrowser } from '../harness/browsers';
import { startSiteServer, type SiteServer } from '../harness/site-server';
import { ALL_DENIED, MIXED, pageState, expectPopupFollowsPage, expectPrehideEndsWithWatch, resultFor, setChoices, storedPurposes } from './consent-engine-helpers';

/** The same engine in Firefox (MV3, main-world calls through scripting.executeScript): a subset of the Chromium file. */
describe('consent engine: firefox', () => {
  let server: SiteServer;
  let browser: TestBrowser;
  let n = 0;

  beforeAll(async () => {
    server = await startSiteServer();
    browser = await launch('firefox', { proxy: server.proxy });
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  async function run(query: string) {
    const tag = `t=${Date.now()}-${n++}`;
    const page = await browser.newPage();
    await page.goto(`http://engine.test/?always=1&${query}&${tag}`);
    const result = await resultFor(browser, tag);
    return { page, result, state: await pageState(page) };
  }

  it('all denied: rejects through a main-world call, verified, never visible', async () => {
    await setChoices(browser, ALL_DENIED);
    const { page, result, state } = await run('x=1');
    expect(result).toMatchObject({ outcome: 'done', action: 'rejectAll', verified: true, violation: false });
    expect(storedPurposes(state.stored)).toEqual({ analytics: false, ads: false, social: false });
    expect(state.frames.present).toBeGreaterThan(0);
    expect(state.frames.visible).toBe(0);
    await page.close();
  });

  it('mixed, in a shadow root: sets each toggle and saves', async () => {
    await setChoices(browser, MIXED);
    const { page, result, state } = await run('shadow=1');
    expect(result).toMatchObject({ outcome: 'done', action: 'custom', verified: true });
    expect(storedPurposes(state.stored)).toEqual({ analytics: true, ads: false, social: false });
    expect(state.frames.visible).toBe(0);
    await page.close();
  });

  it('prehides a known manager\'s elements while watching, and nothing once the watch has ended', async () => {
    await setChoices(browser, ALL_DENIED);
    await expectPrehideEndsWithWatch(browser);
  });

  it('the popup and the badge show what was answered on the tab\'s page, still after an in-page navigation, and no longer on the next page', async () => {
    await setChoices(browser, ALL_DENIED);
    const { page } = await run('x=1');
    await expectPopupFollowsPage(browser, page);
    await page.close();
  });

  it('refuses an all-or-nothing banner with mixed choices', async () => {
    await setChoices(browser, MIXED);
    const { page, result, state } = await run('aon=1');
    expect(result).toMatchObject({ outcome: 'refused' });
    expect(state.cmpClicks).toEqual([]);
    await page.close();
  });
});
