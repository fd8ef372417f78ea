/**
 * Osano's open-source cookieconsent (window.cookieconsent): one answer for everything, stored in the
 * `cookieconsent_status` cookie as allow, deny or dismiss. The library itself counts `dismiss` ("Got it")
 * as consent (CookiePopup.hasConsented), so it is read as granted. Self-contained (see index.ts).
 */

/** The answer for every purpose the banner covers (the rule names each of ours), or null before any answer. */
export function osanoCookieconsentStatus(): Record<string, boolean> | null {
  const match = /(?:^|;\s*)cookieconsent_status=([^;]*)/.exec(document.cookie);
  const status = match?.[1];
  if (status !== 'allow' && status !== 'deny' && status !== 'dismiss') return null;
  const granted = status !== 'deny';
  return { functional: granted, analytics: granted, advertising: granted, personalization: granted, social: granted, other: granted };
}
