import { cookieValue, type StoredCategories } from '../engine/decode';

/** Cookie-Script's fixed category ids. */
export const COOKIE_SCRIPT_CATEGORIES = ['strict', 'performance', 'targeting', 'functionality', 'unclassified'] as const;

/**
 * Cookie-Script's CookieScriptConsent cookie, `{"action":"reject","categories":"[\"performance\"]",…}`
 * (URL-encoded or not): its `categories` is JSON text inside the JSON, listing the granted ones. Every
 * category it does not list is denied, so each is reported. Null before an answer (no `action`).
 */
export function cookieScriptCategories(raw: string): StoredCategories | null {
  try {
    const text = raw.startsWith('%') ? decodeURIComponent(raw) : raw;
    const value = JSON.parse(text) as { action?: string; categories?: string | string[] };
    if (!value.action) return null;
    const list = typeof value.categories === 'string' ? (JSON.parse(value.categories) as unknown) : value.categories;
    const granted = new Set(Array.isArray(list) ? list.map(String) : []);
    return Object.fromEntries(COOKIE_SCRIPT_CATEGORIES.map((c) => [c, c === 'strict' || granted.has(c)]));
  } catch {
    return null;
  }
}

export function cookieScriptFromCookies(cookies: string): StoredCategories | null {
  const raw = cookieValue(cookies, 'CookieScriptConsent');
  return raw === null ? null : cookieScriptCategories(raw);
}
