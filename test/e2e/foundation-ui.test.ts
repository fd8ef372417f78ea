import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, type BrowserName, type TestBrowser, type TestPage } from '../harness/browsers';
import { startSiteServer, type SiteServer } from '../harness/site-server';
import { axeViolations, choicesFor, readSettings, tabIdOf, tabState, waitContentReady, writeTemp } from '../harness/extension-pages';

/** A plain site (test/fixtures/sites/www.shop-consent.test) whose registrable domain is shop-consent.test. */
const SITE_URL = 'http://www.shop-consent.test/';
const SITE = 'shop-consent.test';

for (const name of ['chromium', 'firefox'] as BrowserName[]) {
  describe(`foundation UI: ${name}`, () => {
    let server: SiteServer;
    let browser: TestBrowser;
    let options: TestPage;
    let site: TestPage;
    let siteTabId: number;

    beforeAll(async () => {
      server = await startSiteServer();
      browser = await launch(name, { proxy: server.proxy });
      options = await browser.newPage();
    });
    afterAll(async () => {
      await browser?.close();
      await server?.close();
    });

    it('installs with everything denied and a first-run page; the choices confirmed there reach the content script', async () => {
      await options.goto(browser.extensionBase + 'options.html#welcome');
      await options.waitFor(() => document.querySelector('#welcome-heading'));
      expect((await readSettings(options))?.onboarded ?? false).toBe(false);
      expect(await options.evaluate(() => [...document.querySelectorAll('[role=switch]')].map((s) => (s as HTMLInputElement).checked))).toEqual(
        [false, false, false, false, false, false],
      );
      await options.click('#purpose-analytics');
      await options.click('#purpose-social');
      await options.click('#welcome button.primary');
      await options.waitFor(() => !document.querySelector('#welcome') && document.querySelector('#global-heading'));
      const stored = await readSettings(options);
      expect(stored?.onboarded).toBe(true);
      expect(stored?.purposes).toEqual({ functional: false, analytics: true, advertising: false, personalization: false, social: true, other: false });

      site = await browser.newPage();
      await site.goto(SITE_URL);
      siteTabId = (await tabIdOf(options, SITE_URL))!;
      expect(siteTabId).toBeTypeOf('number');
      await waitContentReady(options, siteTabId);
      const state = await tabState(options, siteTabId);
      expect(state.url).toBe(SITE_URL);
      expect(state.choices?.site).toBe(SITE);
      expect(state.choices?.purposes).toEqual(stored?.purposes);
    });

    it('refuses a bad settings file with an alert and changes nothing', async () => {
      const before = await readSettings(options);
      for (const [file, text] of [
        ['broken.json', '{"version": 1, "purposes": {'],
        ['types.json', JSON.stringify({ version: 1, purposes: { ...before!.purposes, advertising: 'yes' } })],
      ] as const) {
        await options.evaluate(() => document.querySelector('[role=alert]')?.remove());
        await options.setInputFiles('input[type=file]', writeTemp(file, text));
        await options.waitFor(() => document.querySelector('[role=alert]'));
        expect(await options.evaluate(() => document.querySelector('[role=alert]')!.textContent)).toContain(
          'This file cannot be imported; nothing was changed.',
        );
        expect(await readSettings(options)).toEqual(before);
      }
      // The input is found by its accessible name, as a screen reader announces it.
      expect(await options.evaluate(() => document.querySelector('label[for=settings-import]')?.textContent)).toBe('Import settings');
    });

    it('the popup shows the current site, and pause is what the content script then gets', async () => {
      const popup = await browser.newPage();
      await popup.setViewport(360, 600);
      await popup.goto(`${browser.extensionBase}popup.html?tab=${siteTabId}`);
      await popup.waitFor(() => document.querySelector('#site-heading'));
      expect(await popup.evaluate(() => document.querySelector('#site-heading')!.textContent)).toBe(SITE);
      await popup.screenshot('popup-en');
      await popup.click('button.pause');
      await popup.waitFor(() => document.querySelector('button.pause')?.getAttribute('aria-pressed') === 'true');
      expect((await readSettings(popup))?.sites[SITE]).toEqual({ paused: true });
      await site.goto(SITE_URL);
      await waitContentReady(options, siteTabId);
      expect((await choicesFor(options, SITE_URL)).paused).toBe(true);
      // The options page lists the new exception without a reload.
      await options.waitFor((s) => [...document.querySelectorAll('.domain')].some((d) => d.textContent === s), SITE);
      await popup.screenshot('popup-paused-en');
      await popup.click('button.pause');
      await popup.waitFor(() => document.querySelector('button.pause')?.getAttribute('aria-pressed') === 'false');
      expect((await readSettings(popup))?.sites[SITE]).toBeUndefined();
      expect(await axeViolations(popup)).toEqual([]);
      await popup.close();
    });

    it('the popup says it cannot run on an extension page, and still links to the settings', async () => {
      const ownTab = await tabIdOf(options, options.url());
      const popup = await browser.newPage();
      await popup.setViewport(360, 400);
      await popup.goto(`${browser.extensionBase}popup.html?tab=${ownTab}`);
      await popup.waitFor(() => document.querySelector('#cannot-heading'));
      expect(await popup.evaluate(() => document.querySelector('#cannot-heading')!.textContent)).toMatch(/cannot work on this page/);
      expect(await popup.evaluate(() => document.querySelector('button.pause'))).toBeNull();
      expect(await popup.evaluate(() => [...document.querySelectorAll('button')].map((b) => b.textContent!.trim()))).toContain('Settings');
      await popup.screenshot('popup-cannot-run-en');
      await popup.close();
    });

    it('the global choices work from the keyboard', async () => {
      await options.goto(browser.extensionBase + 'options.html');
      await options.waitFor(() => document.querySelector('#purpose-functional'));
      const before = (await readSettings(options))!.purposes.functional;
      await options.press('Tab');
      expect(await options.evaluate(() => document.activeElement?.id)).toBe('purpose-functional');
      await options.press('Space');
      await options.waitFor((b) => (document.querySelector('#purpose-functional') as HTMLInputElement).checked !== b, before);
      expect((await readSettings(options))!.purposes.functional).toBe(!before);
      await options.press('Space');
      await options.waitFor((b) => (document.querySelector('#purpose-functional') as HTMLInputElement).checked === b, before);
      expect((await readSettings(options))!.purposes.functional).toBe(before);
    });

    it('adds and edits a site exception; the options page has no serious accessibility violations', async () => {
      await options.goto(browser.extensionBase + 'options.html');
      await options.waitFor(() => document.querySelector('#global-heading'));
      await options.evaluate(() => {
        const input = document.querySelector<HTMLInputElement>('#site-add')!;
        input.value = 'https://maps.example.co.uk/place';
        input.dispatchEvent(new Event('input', { bubbles: true }));
        input.form!.requestSubmit();
      });
      await options.waitFor(() => document.querySelector('select[id$="-social"]'));
      await options.evaluate(() => {
        const select = document.querySelector<HTMLSelectElement>('select[id$="-advertising"]')!;
        select.value = 'allow';
        select.dispatchEvent(new Event('change', { bubbles: true }));
      });
      await options.waitFor(() => document.querySelector('.summary')?.textContent === '1 own choice');
      expect((await readSettings(options))?.sites['example.co.uk']).toEqual({ purposes: { advertising: true } });
      await options.screenshot('options-en');
      expect(await axeViolations(options)).toEqual([]);
    });
  });
}
