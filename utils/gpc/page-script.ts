import type { Settings } from '@/utils/settings/schema';
import { gpcSites, sitePatterns } from './sites';

/** The registered main-world script that sets navigator.globalPrivacyControl (public/gpc-main.js). */
export const GPC_SCRIPT_ID = 'consent-keeper-gpc';
export const GPC_SCRIPT_FILE = 'gpc-main.js';

export interface GpcScriptTargets {
  matches: string[];
  excludeMatches: string[];
}

/**
 * Where the page property is set: the frame's own site decides (a content script knows no initiator).
 * Null when no site gets it, so the script is unregistered.
 */
export function gpcScriptTargets(settings: Settings): GpcScriptTargets | null {
  const sites = gpcSites(settings);
  if (sites.globalDenied) return { matches: ['<all_urls>'], excludeMatches: sites.allowed.flatMap(sitePatterns) };
  return sites.denied.length > 0 ? { matches: sites.denied.flatMap(sitePatterns), excludeMatches: [] } : null;
}
