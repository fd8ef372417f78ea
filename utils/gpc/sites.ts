import type { Settings } from '@/utils/settings/schema';

/**
 * Where advertising is denied, from the settings: the global choice, and the site exceptions that set
 * advertising explicitly (an exception without an advertising choice follows the global one). A paused
 * site keeps its choices here: pausing is about banners, the person still asked not to be tracked for ads.
 */
export interface GpcSites {
  /** The global advertising choice is "denied": every site not excepted gets the signal. */
  globalDenied: boolean;
  /** Sites whose exception allows advertising. */
  allowed: string[];
  /** Sites whose exception denies advertising. */
  denied: string[];
}

const HOST = /^[a-z0-9-]+(\.[a-z0-9-]+)*$/;

/**
 * A site key as a lower-case ASCII host (punycode), the form declarativeNetRequest and match patterns
 * take; null when it is no host name (such a key could only come from a hand-edited settings file).
 */
export function asciiHost(key: string): string | null {
  if (/[/:?#@\\\s]/.test(key)) return null;
  let host: string;
  try {
    host = new URL(`http://${key}/`).hostname;
  } catch {
    return null;
  }
  return HOST.test(host) ? host : null;
}

export function gpcSites(settings: Settings): GpcSites {
  const allowed: string[] = [];
  const denied: string[] = [];
  for (const [key, site] of Object.entries(settings.sites)) {
    const choice = site.purposes?.advertising;
    if (choice === undefined) continue;
    const host = asciiHost(key);
    if (host) (choice ? allowed : denied).push(host);
  }
  return { globalDenied: !settings.purposes.advertising, allowed: allowed.sort(), denied: denied.sort() };
}

const IPV4 = /^\d{1,3}(\.\d{1,3}){3}$/;

/** Match patterns for a site and all its subdomains (an IP address has none). */
export function sitePatterns(host: string): string[] {
  return IPV4.test(host) ? [`*://${host}/*`] : [`*://${host}/*`, `*://*.${host}/*`];
}
