/**
 * TrustArc's consent cookies, read in the page's main world. Self-contained functions: the browser serialises
 * each one (see index.ts).
 */

/**
 * Granted TrustArc levels (0 required, 1 functional, 2 advertising) from `notice_gdpr_prefs` ("0,1:") and
 * `cmapi_cookie_privacy` ("permit 1,2,3": levels + 1; "permit 1 required"). A level either cookie grants
 * counts as granted. Null before either was written. (Lists with a trailing `:` and a `permit` prefix are
 * beyond the data form of StoredSchema.)
 */
export function trustarcLevels(): Record<string, boolean> | null {
  const cookie = (name: string): string | null => {
    const m = new RegExp('(?:^|; )' + name + '=([^;]*)').exec(document.cookie);
    return m ? decodeURIComponent(m[1]!) : null;
  };
  const prefs = cookie('notice_gdpr_prefs');
  const permit = cookie('cmapi_cookie_privacy');
  if (prefs === null && permit === null) return null;
  const out: Record<string, boolean> = { '0': true, '1': false, '2': false };
  for (const level of (prefs ?? '').replace(/:.*$/, '').split(',')) if (/^\d+$/.test(level.trim())) out[level.trim()] = true;
  for (const level of /^permit ([\d,]+)/.exec(permit ?? '')?.[1]?.split(',') ?? []) out[String(Number(level) - 1)] = true;
  return out;
}
