/**
 * OneTrust's own API (window.OneTrust) in the page's main world. Self-contained functions: the browser
 * serialises each one, so no imports and no shared helpers (see index.ts).
 */

interface OneTrustApi {
  UpdateConsent?: (type: 'Category', bundle: string) => void;
  GetDomainData?: () => { Groups?: { CustomGroupId?: string; OptanonGroupId?: string }[] };
  RejectAll?: () => void;
  AllowAll?: () => void;
  Close?: () => void;
}

/** The SDK is loaded and can set groups one by one. */
export function onetrustHasApi(): boolean {
  const ot = (window as unknown as { OneTrust?: OneTrustApi }).OneTrust;
  return typeof ot?.UpdateConsent === 'function' && typeof ot.GetDomainData === 'function';
}

/**
 * Sets every group of the site to the wanted value (`categories`: C0002 → false …; a group the rule does not
 * know follows the person's `other` choice), then closes the banner. UpdateConsent saves each group and writes
 * the OptanonConsent cookie, as the preference centre's "Confirm my choices" does.
 */
export function onetrustApply(desired: { categories: Record<string, boolean>; purposes: Record<string, boolean> }): boolean {
  const ot = (window as unknown as { OneTrust?: OneTrustApi }).OneTrust;
  if (typeof ot?.UpdateConsent !== 'function') return false;
  const groups = (ot.GetDomainData?.().Groups ?? [])
    .map((g) => g.CustomGroupId ?? g.OptanonGroupId)
    .filter((id): id is string => typeof id === 'string' && id !== 'C0001');
  const ids = new Set([...groups, ...Object.keys(desired.categories).filter((id) => id !== 'C0001')]);
  for (const id of ids) {
    const want = id in desired.categories ? desired.categories[id] : desired.purposes.other;
    ot.UpdateConsent('Category', `${id}:${want ? 1 : 0}`);
  }
  ot.Close?.();
  return true;
}
