/**
 * CookieFirst's public banner API (window.CookieFirst) in the page's main world. Self-contained functions: the
 * browser serialises each one (see index.ts).
 */

interface CookieFirstApi {
  updateConsent?: (consent: Record<string, boolean>) => void;
}

export function cookiefirstHasApi(): boolean {
  return typeof (window as unknown as { CookieFirst?: CookieFirstApi }).CookieFirst?.updateConsent === 'function';
}

/** Every category at once, as the settings panel's "save" does: CookieFirst stores its cookie and closes its banner. */
export function cookiefirstApply(desired: { categories: Record<string, boolean> }): boolean {
  const cf = (window as unknown as { CookieFirst?: CookieFirstApi }).CookieFirst;
  if (typeof cf?.updateConsent !== 'function') return false;
  const { performance = false, functional = false, advertising = false } = desired.categories;
  cf.updateConsent({ necessary: true, performance, functional, advertising });
  return true;
}
