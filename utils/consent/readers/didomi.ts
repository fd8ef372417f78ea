import { decodeTcPurposes } from '../tc-string';
import { cookieValue, decodeValue, type StoredCategories } from '../engine/decode';

interface DidomiToken {
  purposes?: { enabled?: string[]; disabled?: string[] };
  purposes_li?: { enabled?: string[]; disabled?: string[] };
}

/** Didomi's ids of the IAB TCF purposes 1…11, in order. */
export const DIDOMI_TCF_IDS = [
  'cookies', 'select_basic_ads', 'create_ads_profile', 'select_personalized_ads', 'create_content_profile',
  'select_personalized_content', 'measure_ad_performance', 'measure_content_performance', 'market_research',
  'improve_products', 'use_limited_data_to_select_content',
] as const;

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

/**
 * The TC string Didomi writes beside its token (euconsent-v2), under Didomi's purpose ids: what ad vendors
 * actually read. A purpose granted in either place counts as granted.
 */
export function didomiTcfCategories(tcString: string): StoredCategories | null {
  try {
    const model = decodeTcPurposes(tcString);
    const out: StoredCategories = {};
    DIDOMI_TCF_IDS.forEach((id, i) => {
      out[id] = model.consents.has(i + 1);
      out[`li:${id}`] = model.legitimateInterests.has(i + 1);
    });
    return out;
  } catch {
    return null;
  }
}

export function didomiFromCookies(cookies: string): StoredCategories | null {
  const raw = cookieValue(cookies, 'didomi_token');
  const token = raw === null ? null : didomiCategories(raw);
  if (!token) return null;
  const tc = cookieValue(cookies, 'euconsent-v2');
  const fromTc = tc ? didomiTcfCategories(tc) : null;
  for (const [key, granted] of Object.entries(fromTc ?? {})) token[key] = (token[key] ?? false) || granted;
  return token;
}
