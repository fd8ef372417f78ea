import { afterAll, beforeAll, expect } from 'vitest';
import type { BrowserContext } from 'playwright-core';
import { launch, type BrowserName, type TestBrowser, type TestPage } from '../harness/browsers';
import { startSiteServer, type SiteServer } from '../harness/site-server';
import type { PurposeChoices, PurposeOrNecessary } from '../../utils/settings/purposes';
import type { ConsentLogEntry } from '../../utils/consent/result-schema';
import { ALL_ALLOWED, ALL_DENIED, resultFor, setChoices } from './consent-engine-helpers';

/**
 * Shared steps of the consent-manager e2e files: a fresh visit to a fixture site with given choices, what
 * the site stored, and whether its banner was ever visible. One copy, so every batch checks the same way.
 */

/** The usual three runs of a manager: all denied, all allowed, and mixed (analytics and social allowed). */
export const CHOICE_SETS: [string, PurposeChoices][] = [
  ['all denied', ALL_DENIED],
  ['all allowed', ALL_ALLOWED],
  ['mixed', { ...ALL_DENIED, analytics: true, social: true }],
];

/**
 * A fixture-site server and one browser for the enclosing describe block (its beforeAll/afterAll); in Chromium
 * every page samples `banners` from its first frame (see expectBannerNeverSeen). Read them inside tests.
 */
export function siteBrowser(browserName: BrowserName, banners: string[]): { readonly server: SiteServer; readonly browser: TestBrowser } {
  const site = {} as { server: SiteServer; browser: TestBrowser };
  beforeAll(async () => {
    site.server = await startSiteServer();
    site.browser = await launch(browserName, { proxy: site.server.proxy });
    if (browserName === 'chromium') await sampleBanners(site.browser, banners);
  });
  afterAll(async () => {
    await site.browser?.close();
    await site.server?.close();
  });
  return site;
}

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

/** Saves the choices (and per-site exceptions), opens the site afresh and waits for the extension's result for this visit. */
export async function visitWithChoices(
  browser: TestBrowser,
  url: string,
  choices: PurposeChoices,
  sites: Record<string, object> = {},
): Promise<{ page: TestPage; result: ConsentLogEntry }> {
  await setChoices(browser, choices, sites);
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
 * transparent, across shadow roots). Else, installed before the page's scripts: counts per animation frame
 * the frames where the banner is present and where it is visible, in `window.__ckBannerFrames`. A selector
 * `host >>> inner` looks inside the open shadow root of `host` (Axeptio, Usercentrics draw there).
 */
export function bannerSampler({ selectors, once }: { selectors: string[]; once: boolean }): boolean {
  const found = (): Element[] =>
    selectors.flatMap((sel) => {
      const [host, inner] = sel.split('>>>').map((x) => x.trim());
      const hosts = Array.from(document.querySelectorAll(host!));
      return inner ? hosts.flatMap((h) => (h.shadowRoot ? Array.from(h.shadowRoot.querySelectorAll(inner)) : [])) : hosts;
    });
  const visible = (el: Element): boolean => {
    if (!el.isConnected || el.getClientRects().length === 0) return false;
    for (let node: Node | null = el; node; node = node.parentNode ?? (node as ShadowRoot).host ?? null) {
      if (node.nodeType !== 1) continue;
      const style = getComputedStyle(node as Element);
      if (style.display === 'none' || style.visibility === 'hidden' || Number(style.opacity) === 0) return false;
    }
    return true;
  };
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

/**
 * Per category of the manager, what it stored is what the person chose: necessary granted, no denied purpose
 * granted. With `absentDenied`, a category the manager left out of its record counts as not granted and
 * necessary ones are not asked (managers that list only what they grant).
 */
export function expectPurposes(
  stored: Record<string, boolean> | null,
  purposeOf: Record<string, PurposeOrNecessary>,
  choices: PurposeChoices,
  { absentDenied = false } = {},
): void {
  expect(stored, 'stored consent').not.toBeNull();
  for (const [category, purpose] of Object.entries(purposeOf)) {
    if (absentDenied && purpose === 'necessary') continue;
    const granted = absentDenied ? (stored![category] ?? false) : stored![category];
    expect(granted, `${category} (${purpose})`).toBe(purpose === 'necessary' || choices[purpose]);
  }
}

/**
 * The banner (`selectors`) is not visible now and, where `sampleBanners` ran (Chromium), some watched banner was
 * shown but visible in no frame. The frame counts cover every selector given to `sampleBanners` (one sampler per
 * browser): a page only ever has its own manager's banner.
 */
export async function expectBannerNeverSeen(page: TestPage, selectors: string[], sampled: boolean): Promise<void> {
  expect(await bannerVisibleNow(page, selectors), 'banner visible at the end').toBe(false);
  if (!sampled) return;
  const frames = await bannerFrames(page);
  expect(frames.present, 'the manager did show its banner').toBeGreaterThan(0);
  expect(frames.visible, 'frames in which the banner was visible').toBe(0);
}

/**
 * Asks a consent manager's cross-origin frame in the page (the first matching `frameSelector`) what the
 * fixture's probe there says: `{ name: 'fixture.visible', pm, visible }` posted back (message.js, prefs.js).
 * Null when there is no such frame or it does not answer.
 */
export function askFrame(page: TestPage, frameSelector: string): Promise<{ pm: boolean; visible: boolean } | null> {
  return page.evaluate((selector) => new Promise<{ pm: boolean; visible: boolean } | null>((resolve) => {
    const frame = document.querySelector<HTMLIFrameElement>(selector)?.contentWindow;
    if (!frame) return resolve(null);
    const onMessage = (e: MessageEvent) => {
      if (e.source !== frame || e.data?.name !== 'fixture.visible') return;
      removeEventListener('message', onMessage);
      resolve({ pm: e.data.pm, visible: e.data.visible });
    };
    addEventListener('message', onMessage);
    frame.postMessage({ name: 'fixture.visible' }, '*');
    setTimeout(() => resolve(null), 500);
  }), frameSelector);
}

/**
 * After the automatic answer, the person reopens the manager's preferences (`opener`, the site's link): the
 * dialog in its frame must be shown within 5 s and stay shown, unanswered, for 2 s. Returns when it has.
 */
export async function expectReopenedLeftAlone(page: TestPage, opener: string, frameSelector: string): Promise<void> {
  await page.click(opener);
  await page.waitFor((selector) => document.querySelector(selector) !== null, frameSelector, 5_000);
  let state = await askFrame(page, frameSelector);
  for (const end = Date.now() + 5_000; !(state?.pm && state.visible) && Date.now() < end; ) state = await askFrame(page, frameSelector);
  expect(state, 'the reopened preferences are seen').toEqual({ pm: true, visible: true });
  for (const end = Date.now() + 2_000; Date.now() < end; ) {
    await new Promise((r) => setTimeout(r, 200));
    expect(await askFrame(page, frameSelector), 'still open and seen').toEqual({ pm: true, visible: true });
  }
}
