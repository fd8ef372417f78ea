/**
 * OneTrust's own API (window.OneTrust) in the page's main world. Self-contained functions: the browser
 * serialises each one, so no imports and no shared helpers (see index.ts).
 */

interface OneTrustApi {
  UpdateConsent?: (type: 'Category', bundle: string) => void;
  GetDomainData?: () => { Groups?: { CustomGroupId?: string; OptanonGroupId?: string; GroupName?: string }[] };
  RejectAll?: () => void;
  AllowAll?: () => void;
  Close?: () => void;
}

/**
 * Sets every group of the site to the wanted value (`categories`: C0002 → false …, and the groups
 * onetrustCategories named; one still unknown is granted only when every purpose is allowed), then closes the banner. UpdateConsent saves each group and writes
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
    const want = id in desired.categories ? desired.categories[id] : Object.values(desired.purposes).every(Boolean);
    ot.UpdateConsent('Category', `${id}:${want ? 1 : 0}`);
  }
  ot.Close?.();
  return true;
}

/** The site's groups and their names ("Performance Cookies", a site's own "C0007 Analytics"), for the engine to classify. */
export function onetrustCategories(): { categories: Record<string, string> } | null {
  const ot = (window as unknown as { OneTrust?: OneTrustApi }).OneTrust;
  // null without the API onetrustApply needs: the rule tests for it with this one call.
  if (typeof ot?.UpdateConsent !== 'function') return null;
  const groups = ot.GetDomainData?.().Groups;
  if (!groups) return null;
  const categories: Record<string, string> = {};
  for (const g of groups) {
    const id = g.CustomGroupId ?? g.OptanonGroupId;
    if (id && id !== 'C0001') categories[id] = g.GroupName ?? id;
  }
  return { categories };
}
