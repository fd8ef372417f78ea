import { cookieValue, type StoredCategories } from '../engine/decode';

/** Borlabs Cookie 2's standard cookie groups. */
export const BORLABS_GROUPS = ['essential', 'statistics', 'marketing', 'external-media'] as const;

/**
 * Borlabs Cookie's `borlabs-cookie` cookie, URL-encoded JSON whose `consents` holds only the granted groups
 * (each listing its cookie ids): a group listed is granted, a standard group absent is denied.
 */
export function borlabsCategories(raw: string): StoredCategories | null {
  try {
    const consents = (JSON.parse(decodeURIComponent(raw)) as { consents?: unknown }).consents;
    if (!consents || typeof consents !== 'object' || Array.isArray(consents)) return null;
    const out: StoredCategories = Object.fromEntries(BORLABS_GROUPS.map((g) => [g, false]));
    for (const group of Object.keys(consents)) out[group] = true;
    return out;
  } catch {
    return null;
  }
}

export function borlabsFromCookies(cookies: string): StoredCategories | null {
  const raw = cookieValue(cookies, 'borlabs-cookie');
  return raw === null ? null : borlabsCategories(raw);
}
