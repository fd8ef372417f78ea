import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import { launch, type BrowserName, type TestBrowser } from '../harness/browsers';
import { startSiteServer, type SiteServer } from '../harness/site-server';
import { axeViolations, tabIdOf } from '../harness/extension-pages';

const SITE_URL = 'http://www.shop-consent.test/';

/**
 * Firefox speaks French only with its French language pack (Debian: firefox-esr-l10n-fr) beside the binary;
 * Chromium takes its UI language (and so the extension's) from --lang and LANGUAGE.
 */
function firefoxHasFrench(): boolean {
  const binary = fs.realpathSync(process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr');
  const dir = path.join(path.dirname(binary), 'browser/extensions');
  return fs.existsSync(dir) && fs.readdirSync(dir).some((f) => f.startsWith('langpack-fr@'));
}

const SKIP_FIREFOX = !firefoxHasFrench();

for (const name of ['chromium', 'firefox'] as BrowserName[]) {
  describe.skipIf(name === 'firefox' && SKIP_FIREFOX)(`foundation UI in French: ${name}`, () => {
    let server: SiteServer;
    let browser: TestBrowser;
    beforeAll(async () => {
      server = await startSiteServer();
      browser = await launch(name, { proxy: server.proxy, locale: 'fr' });
    });
    afterAll(async () => {
      await browser?.close();
      await server?.close();
    });

    it('shows the options page and the popup in French', async () => {
      const options = await browser.newPage();
      await options.goto(browser.extensionBase + 'options.html#welcome');
      await options.waitFor(() => document.querySelector('#welcome-heading'));
      expect(await options.evaluate(() => document.querySelector('#welcome-heading')!.textContent)).toBe('Bienvenue dans Consent Keeper');
      expect(await options.evaluate(() => document.documentElement.lang)).toMatch(/^fr/);
      expect(await options.evaluate(() => document.querySelector('label[for=settings-import]')!.textContent)).toBe('Importer des réglages');
      await options.screenshot('options-fr');
      expect(await axeViolations(options)).toEqual([]);

      const site = await browser.newPage();
      await site.goto(SITE_URL);
      const tabId = await tabIdOf(options, SITE_URL);
      const popup = await browser.newPage();
      await popup.setViewport(360, 600);
      await popup.goto(`${browser.extensionBase}popup.html?tab=${tabId}`);
      await popup.waitFor(() => document.querySelector('button.pause'));
      expect(await popup.evaluate(() => document.querySelector('button.pause')!.textContent!.trim())).toBe('Mettre en pause sur ce site');
      await popup.screenshot('popup-fr');
    });
  });
}
