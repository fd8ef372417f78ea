/**
 * orestbida cookieconsent in the page's main world. v3 exposes window.CookieConsent (UMD build); categories
 * are the site's own ids, labelled by the preferences modal's sections. v2 keeps its API in a variable the
 * site names (`var cc = initCookieConsent()`), so v2 is answered through its settings modal, which is in the
 * DOM though hidden; only pressing its hidden save button and reading back need the main world.
 * Self-contained functions (see index.ts).
 */

interface CookieConsentV3 {
  acceptCategory(categories: string | string[], excluded?: string[]): void;
  getConfig(field: 'categories'): Record<string, { readOnly?: boolean } | undefined>;
  getConfig(field: 'language'): { default?: string; translations?: Record<string, unknown> };
  getUserPreferences(): { acceptedCategories: string[]; rejectedCategories: string[] };
  validConsent(): boolean;
  hide(): void;
  hidePreferences(): void;
}

/** The site's optional categories and the titles its preferences modal gives them (the engine classifies them). */
export function cookieconsent3Categories(): { categories: Record<string, string> } | null {
  const cc = (window as unknown as { CookieConsent?: CookieConsentV3 }).CookieConsent;
  // null without the API the answer needs: the rule tests for it with this one call.
  if (typeof cc?.getConfig !== 'function' || typeof cc.acceptCategory !== 'function') return null;
  const language = cc.getConfig('language');
  const translations = language.translations ?? {};
  const page = document.documentElement.lang.slice(0, 2);
  const lang = page in translations ? page : (language.default ?? Object.keys(translations)[0] ?? '');
  // A translation can be a URL the library fetches: then the ids are all there is.
  const sections =
    (translations[lang] as { preferencesModal?: { sections?: { title?: string; linkedCategory?: string }[] } } | undefined)
      ?.preferencesModal?.sections ?? [];
  const categories: Record<string, string> = {};
  for (const [id, category] of Object.entries(cc.getConfig('categories'))) {
    if (category?.readOnly) continue;
    const title = sections.find((s) => s.linkedCategory === id)?.title;
    categories[id] = title ? title.replace(/<[^>]*>/g, '') : id;
  }
  return { categories };
}

/**
 * Accepts exactly the wanted optional categories (the library rejects the others and keeps read-only ones)
 * and closes both modals. With a category the engine gave no value for, nothing is changed.
 */
export function cookieconsent3Apply(desired: { categories: Record<string, boolean> }): boolean {
  const cc = (window as unknown as { CookieConsent?: CookieConsentV3 }).CookieConsent;
  if (typeof cc?.acceptCategory !== 'function') return false;
  const optional = Object.entries(cc.getConfig('categories'))
    .filter(([, c]) => !c?.readOnly)
    .map(([id]) => id);
  if (optional.some((id) => typeof desired.categories[id] !== 'boolean')) return false;
  cc.acceptCategory(optional.filter((id) => desired.categories[id]));
  cc.hidePreferences();
  cc.hide();
  return true;
}

export function cookieconsent3RejectAll(): boolean {
  const cc = (window as unknown as { CookieConsent?: CookieConsentV3 }).CookieConsent;
  if (typeof cc?.acceptCategory !== 'function') return false;
  cc.acceptCategory([]);
  cc.hidePreferences();
  cc.hide();
  return true;
}

export function cookieconsent3AcceptAll(): boolean {
  const cc = (window as unknown as { CookieConsent?: CookieConsentV3 }).CookieConsent;
  if (typeof cc?.acceptCategory !== 'function') return false;
  cc.acceptCategory('all');
  cc.hidePreferences();
  cc.hide();
  return true;
}

/**
 * What v3 stored, per category. Through the API when the page has it; else from the cookie, whatever the
 * site named it: the JSON with `categories` (granted) and `services` (one key per category).
 */
export function cookieconsent3Consents(): Record<string, boolean> | null {
  const cc = (window as unknown as { CookieConsent?: Partial<CookieConsentV3> }).CookieConsent;
  const out: Record<string, boolean> = {};
  if (typeof cc?.validConsent === 'function' && typeof cc.getUserPreferences === 'function') {
    if (!cc.validConsent()) return null;
    const prefs = cc.getUserPreferences();
    for (const id of prefs.rejectedCategories) out[id] = false;
    for (const id of prefs.acceptedCategories) out[id] = true;
    return out;
  }
  for (const part of document.cookie.split(/;\s*/)) {
    try {
      const value = JSON.parse(decodeURIComponent(part.slice(part.indexOf('=') + 1))) as { categories?: unknown; services?: unknown };
      if (!Array.isArray(value.categories) || typeof value.services !== 'object' || value.services === null) continue;
      for (const id of Object.keys(value.services)) out[id] = value.categories.includes(id);
      return out;
    } catch {
      // Not this manager's cookie.
    }
  }
  return null;
}

/** v2: presses the settings modal's save button (hidden until opened; its handler saves the toggles' state and closes). */
export function cookieconsent2Save(): boolean {
  const save = document.querySelector<HTMLElement>('#cc--main #s-sv-bn');
  save?.click();
  return save !== null;
}

/**
 * What v2 stored, per category: its cookie (whatever the site named it) is JSON whose `level` lists the
 * granted categories; the settings modal's toggles name them all.
 */
export function cookieconsent2Consents(): Record<string, boolean> | null {
  const all = [...document.querySelectorAll<HTMLInputElement>('#cc--main input.c-tgl')].map((t) => t.value);
  for (const part of document.cookie.split(/;\s*/)) {
    try {
      const value = JSON.parse(decodeURIComponent(part.slice(part.indexOf('=') + 1))) as { level?: unknown };
      if (!Array.isArray(value.level)) continue;
      const out: Record<string, boolean> = {};
      for (const id of [...all, ...value.level.map(String)]) out[id] = value.level.includes(id);
      return out;
    } catch {
      // Not this manager's cookie.
    }
  }
  return null;
}
