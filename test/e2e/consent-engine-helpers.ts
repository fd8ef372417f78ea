import { expect } from 'vitest';
import type { TestBrowser, TestPage } from '../harness/browsers';
import { tabIdOf } from '../harness/extension-pages';
import type { ConsentLogEntry } from '../../utils/consent/result-schema';
import type { PurposeChoices } from '../../utils/settings/purposes';

/** Shared by the consent-engine end-to-end tests (Chromium and Firefox). */
export const ALL_DENIED: PurposeChoices = { functional: false, analytics: false, advertising: false, personalization: false, social: false, other: false };
export const ALL_ALLOWED: PurposeChoices = { functional: true, analytics: true, advertising: true, personalization: true, social: true, other: true };
export const MIXED: PurposeChoices = { ...ALL_DENIED, analytics: true };

type Ext = {
  storage: { local: { get(k: string): Promise<Record<string, unknown>>; set(v: object): Promise<void> } };
  action: { getBadgeText(details: { tabId: number }): Promise<string> };
  runtime: { sendMessage(message: object): Promise<unknown> };
};

/** Writes the person's settings through an extension page, as the options page would. */
export async function setChoices(browser: TestBrowser, purposes: PurposeChoices, sites: Record<string, object> = {}): Promise<void> {
  const page = await browser.newPage();
  await page.goto(browser.extensionBase + 'popup.html');
  await page.evaluate(
    (settings) => ((globalThis as unknown as { browser?: Ext; chrome: Ext }).browser ?? (globalThis as unknown as { chrome: Ext }).chrome).storage.local.set({ settings }),
    { version: 1, purposes, sites, onboarded: true },
  );
  await page.close();
}

export async function consentLog(browser: TestBrowser): Promise<ConsentLogEntry[]> {
  const page = await browser.newPage();
  await page.goto(browser.extensionBase + 'popup.html');
  const log = await page.evaluate(async () => {
    const api = (globalThis as unknown as { browser?: Ext; chrome: Ext }).browser ?? (globalThis as unknown as { chrome: Ext }).chrome;
    return ((await api.storage.local.get('consentLog')).consentLog ?? []) as unknown[];
  });
  await page.close();
  return log as ConsentLogEntry[];
}

/** The log entry for a page (matched by a unique part of its URL), waiting for it to arrive. */
export async function resultFor(browser: TestBrowser, urlPart: string, timeoutMs = 10_000): Promise<ConsentLogEntry> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const entry = (await consentLog(browser)).find((e) => e.url.includes(urlPart));
    if (entry) return entry;
    if (Date.now() > deadline) throw new Error(`no consent result for ${urlPart}`);
    await new Promise((r) => setTimeout(r, 250));
  }
}

export interface PageConsentState {
  stored: Record<string, unknown> | null;
  frames: { visible: number; present: number; total: number };
  bannerInDom: boolean;
  overflow: string;
  cmpClicks: string[];
}

/** What the synthetic manager stored, and what the page's frame sampler counted. */
export function pageState(page: TestPage): Promise<PageConsentState> {
  return page.evaluate(() => {
    const w = window as unknown as { __bannerFrames: PageConsentState['frames']; __cmpClicks?: string[] };
    const raw = localStorage.getItem('enginecmp');
    return {
      stored: raw ? (JSON.parse(raw) as Record<string, unknown>) : null,
      frames: w.__bannerFrames,
      bannerInDom: !!document.querySelector('#engine-banner, #engine-host, #aon-banner'),
      overflow: document.body.style.overflow,
      cmpClicks: w.__cmpClicks ?? [],
    };
  });
}

export const storedPurposes = (s: Record<string, unknown> | null) => s && { analytics: s.analytics, ads: s.ads, social: s.social };

/**
 * What the popup shows for the tab at `url` (the consent lines, as text), how many results the background
 * gives it for the tab, and the tab's toolbar badge. The popup is opened on that tab as the toolbar button
 * would (`?tab=`); results arrive as the engine reports, so `lines` waits up to 3 s for at least `atLeast`.
 */
export async function popupFor(browser: TestBrowser, url: string, atLeast = 0): Promise<{ lines: string[]; results: number; badge: string }> {
  const ext = await browser.newPage();
  await ext.goto(browser.extensionBase + 'popup.html');
  const tabId = await tabIdOf(ext, url);
  if (tabId === undefined) throw new Error(`no tab shows ${url}`);
  await ext.goto(`${browser.extensionBase}popup.html?tab=${tabId}`);
  await ext.waitFor(() => document.querySelector('#site-heading'));
  if (atLeast > 0) await ext.waitFor((n) => document.querySelectorAll('.consent [role=status]').length >= n, atLeast, 3_000);
  const shown = await ext.evaluate(async (id) => {
    const api = (globalThis as unknown as { browser?: Ext; chrome: Ext }).browser ?? (globalThis as unknown as { chrome: Ext }).chrome;
    // What the background gives the popup for the tab: with none, the popup has nothing to draw (no waiting on it).
    const given = (await api.runtime.sendMessage({ type: 'get-consent-status', tabId: id })) as unknown[];
    return {
      lines: [...document.querySelectorAll('.consent [role=status]')].map((l) => l.textContent!.replace(/\s+/g, ' ').trim()),
      results: given.length,
      badge: await api.action.getBadgeText({ tabId: id }),
    };
  }, tabId);
  await ext.close();
  return shown;
}

/**
 * On a tab where the engine test CMP was just answered (all denied): the popup and the badge say so, still
 * after an in-page navigation, and no longer once the tab shows another page (one without a banner).
 */
export async function expectPopupFollowsPage(browser: TestBrowser, page: TestPage): Promise<void> {
  const answered = await popupFor(browser, page.url(), 1);
  expect(answered.lines).toEqual([expect.stringMatching(/^Engine test CMP — .*Analytics refused ✓/)]);
  expect(answered.results).toBe(1);
  expect(answered.badge).toBe('✓');
  await page.evaluate(() => history.pushState({}, '', '/somewhere-else-in-the-app'));
  expect(await popupFor(browser, page.url(), 1)).toEqual(answered);
  await page.goto('http://login.example.com/');
  expect(await popupFor(browser, page.url())).toEqual({ lines: [], results: 0, badge: '' });
}

/**
 * The manifest's prehide stylesheet (utils/consent/watch/prehide.ts) hides a known manager's element while
 * the content script watches the page, and nothing once it stops: a manager's panel the person opens later
 * is seen. `#didomi-host` is one of Didomi's prehidden elements, but not what detects Didomi's banner.
 */
export async function expectPrehideEndsWithWatch(browser: TestBrowser): Promise<void> {
  const page = await browser.newPage();
  await page.goto(`http://engine.test/plain.html?prehide=${Date.now()}`);
  const opacity = () =>
    page.evaluate(() => {
      let host = document.getElementById('didomi-host');
      if (!host) {
        host = document.createElement('div');
        host.id = 'didomi-host';
        host.textContent = 'a consent manager\'s panel';
        document.body.append(host);
      }
      return getComputedStyle(host).opacity;
    });
  expect(await page.evaluate(() => document.documentElement.hasAttribute('data-ck-prehide'))).toBe(true);
  expect(await opacity()).toBe('0');
  // The watch ends 5 s after load.
  await page.waitFor(() => !document.documentElement.hasAttribute('data-ck-prehide'), undefined, 15_000);
  expect(await opacity()).toBe('1');
  await page.close();
}
