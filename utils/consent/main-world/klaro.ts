/**
 * Klaro in the page's main world (window.klaro, its manager and the site's config). Consent is per service;
 * each service lists the site's own purposes (`purposes: ['statistik']`), whose labels are the site's
 * translations. A service is granted only if every one of its purposes is wanted, so a service used for
 * "analytics and marketing" stays off when marketing is denied. Self-contained functions (see index.ts).
 */

interface KlaroService {
  name: string;
  title?: string;
  purposes?: string[];
  required?: boolean;
}
interface KlaroManager {
  config: { services: KlaroService[]; translations?: Record<string, { purposes?: Record<string, unknown> } & Record<string, unknown>> };
  store: { get(): string | null };
  changeAll(value: boolean): number;
  updateConsent(name: string, value: boolean): boolean;
  saveAndApplyConsents(eventType?: string): void;
}
interface KlaroApi {
  getManager?: () => KlaroManager;
  language?: () => string;
}

/**
 * The site's categories and the labels it shows for them: its purposes, and `service:<name>` for an optional
 * service with no purpose (labelled by its title). The engine classifies the labels.
 */
export function klaroCategories(): { categories: Record<string, string> } | null {
  const klaro = (window as unknown as { klaro?: KlaroApi }).klaro;
  // null until the manager is ready: the rule tests for that with this one call.
  let config: KlaroManager['config'] | undefined;
  try {
    config = klaro?.getManager?.().config;
  } catch {
    return null;
  }
  if (!klaro || !config || !Array.isArray(config.services)) return null;
  const lang = klaro.language?.() ?? document.documentElement.lang.slice(0, 2);
  const texts = [config.translations?.[lang], config.translations?.zz];
  const text = (value: unknown): string | null =>
    typeof value === 'string' ? value : typeof (value as { title?: unknown })?.title === 'string' ? (value as { title: string }).title : null;
  const categories: Record<string, string> = {};
  for (const service of config.services) {
    if (service.required) continue;
    for (const purpose of service.purposes ?? []) {
      categories[purpose] ??= texts.map((t) => text(t?.purposes?.[purpose])).find((t) => t !== null) ?? purpose;
    }
    if (!service.purposes?.length) {
      categories[`service:${service.name}`] =
        texts.map((t) => text(t?.[service.name])).find((t) => t !== null) ?? service.title ?? service.name;
    }
  }
  return { categories };
}

/**
 * Sets each optional service to "all its purposes wanted" and saves, as the modal's save button does. A
 * purpose with no wanted value means the engine did not learn it: nothing is changed, false is returned.
 */
export function klaroApply(desired: { categories: Record<string, boolean> }): boolean {
  const klaro = (window as unknown as { klaro?: KlaroApi }).klaro;
  if (typeof klaro?.getManager !== 'function') return false;
  const manager = klaro.getManager();
  const answers: [string, boolean][] = [];
  for (const service of manager.config.services) {
    if (service.required) continue;
    const keys = service.purposes?.length ? service.purposes : [`service:${service.name}`];
    const wants = keys.map((k) => desired.categories[k]);
    if (wants.some((w) => typeof w !== 'boolean')) return false;
    answers.push([service.name, wants.every(Boolean)]);
  }
  for (const [name, want] of answers) manager.updateConsent(name, want);
  manager.saveAndApplyConsents('save');
  return true;
}

/** "Decline" / "Accept all" through the manager: every optional service off (or on), required ones stay on. */
export function klaroDeclineAll(): boolean {
  const klaro = (window as unknown as { klaro?: KlaroApi }).klaro;
  if (typeof klaro?.getManager !== 'function') return false;
  const manager = klaro.getManager();
  manager.changeAll(false);
  manager.saveAndApplyConsents('decline');
  return true;
}

export function klaroAcceptAll(): boolean {
  const klaro = (window as unknown as { klaro?: KlaroApi }).klaro;
  if (typeof klaro?.getManager !== 'function') return false;
  const manager = klaro.getManager();
  manager.changeAll(true);
  manager.saveAndApplyConsents('accept');
  return true;
}

/**
 * What Klaro saved (its cookie or storage, wherever the config puts it, read through the manager's store),
 * per purpose: granted if any optional service with that purpose is granted. null before any answer.
 */
export function klaroConsents(): Record<string, boolean> | null {
  const klaro = (window as unknown as { klaro?: KlaroApi }).klaro;
  if (typeof klaro?.getManager !== 'function') return null;
  const manager = klaro.getManager();
  const raw = manager.store.get();
  if (!raw) return null;
  let saved: Record<string, unknown>;
  try {
    saved = JSON.parse(decodeURIComponent(raw)) as Record<string, unknown>;
  } catch {
    return null;
  }
  const out: Record<string, boolean> = {};
  for (const service of manager.config.services) {
    if (service.required) continue;
    const keys = service.purposes?.length ? service.purposes : [`service:${service.name}`];
    for (const key of keys) out[key] = (out[key] ?? false) || saved[service.name] === true;
  }
  return out;
}
