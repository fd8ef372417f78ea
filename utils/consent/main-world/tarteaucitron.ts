/**
 * tarteaucitron.js in the page's main world. Consent is per service (`tarteaucitron.job`), each service has a
 * type fixed by the library (analytic, ads, video, social, api, support, comment, other; `google` for the
 * Google consent-mode signals, which are told apart by key). The rule maps those to our purposes and the
 * engine passes the wanted value per type (or key). Self-contained functions (see index.ts).
 */

interface TacService {
  key: string;
  type: string;
}
interface Tac {
  job?: string[];
  services?: Record<string, TacService | undefined>;
  state?: Record<string, boolean | string | undefined>;
  setConsent?: (key: string, status: boolean) => void;
  cookie?: { read(): string };
  userInterface?: { closeAlert(): void };
}

/**
 * Sets every service of the page to the wanted value of its type. If a service's type has no wanted value
 * (a site's custom type the rule does not know), nothing is changed and false is returned: the banner stays.
 * Answering the last service closes the banner, as the library's own buttons do.
 */
export function tarteaucitronApply(desired: { categories: Record<string, boolean> }): boolean {
  const tac = (window as unknown as { tarteaucitron?: Tac }).tarteaucitron;
  if (typeof tac?.setConsent !== 'function') return false;
  // Ready once one allow button per service is rendered; before that false, and the rule clicks instead.
  const jobs = tac.job ?? [];
  if (jobs.length === 0 || !jobs.every((key) => !tac.services?.[key] || document.getElementById(`${key}Allowed`) !== null)) return false;
  const answers: [string, boolean][] = [];
  for (const key of new Set(tac.job ?? [])) {
    const service = tac.services?.[key];
    if (!service) continue;
    const want = desired.categories[service.type === 'google' ? key : service.type] ?? desired.categories[key];
    if (typeof want !== 'boolean') return false;
    answers.push([key, want]);
  }
  if (answers.length === 0) return false;
  for (const [key, want] of answers) tac.setConsent(key, want);
  tac.userInterface?.closeAlert();
  return true;
}

/** What the `tarteaucitron` cookie says, per type (or key for `google`): granted if any service of it is. */
export function tarteaucitronConsents(): Record<string, boolean> | null {
  const tac = (window as unknown as { tarteaucitron?: Tac }).tarteaucitron;
  const cookie = tac?.cookie?.read() ?? '';
  const out: Record<string, boolean> = {};
  let answered = false;
  for (const pair of cookie.split('!')) {
    const [key, value] = pair.split('=');
    const service = key ? tac?.services?.[key] : undefined;
    if (!key || !service) continue;
    const category = service.type === 'google' ? key : service.type;
    // `wait` (not answered yet) is not a grant.
    const granted = value === 'true';
    answered ||= value === 'true' || value === 'false';
    out[category] = (out[category] ?? false) || granted;
  }
  return answered ? out : null;
}
