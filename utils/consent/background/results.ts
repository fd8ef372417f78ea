import { browser } from 'wxt/browser';
import { CONSENT_LOG_KEY, CONSENT_LOG_MAX, type ConsentLogEntry, type ConsentResult } from '../result-schema';

/** Per-tab results of the current page, in storage.session so they outlive the service worker's naps. */
const tabKey = (tabId: number) => `consentTab:${tabId}`;

export async function tabResults(tabId: number): Promise<ConsentResult[]> {
  const stored = await browser.storage.session.get(tabKey(tabId));
  return (stored[tabKey(tabId)] as ConsentResult[] | undefined) ?? [];
}

/** A new document in the tab's top frame: its results start again. */
export function resetTab(tabId: number): Promise<void> {
  return serial(async () => {
    await browser.storage.session.remove(tabKey(tabId));
    await showBadge(tabId, []);
  });
}

/** ✓ where banners were answered, ! where a denied purpose was granted or answering failed, nothing elsewhere. */
export function badgeFor(results: readonly ConsentResult[]): { text: string; color: string } {
  if (results.some((r) => r.violation || r.outcome === 'failed')) return { text: '!', color: '#b3261e' };
  if (results.some((r) => r.outcome === 'done')) return { text: '✓', color: '#1e7d32' };
  return { text: '', color: '#1e7d32' };
}

async function showBadge(tabId: number, results: readonly ConsentResult[]): Promise<void> {
  const { text, color } = badgeFor(results);
  await browser.action.setBadgeText({ tabId, text }).catch(() => {});
  if (text) await browser.action.setBadgeBackgroundColor({ tabId, color }).catch(() => {});
}

// Writes one after another, so two frames reporting at once do not lose an entry.
let queue: Promise<unknown> = Promise.resolve();
function serial<T>(job: () => Promise<T>): Promise<T> {
  const next = queue.then(job, job);
  queue = next.catch(() => {});
  return next;
}

export function appendLog(log: readonly ConsentLogEntry[], entry: ConsentLogEntry): ConsentLogEntry[] {
  return [...log, entry].slice(-CONSENT_LOG_MAX);
}

export function recordResult(tabId: number, result: ConsentResult, at = Date.now()): Promise<void> {
  return serial(async () => {
    const results = [...(await tabResults(tabId)), result];
    await browser.storage.session.set({ [tabKey(tabId)]: results });
    await showBadge(tabId, results);
    const stored = await browser.storage.local.get(CONSENT_LOG_KEY);
    const log = (stored[CONSENT_LOG_KEY] as ConsentLogEntry[] | undefined) ?? [];
    await browser.storage.local.set({ [CONSENT_LOG_KEY]: appendLog(log, { ...result, at, tabId }) });
  });
}

export function forgetTab(tabId: number): Promise<void> {
  return browser.storage.session.remove(tabKey(tabId));
}
