import { browser } from 'wxt/browser';
import type { PolicyAnalysis } from './analyze/types';
import { findContact, type PageInfo } from './find';

/**
 * What the popup learns of a site's privacy contact: the policy's analysis, where the policy was, and the
 * language the page declares (`<html lang>`), which may differ from the policy's.
 */
export type RightsContact = PolicyAnalysis & { policyUrl: string | null; pageLanguage: string | null };

type Snapshot = PageInfo & { lang?: string | null };

export const PAGE_INFO_FILE = '/rights-page-info.js';
/** A site's answer is kept a while: the popup opens often, policies change rarely. */
const CACHE_MS = 10 * 60_000;
const cache = new Map<string, { at: number; contact: Promise<RightsContact | null> }>();

/** The links of the tab's page as it is now (scripted pages included); only the URL when the tab cannot be read. */
async function pageInfo(url: string, tabId: number | undefined): Promise<Snapshot> {
  if (tabId === undefined) return { url, links: [] };
  try {
    const [injection] = await browser.scripting.executeScript({ target: { tabId }, files: [PAGE_INFO_FILE] });
    const info = injection?.result as Snapshot | undefined;
    if (info && info.url === url) return info;
  } catch {
    // A page the extension may not script: fall back to privacy.txt and what the URL gives.
  }
  return { url, links: [] };
}

async function lookUp(url: string, tabId: number | undefined): Promise<RightsContact | null> {
  const page = await pageInfo(url, tabId);
  const found = await findContact(page);
  return found.analysis ? { ...found.analysis, policyUrl: found.policyUrl, pageLanguage: page.lang?.slice(0, 2).toLowerCase() || null } : null;
}

/** The background's lookup of a page's privacy contact: the contact finder on the tab's page, cached per page. */
export function findRightsContact(url: string, tabId?: number): Promise<RightsContact | null> {
  const hit = cache.get(url);
  if (hit && Date.now() - hit.at < CACHE_MS) return hit.contact;
  const contact = lookUp(url, tabId).catch(() => null);
  cache.set(url, { at: Date.now(), contact });
  return contact;
}
