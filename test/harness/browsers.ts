import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext, type Page as PwPage } from 'playwright-core';
import puppeteer, { type Browser as PpBrowser, type Page as PpPage } from 'puppeteer-core';
import { ROOT } from './site-server';

/** The builds under test; CK_EXTENSION_OUTPUT points elsewhere when others rebuild .output at the same time. */
const OUTPUT_DIR = process.env.CK_EXTENSION_OUTPUT ?? path.join(ROOT, '.output');
export const CHROME_DIR = path.join(OUTPUT_DIR, 'chrome-mv3');
export const FIREFOX_DIR = path.join(OUTPUT_DIR, 'firefox-mv3');
export const GECKO_ID = 'consent-keeper@consentkeeper.org';
/** Fixed so tests (and `npm start`) can open the extension's pages in Firefox. */
export const FIREFOX_UUID = '6d1e4a4c-7b1f-4f55-9d5e-0c0a7a1c0e11';
export const ARTIFACTS = path.join(ROOT, 'test-results');

export type BrowserName = 'chromium' | 'firefox';

/**
 * The few page operations the end-to-end tests share, over Playwright (Chromium) and Puppeteer (Firefox),
 * so one test body runs in both browsers. `raw` is the native page for anything else.
 */
export interface TestPage {
  goto(url: string): Promise<void>;
  evaluate<R, A = undefined>(fn: (arg: A) => R | Promise<R>, arg?: A): Promise<R>;
  waitFor<A = undefined>(fn: (arg: A) => unknown, arg?: A, timeoutMs?: number): Promise<void>;
  click(selector: string): Promise<void>;
  setInputFiles(selector: string, file: string): Promise<void>;
  screenshot(name: string): Promise<string>;
  /** Runs a script file's source in the page, past the page's CSP (as devtools do): axe-core on extension pages. */
  injectScript(file: string): Promise<void>;
  setViewport(width: number, height: number): Promise<void>;
  /** A key as a keyboard user presses it ('Tab', 'Space', 'Enter'), in the page brought to the front first. */
  press(key: string): Promise<void>;
  url(): string;
  close(): Promise<void>;
}

export interface TestBrowser {
  name: BrowserName;
  /** `chrome-extension://ID/` or `moz-extension://UUID/`. */
  extensionBase: string;
  newPage(): Promise<TestPage>;
  close(): Promise<void>;
}

export interface LaunchOptions {
  proxy?: string;
  /** UI language for the browser and so for the extension's `_locales` (Chromium: --lang). */
  locale?: 'en' | 'fr';
  headless?: boolean;
  extensionDir?: string;
}

function screenshotPath(browser: BrowserName, name: string): string {
  fs.mkdirSync(ARTIFACTS, { recursive: true });
  return path.join(ARTIFACTS, `${browser}-${name}.png`);
}

function wrapPlaywright(page: PwPage): TestPage {
  return {
    goto: async (url) => void (await page.goto(url, { waitUntil: 'load' })),
    evaluate: (fn, arg) => page.evaluate(fn as never, arg) as never,
    waitFor: async (fn, arg, timeout = 10_000) => void (await page.waitForFunction(fn as never, arg, { timeout })),
    click: (selector) => page.click(selector),
    setInputFiles: (selector, file) => page.setInputFiles(selector, file),
    screenshot: async (name) => {
      const file = screenshotPath('chromium', name);
      await page.screenshot({ path: file, fullPage: true });
      return file;
    },
    injectScript: async (file) => void (await page.evaluate(fs.readFileSync(file, 'utf8'))),
    setViewport: (width, height) => page.setViewportSize({ width, height }),
    press: async (key) => {
      await page.bringToFront();
      await page.keyboard.press(key);
    },
    url: () => page.url(),
    close: () => page.close(),
  };
}

/** Polls the page's own idea of where it is: after a switch to the extension process Puppeteer's frame tracking is stale. */
async function settleAt(page: PpPage, url: string, timeoutMs = 15_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const state = await page.evaluate(() => [location.href, document.readyState]).catch(() => null);
    if (state && state[0] === url && state[1] === 'complete') return;
    if (Date.now() > deadline) throw new Error(`page did not load ${url} (at ${state?.[0]})`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

function wrapPuppeteer(page: PpPage): TestPage {
  return {
    goto: async (url) => {
      if (!url.startsWith('moz-extension:')) return void (await page.goto(url, { waitUntil: 'load' }));
      // Firefox loads extension pages in another process; BiDi reports the old frame as detached.
      void page.goto(url).catch(() => {});
      await settleAt(page, url);
    },
    evaluate: (fn, arg) => page.evaluate(fn as never, arg) as never,
    waitFor: async (fn, arg, timeout = 10_000) => void (await page.waitForFunction(fn as never, { timeout }, arg)),
    click: (selector) => page.click(selector),
    setInputFiles: async (selector, file) => {
      const input = await page.$(selector);
      if (!input) throw new Error(`no ${selector}`);
      await (input as unknown as { uploadFile(f: string): Promise<void> }).uploadFile(file);
    },
    screenshot: async (name) => {
      const file = screenshotPath('firefox', name);
      await page.screenshot({ path: file as `${string}.png`, fullPage: true });
      return file;
    },
    injectScript: async (file) => void (await page.evaluate(fs.readFileSync(file, 'utf8'))),
    setViewport: (width, height) => page.setViewport({ width, height }),
    // Puppeteer names the space bar ' ', Playwright 'Space'.
    press: async (key) => {
      await page.bringToFront();
      await page.keyboard.press((key === 'Space' ? ' ' : key) as never);
    },
    url: () => page.url(),
    close: () => page.close(),
  };
}

export async function launchChromium(options: LaunchOptions = {}): Promise<TestBrowser & { context: BrowserContext }> {
  const dir = options.extensionDir ?? CHROME_DIR;
  const userDataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'ck-chromium-'));
  const args = [
    `--disable-extensions-except=${dir}`,
    `--load-extension=${dir}`,
    // Several consent managers hide from automation.
    '--disable-blink-features=AutomationControlled',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--disable-quic',
    `--lang=${options.locale ?? 'en'}`,
  ];
  if (options.headless !== false) args.unshift('--headless=new');
  if (process.getuid?.() === 0) args.push('--no-sandbox');
  if (options.proxy) args.push(`--proxy-server=${options.proxy}`, '--proxy-bypass-list=<-loopback>');
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: false, // headless is chosen by --headless=new above: the old headless mode cannot load extensions.
    args,
    locale: options.locale === 'fr' ? 'fr-FR' : 'en-US',
    viewport: { width: 1100, height: 800 },
    env: { ...process.env, LANGUAGE: options.locale ?? 'en' },
  });
  let [worker] = context.serviceWorkers();
  worker ??= await context.waitForEvent('serviceworker', { timeout: 30_000 });
  const extensionId = new URL(worker.url()).host;
  // Close the first-run tab the extension opens so each test starts from a known set of pages.
  for (const page of context.pages()) if (page.url().startsWith('chrome-extension://')) await page.close();
  return {
    name: 'chromium',
    context,
    extensionBase: `chrome-extension://${extensionId}/`,
    newPage: async () => wrapPlaywright(await context.newPage()),
    close: async () => {
      await context.close();
      fs.rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}

export async function launchFirefox(options: LaunchOptions = {}): Promise<TestBrowser & { browser: PpBrowser }> {
  const dir = options.extensionDir ?? FIREFOX_DIR;
  const prefs: Record<string, unknown> = {
    'xpinstall.signatures.required': false,
    'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: FIREFOX_UUID }),
    // Let the extension's host permissions stand without a prompt, as after a store install.
    'extensions.originControls.grantByDefault': true,
    'intl.locale.requested': options.locale === 'fr' ? 'fr' : 'en-US',
    'datareporting.policy.dataSubmissionEnabled': false,
    'browser.shell.checkDefaultBrowser': false,
  };
  if (options.proxy) {
    const { hostname, port } = new URL(options.proxy);
    Object.assign(prefs, {
      'network.proxy.type': 1,
      'network.proxy.http': hostname,
      'network.proxy.http_port': Number(port),
      'network.proxy.no_proxies_on': '',
      'network.proxy.allow_hijacking_localhost': true,
    });
  }
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr',
    headless: options.headless !== false,
    extraPrefsFirefox: prefs,
    // WebDriver BiDi refuses to navigate to moz-extension:// pages without it; the tests open the popup and options.
    args: ['--remote-allow-system-access'],
    defaultViewport: { width: 1100, height: 800 },
  });
  await browser.installExtension(dir);
  // Close the first-run tab, as in Chromium.
  await new Promise((r) => setTimeout(r, 500));
  for (const page of await browser.pages()) if (page.url().startsWith('moz-extension://')) await page.close();
  return {
    name: 'firefox',
    browser,
    extensionBase: `moz-extension://${FIREFOX_UUID}/`,
    newPage: async () => wrapPuppeteer(await browser.newPage()),
    close: () => browser.close(),
  };
}

export function launch(name: BrowserName, options: LaunchOptions = {}): Promise<TestBrowser> {
  return name === 'chromium' ? launchChromium(options) : launchFirefox(options);
}
