import { cookieValue, decodeValue, type StoredCategories } from '../engine/decode';

interface DidomiToken {
  purposes?: { enabled?: string[]; disabled?: string[] };
  purposes_li?: { enabled?: string[]; disabled?: string[] };
}

/**
 * Didomi's didomi_token cookie (base64 JSON) → `{ purpose: consent, 'li:purpose': legitimate interest }`.
 * The generic StoredSchema reads one list; Didomi keeps consent and legitimate interest apart, and a
 * denied purpose must have neither.
 */
export function didomiCategories(raw: string): StoredCategories | null {
  let token: DidomiToken;
  try {
    token = decodeValue(raw, 'base64-json') as DidomiToken;
  } catch {
    return null;
  }
  if (!token || typeof token !== 'object' || !token.purposes) return null;
  const out: StoredCategories = {};
  for (const id of token.purposes.disabled ?? []) out[id] = false;
  for (const id of token.purposes.enabled ?? []) out[id] = true;
  for (const id of token.purposes_li?.disabled ?? []) out[`li:${id}`] = false;
  for (const id of token.purposes_li?.enabled ?? []) out[`li:${id}`] = true;
  return out;
}

export function didomiFromCookies(cookies: string): StoredCategories | null {
  const raw = cookieValue(cookies, 'didomi_token');
  return raw === null ? null : didomiCategories(raw);
}
