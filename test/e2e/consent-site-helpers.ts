import type { BrowserContext } from 'playwright-core';
import type { TestBrowser, TestPage } from '../harness/browsers';
import type { PurposeChoices } from '../../utils/settings/purposes';
import type { ConsentLogEntry } from '../../utils/consent/result-schema';
import { resultFor, setChoices } from './consent-engine-helpers';

/**
 * Shared steps of the consent-manager e2e files: a fresh visit to a fixture site with given choices, what
 * the site stored, and whether its banner was ever visible. One copy, so every batch checks the same way.
 */

/** What the page's scripts see: its cookies (name → raw value) and localStorage. */
export interface SiteStorage {
  cookies: Record<string, string>;
  local: Record<string, string>;
}

export function readSiteStorage(page: TestPage): Promise<SiteStorage> {
  return page.evaluate(() => {
    const cookies: Record<string, string> = {};
    for (const part of document.cookie.split('; ').filter(Boolean)) cookies[part.slice(0, part.indexOf('='))] = part.slice(part.indexOf('=') + 1);
    const local: Record<string, string> = {};
    for (let i = 0; i < localStorage.length; i++) local[localStorage.key(i)!] = localStorage.getItem(localStorage.key(i)!)!;
    return { cookies, local };
  });
}

/** A site's own storage emptied, so its banner shows again. */
export async function resetSite(page: TestPage, url: string): Promise<void> {
  await page.goto(new URL('/__reset', url).href);
  await page.evaluate(() => {
    for (const part of document.cookie.split('; ')) {
      const name = part.split('=')[0];
      if (name) document.cookie = `${name}=; path=/; max-age=0`;
    }
    localStorage.clear();
  });
}

let visits = 0;

/** Saves the choices, opens the site afresh and waits for the extension's result for this visit. */
export async function visitWithChoices(browser: TestBrowser, url: string, choices: PurposeChoices): Promise<{ page: TestPage; result: ConsentLogEntry }> {
  await setChoices(browser, choices);
  const page = await browser.newPage();
  await resetSite(page, url);
  const tag = `run=${Date.now()}-${visits++}`;
  const address = new URL(url);
  address.search += `${address.search ? '&' : ''}${tag}`;
  await page.goto(address.href);
  return { page, result: await resultFor(browser, tag, 15_000) };
}

/** `parse` of the site's storage once it gives an answer (the manager may write just after closing), or null. */
export async function storedAnswer<T>(page: TestPage, parse: (s: SiteStorage) => T | null, timeoutMs = 2_000): Promise<T | null> {
  for (const end = Date.now() + timeoutMs; ; ) {
    const answer = parse(await readSiteStorage(page));
    if (answer !== null || Date.now() > end) return answer;
    await new Promise((r) => setTimeout(r, 100));
  }
}

/**
 * Run in the page. With `once`: whether a banner element is visible now (laid out, no ancestor hidden or
 * transparent). Else, installed before the page's scripts: counts per animation frame the frames where the
 * banner is present and where it is visible, in `window.__ckBannerFrames`.
 */
export function bannerSampler({ selectors, once }: { selectors: string[]; once: boolean }): boolean {
  const visible = (el: Element): boolean => {
    if (!el.isConnected || el.getClientRects().length === 0) return false;
    for (let node: Element | null = el; node; node = node.parentElement) {
      const style = getComputedStyle(node);
      if (style.display === 'none' || style.visibility === 'hidden' || Number(style.opacity) === 0) return false;
    }
    return true;
  };
  const found = () => selectors.flatMap((sel) => Array.from(document.querySelectorAll(sel)));
  if (once) return found().some(visible);
  const frames = { visible: 0, present: 0 };
  (window as unknown as { __ckBannerFrames: typeof frames }).__ckBannerFrames = frames;
  const sample = () => {
    const els = found();
    if (els.length) frames.present++;
    if (els.some(visible)) frames.visible++;
    requestAnimationFrame(sample);
  };
  requestAnimationFrame(sample);
  return false;
}

/** Installs bannerSampler in every page of a Chromium test browser. */
export async function sampleBanners(browser: TestBrowser, selectors: string[]): Promise<void> {
  const context = (browser as Partial<TestBrowser & { context: BrowserContext }>).context;
  if (!context) throw new Error('the visible-frame sampler needs the Chromium test browser');
  await context.addInitScript(bannerSampler, { selectors, once: false });
}

export function bannerFrames(page: TestPage): Promise<{ visible: number; present: number }> {
  return page.evaluate(() => (window as unknown as { __ckBannerFrames: { visible: number; present: number } }).__ckBannerFrames);
}

export function bannerVisibleNow(page: TestPage, selectors: string[]): Promise<boolean> {
  return page.evaluate(bannerSampler, { selectors, once: true });
}
