/**
 * Cookiebot's own API (window.Cookiebot) in the page's main world. Self-contained functions: the browser
 * serialises each one (see index.ts).
 */

interface CookiebotApi {
  submitCustomConsent?: (preferences: boolean, statistics: boolean, marketing: boolean) => void;
  hide?: () => void;
}

/**
 * Cookiebot's three optional levels in one call; the SDK stores the CookieConsent cookie and closes its dialog
 * as after "Allow selection".
 */
export function cookiebotApply(desired: { categories: Record<string, boolean> }): boolean {
  const cb = (window as unknown as { Cookiebot?: CookiebotApi }).Cookiebot;
  if (typeof cb?.submitCustomConsent !== 'function') return false;
  const { preferences = false, statistics = false, marketing = false } = desired.categories;
  cb.submitCustomConsent(preferences, statistics, marketing);
  cb.hide?.();
  return true;
}
