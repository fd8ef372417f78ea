import { browser } from 'wxt/browser';
import { sendMessage, type TabState } from '@/utils/messages';

/**
 * The tab the popup speaks of: the active tab of its window, or `?tab=<id>` (tests open popup.html as a
 * page, where "active tab" would be the popup itself).
 */
export async function popupTabId(search: string): Promise<number | undefined> {
  const override = new URLSearchParams(search).get('tab');
  if (override && /^\d+$/.test(override)) return Number(override);
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id;
}

/** What the background knows of the popup's tab; null when there is no such tab. */
export async function popupTabState(search: string): Promise<TabState | null> {
  const tabId = await popupTabId(search);
  if (tabId === undefined) return null;
  return sendMessage({ type: 'get-tab-state', tabId }).catch(() => null);
}
