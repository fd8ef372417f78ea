import { getDomain } from 'tldts';
import type { PurposeChoices } from './purposes';
import type { Settings } from './schema';

/** The key for per-site settings: the registrable domain (shop.example.co.uk → example.co.uk), else the host. */
export function siteKey(urlOrHost: string): string | null {
  let host: string;
  try {
    host = urlOrHost.includes('://') ? new URL(urlOrHost).hostname : urlOrHost;
  } catch {
    return null;
  }
  if (!host) return null;
  return getDomain(host, { allowPrivateDomains: true }) ?? host;
}

export interface EffectiveChoices {
  site: string | null;
  paused: boolean;
  purposes: PurposeChoices;
  /** True when this site has its own choices (an exception) for at least one purpose. */
  hasException: boolean;
}

/** What applies on a page: the site's exception over the global choices. */
export function effectiveChoices(settings: Settings, url: string): EffectiveChoices {
  const site = siteKey(url);
  const exception = site ? settings.sites[site] : undefined;
  const own = exception?.purposes ?? {};
  return {
    site,
    paused: exception?.paused === true,
    purposes: { ...settings.purposes, ...own },
    hasException: Object.keys(own).length > 0,
  };
}
