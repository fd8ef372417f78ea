/**
 * Osano's commercial consent manager (window.Osano.cm) in the page's main world. Self-contained functions:
 * the browser serialises each one (see index.ts).
 */

/**
 * What Osano saved, per category, as granted or not (`getConsent()` answers ACCEPT / DENY); null before it
 * saved anything (its defaults are not an answer). Its stored value is opaque, so it is asked, not decoded.
 * OPT_OUT is left out: ACCEPT there means the person opted out of sale (US), the opposite of a grant.
 */
export function osanoConsent(): Record<string, boolean> | null {
  const cm = (window as unknown as { Osano?: { cm?: { getConsent?: () => Record<string, string> } } }).Osano?.cm;
  const answered = localStorage.getItem('osano_consentmanager') !== null || /(?:^|; )osano_consentmanager=/.test(document.cookie);
  if (typeof cm?.getConsent !== 'function' || !answered) return null;
  const out: Record<string, boolean> = {};
  for (const [category, value] of Object.entries(cm.getConsent())) {
    if (category !== 'OPT_OUT' && category !== 'OPT-OUT') out[category] = value === 'ACCEPT';
  }
  return out;
}
