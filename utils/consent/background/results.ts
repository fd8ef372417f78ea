import { browser } from 'wxt/browser';
import { CONSENT_LOG_KEY, CONSENT_LOG_MAX, type ConsentLogEntry, type ConsentResult } from '../result-schema';

/**
 * Per-tab results of the page the tab shows, in storage.session so they outlive the service worker's naps.
 * Kept with the top document they were given on (`page`: its performance.timeOrigin, asked from the tab by
 * frames.ts topDocument): results of an earlier page are not shown, and the browser clears a tab's badge
 * itself when the tab loads another page. The content script sends nothing on pages without a banner.
 */
const tabKey = (tabId: number) => `consentTab:${tabId}`;

interface TabRecord {
  page: number | null;
  results: ConsentResult[];
}

async function tabRecord(tabId: number): Promise<TabRecord | null> {
  const stored = (await browser.storage.session.get(tabKey(tabId)))[tabKey(tabId)] as Partial<TabRecord> | undefined;
  return stored && Array.isArray(stored.results) ? { page: stored.page ?? null, results: stored.results } : null;
}

/** The results given on the tab's page `page` (null: the tab's page is unknown, nothing is shown). */
export async function tabResults(tabId: number, page: number | null): Promise<ConsentResult[]> {
  const record = await tabRecord(tabId);
  return page !== null && record?.page === page ? record.results : [];
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

export function recordResult(tabId: number, page: number | null, result: ConsentResult, at = Date.now()): Promise<void> {
  return serial(async () => {
    const record = await tabRecord(tabId);
    const results = [...(record && record.page === page ? record.results : []), result];
    await browser.storage.session.set({ [tabKey(tabId)]: { page, results } satisfies TabRecord });
    await showBadge(tabId, results);
    const stored = await browser.storage.local.get(CONSENT_LOG_KEY);
    const log = (stored[CONSENT_LOG_KEY] as ConsentLogEntry[] | undefined) ?? [];
    await browser.storage.local.set({ [CONSENT_LOG_KEY]: appendLog(log, { ...result, at, tabId }) });
  });
}

export function forgetTab(tabId: number): Promise<void> {
  return browser.storage.session.remove(tabKey(tabId));
}
