/**
 * Usercentrics' own APIs in the page's main world: v2 window.UC_UI, v3 window.__ucCmp. Self-contained
 * functions: the browser serialises each one (see index.ts).
 */

interface UcService {
  id: string;
  categorySlug?: string;
  category?: string;
  isEssential?: boolean;
  essential?: boolean;
  consent?: { status?: boolean; given?: boolean };
}
interface UcUiV2 {
  isInitialized?: () => boolean;
  getServicesBaseInfo?: () => UcService[];
  acceptServices?: (ids: string[]) => Promise<void>;
  rejectServices?: (ids: string[]) => Promise<void>;
  closeCMP?: () => Promise<void>;
}
interface UcCmpV3 {
  getConsentDetails?: () => Promise<{
    services: Record<string, Omit<UcService, 'id'>>;
    categories?: Record<string, { name?: string; essential?: boolean }>;
  }>;
  updateServicesConsents?: (list: { id: string; consent: boolean }[]) => Promise<void>;
  saveConsents?: () => Promise<void>;
  closeCmp?: () => Promise<void>;
}

/**
 * Sets every non-essential service from the wanted value of its category (`categories`, keyed by category
 * slug, filled by the engine from the category switches it classified); a service of a category not seen
 * is granted only when every purpose is allowed. Then saves and closes the banner.
 */
export async function usercentricsApply(desired: { categories: Record<string, boolean>; purposes: Record<string, boolean> }): Promise<boolean> {
  const w = window as unknown as { UC_UI?: UcUiV2; __ucCmp?: UcCmpV3 };
  const everything = Object.values(desired.purposes).every(Boolean);
  const want = (slug: string | undefined) => (slug !== undefined && slug in desired.categories ? desired.categories[slug] === true : everything);
  const v3 = w.__ucCmp;
  if (typeof v3?.updateServicesConsents === 'function' && typeof v3.getConsentDetails === 'function') {
    const { services } = await v3.getConsentDetails();
    const list = Object.entries(services)
      .filter(([, s]) => !s.essential)
      .map(([id, s]) => ({ id, consent: want(s.category) }));
    await v3.updateServicesConsents(list);
    await v3.saveConsents?.();
    await v3.closeCmp?.();
    return true;
  }
  const v2 = w.UC_UI;
  if (typeof v2?.getServicesBaseInfo !== 'function') return false;
  const services = v2.getServicesBaseInfo().filter((s) => !s.isEssential);
  const accept = services.filter((s) => want(s.categorySlug)).map((s) => s.id);
  const reject = services.filter((s) => !want(s.categorySlug)).map((s) => s.id);
  if (reject.length) await v2.rejectServices?.(reject);
  if (accept.length) await v2.acceptServices?.(accept);
  await v2.closeCMP?.();
  return true;
}

/** What Usercentrics holds now, per category slug: granted when any of its services is. */
export async function usercentricsConsents(): Promise<Record<string, boolean> | null> {
  const w = window as unknown as { UC_UI?: UcUiV2; __ucCmp?: UcCmpV3 };
  const out: Record<string, boolean> = {};
  const add = (slug: string | undefined, granted: boolean | undefined) => {
    if (slug) out[slug] = (out[slug] ?? false) || granted === true;
  };
  if (typeof w.__ucCmp?.getConsentDetails === 'function') {
    const { services } = await w.__ucCmp.getConsentDetails();
    for (const s of Object.values(services)) add(s.category, s.consent?.given);
    return out;
  }
  if (typeof w.UC_UI?.getServicesBaseInfo !== 'function') return null;
  for (const s of w.UC_UI.getServicesBaseInfo()) add(s.categorySlug, s.consent?.status);
  return out;
}

/**
 * The site's categories (slug → the name it shows: "Statistiken", "Soziale Medien"), for the engine to
 * classify before `usercentricsApply`. v3 from getConsentDetails; v2 from the names in getServicesFullInfo,
 * else the slugs themselves.
 */
export async function usercentricsCategories(): Promise<{ categories: Record<string, string> } | null> {
  const w = window as unknown as {
    UC_UI?: UcUiV2 & { getServicesFullInfo?: () => Promise<(UcService & { categoryName?: string })[]> };
    __ucCmp?: UcCmpV3;
  };
  const categories: Record<string, string> = {};
  // As usercentricsApply picks v3 or v2 (null without either: the rule tests for the API with this call).
  if (typeof w.__ucCmp?.getConsentDetails === 'function' && typeof w.__ucCmp.updateServicesConsents === 'function') {
    const details = await w.__ucCmp.getConsentDetails();
    for (const [slug, c] of Object.entries(details.categories ?? {})) if (!c.essential) categories[slug] = c.name ?? slug;
    return { categories };
  }
  const v2 = w.UC_UI;
  if (typeof v2?.getServicesBaseInfo !== 'function') return null;
  const services = typeof v2.getServicesFullInfo === 'function' ? await v2.getServicesFullInfo() : v2.getServicesBaseInfo();
  for (const s of services as (UcService & { categoryName?: string })[]) {
    if (!s.isEssential && s.categorySlug) categories[s.categorySlug] = s.categoryName ?? s.categorySlug;
  }
  return { categories };
}
