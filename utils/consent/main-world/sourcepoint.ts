/**
 * Sourcepoint, in the page's main world. Self-contained: the browser serialises it (see index.ts).
 */

/**
 * Reopens the privacy manager as the site's own "Privacy settings" link does: the wrapper's
 * `loadPrivacyManagerModal(<id>)`, with the id that link passes (sites name it in an onclick or a
 * javascript: href; Sourcepoint has no other public source for it). False where either is missing.
 */
export function sourcepointOpenPrivacyManager(): boolean {
  type Load = (pmId: number) => unknown;
  const sp = (window as unknown as { _sp_?: { gdpr?: { loadPrivacyManagerModal?: Load }; loadPrivacyManagerModal?: Load } })._sp_;
  const owner = typeof sp?.gdpr?.loadPrivacyManagerModal === 'function' ? sp.gdpr : sp;
  const load = owner?.loadPrivacyManagerModal;
  if (typeof load !== 'function') return false;
  for (const el of document.querySelectorAll('[onclick*="loadPrivacyManagerModal"], a[href*="loadPrivacyManagerModal"]')) {
    const code = `${el.getAttribute('onclick') ?? ''} ${el.getAttribute('href') ?? ''}`;
    const id = /loadPrivacyManagerModal\(\s*["']?(\d{1,12})["']?\s*[,)]/.exec(code)?.[1];
    if (id === undefined) continue;
    load.call(owner, Number(id));
    return true;
  }
  return false;
}
