import { truthy, type StoredCategories } from '../engine/decode';

/**
 * Managers that keep one cookie per category (`cmplz_marketing=deny`, `cookielawinfo-checkbox-analytics=no`):
 * every cookie whose name starts with `prefix`, keyed by its name less `strip`, granted when its value says so.
 * Null when none is set (nothing stored yet). `requires`: a cookie that must exist too, the one a manager
 * writes when the person answered (Complianz's `cmplz_banner-status`, CookieLawInfo's `viewed_cookie_policy`).
 */
export function cookieFamily(cookies: string, prefix: string, strip = '', requires?: string): StoredCategories | null {
  const out: StoredCategories = {};
  let answered = requires === undefined;
  for (const part of cookies.split(/;\s*/)) {
    const eq = part.indexOf('=');
    if (eq < 0) continue;
    const name = part.slice(0, eq);
    if (name === requires) answered = true;
    if (name.startsWith(prefix)) out[name.startsWith(strip) ? name.slice(strip.length) : name] = truthy(decodeURIComponent(part.slice(eq + 1)));
  }
  return answered && Object.keys(out).length > 0 ? out : null;
}
