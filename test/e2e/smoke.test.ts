import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import { launch, type BrowserName, type TestBrowser } from '../harness/browsers';
import { SITES_DIR, startSiteServer, type SiteServer } from '../harness/site-server';

for (const name of ['chromium', 'firefox'] as BrowserName[]) {
  describe(`smoke: ${name}`, () => {
    let server: SiteServer;
    let browser: TestBrowser;
    beforeAll(async () => {
      server = await startSiteServer();
      browser = await launch(name, { proxy: server.proxy });
    });
    afterAll(async () => {
      await browser?.close();
      await server?.close();
    });
    it('serves a test site by host name and loads the options page', async () => {
      const page = await browser.newPage();
      await page.goto('http://smoke.example.com/');
      expect(await page.evaluate(() => document.title)).toBe('smoke');
      await page.goto(browser.extensionBase + 'options.html');
      expect(await page.evaluate(() => document.querySelector('h1')?.textContent)).toBe('Consent Keeper');
    });
  });
}
