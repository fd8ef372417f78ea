import { siteKey } from '@/utils/settings/effective';

/** Hosts of the extension stores: browsers forbid extensions to script them. */
const STORE_HOSTS = ['chromewebstore.google.com', 'addons.mozilla.org', 'microsoftedge.microsoft.com'];

/**
 * The site the popup speaks of, or null where no extension can run: browser and extension pages,
 * local files, the stores.
 */
export function siteWhereExtensionRuns(url: string | null | undefined): string | null {
  if (!url) return null;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return null;
  if (STORE_HOSTS.includes(parsed.hostname)) return null;
  if (parsed.hostname === 'chrome.google.com' && parsed.pathname.startsWith('/webstore')) return null;
  return siteKey(url);
}
