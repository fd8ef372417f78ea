import { cookieValue, type StoredCategories } from '../engine/decode';

/**
 * tarteaucitron's default `tarteaucitron` cookie (`!gtag=false!youtube=true!…`) read in the isolated world,
 * per service type: each service of the page has its row `<li id="<key>Line">` inside
 * `<ul id="tarteaucitronServices_<type>">`; Google consent-mode signals (type `google`) count by key, as in
 * main-world/tarteaucitron.ts. `wait` is not a grant. null when there is no answer it can read this way (a
 * site's own cookie name, no rows): the caller then asks the library in the main world.
 */
export function tarteaucitronFromPage(cookies: string, doc: Document): StoredCategories | null {
  const cookie = cookieValue(cookies, 'tarteaucitron');
  if (!cookie) return null;
  const out: StoredCategories = {};
  let answered = false;
  for (const pair of cookie.split('!')) {
    const [key, value] = pair.split('=');
    if (!key || (value !== 'true' && value !== 'false' && value !== 'wait')) continue;
    const list = doc.getElementById(`${key}Line`)?.closest('ul[id^="tarteaucitronServices_"]');
    if (!list) continue;
    const type = list.id.slice('tarteaucitronServices_'.length);
    const category = type === 'google' ? key : type;
    answered ||= value !== 'wait';
    out[category] = (out[category] ?? false) || value === 'true';
  }
  return answered ? out : null;
}
