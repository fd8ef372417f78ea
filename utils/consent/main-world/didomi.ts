/**
 * Didomi's own API (window.Didomi) in the page's main world. Self-contained functions: the browser
 * serialises each one (see index.ts).
 */

interface DidomiApi {
  setUserStatus?: (status: unknown) => unknown;
  getRequiredPurposes?: () => { id: string; name?: string | Record<string, string> }[];
  getPurposes?: () => { id: string; name?: string | Record<string, string> }[];
  getRequiredVendorIds?: () => (string | number)[];
  getRequiredVendors?: () => { id: string | number }[];
  notice?: { hide?: () => void };
}

/**
 * One setUserStatus call with consent AND legitimate interest per purpose: a denied purpose gets neither.
 * `categories` holds the wanted value of Didomi's standard purpose ids; a site's custom purpose the rule
 * does not know is granted only when every purpose is allowed. `cookies` (TCF purpose 1, store/access) is
 * what lets any other purpose work: granted exactly when some other purpose is.
 */
export function didomiApply(desired: { categories: Record<string, boolean>; purposes: Record<string, boolean> }): boolean {
  const d = (window as unknown as { Didomi?: DidomiApi }).Didomi;
  if (typeof d?.setUserStatus !== 'function') return false;
  const purposeIds = (d.getRequiredPurposes?.() ?? d.getPurposes?.() ?? []).map((p) => p.id);
  const everything = Object.values(desired.purposes).every(Boolean);
  const want = (id: string) => (id in desired.categories ? desired.categories[id] === true : everything);
  const others = purposeIds.filter((id) => id !== 'cookies');
  const granted = new Set(others.filter(want));
  if (purposeIds.includes('cookies') && granted.size > 0) granted.add('cookies');
  const enabled = purposeIds.filter((id) => granted.has(id));
  const disabled = purposeIds.filter((id) => !granted.has(id));
  const vendorIds = d.getRequiredVendorIds?.() ?? (d.getRequiredVendors?.() ?? []).map((v) => v.id);
  // A vendor may act only for purposes that are granted: with none granted, no vendor either.
  const vendors = granted.size > 0 ? { enabled: vendorIds, disabled: [] } : { enabled: [], disabled: vendorIds };
  const now = new Date().toISOString();
  d.setUserStatus({
    purposes: { consent: { enabled, disabled }, legitimate_interest: { enabled, disabled } },
    vendors: { consent: vendors, legitimate_interest: vendors },
    created: now,
    updated: now,
    source: { type: 'website', domain: location.hostname },
    action: 'webpage',
  });
  d.notice?.hide?.();
  return true;
}

/**
 * Every purpose of the site and the name it shows (the site's own ones, "Mesure d'audience", are classified
 * by the engine; Didomi's standard ids are in the rule's map, which wins).
 */
export function didomiPurposeLabels(): { categories: Record<string, string> } | null {
  const d = (window as unknown as { Didomi?: DidomiApi }).Didomi;
  // null without the API didomiApply needs: the rule tests for it with this one call.
  if (typeof d?.setUserStatus !== 'function') return null;
  const purposes = d.getRequiredPurposes?.() ?? d.getPurposes?.();
  if (!purposes) return null;
  const lang = document.documentElement.lang.slice(0, 2) || 'en';
  const categories: Record<string, string> = {};
  for (const p of purposes) {
    const name = typeof p.name === 'string' ? p.name : (p.name?.[lang] ?? p.name?.en ?? Object.values(p.name ?? {})[0]);
    categories[p.id] = name ?? p.id;
  }
  return { categories };
}
