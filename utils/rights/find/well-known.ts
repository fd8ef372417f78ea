/**
 * /.well-known/privacy.txt (privacytxt.dev; expired draft-colwell-privacy-txt): `Contact:`, `Privacy-policy:`,
 * `Privacy-policy-XX:`, `Entity:`, `Entity-country:` lines, like security.txt.
 */
import { mailtoHrefAddresses, scanEmails } from '@/utils/rights/analyze/emails';

export interface PrivacyTxt {
  contacts: string[];
  /** Other contact URIs (web forms). */
  contactUrls: string[];
  policies: string[];
  entity: string | null;
  entityCountry: string | null;
}

export function privacyTxtUrl(pageUrl: string): string | null {
  try {
    const u = new URL(pageUrl);
    return u.protocol === 'https:' || u.protocol === 'http:' ? `${u.origin}/.well-known/privacy.txt` : null;
  } catch {
    return null;
  }
}

export function parsePrivacyTxt(text: string): PrivacyTxt {
  const out: PrivacyTxt = { contacts: [], contactUrls: [], policies: [], entity: null, entityCountry: null };
  for (const raw of text.slice(0, 64 * 1024).split(/\r?\n/)) {
    const line = raw.trim();
    if (!line || line.startsWith('#')) continue;
    const m = /^([A-Za-z][A-Za-z-]{0,40})\s*:\s*(.+)$/.exec(line);
    if (!m) continue;
    const field = m[1]!.toLowerCase();
    const value = m[2]!.trim();
    if (field === 'contact') {
      const addresses = /^mailto:/i.test(value) ? mailtoHrefAddresses(value) : scanEmails(value, 'text').map((h) => h.address);
      if (addresses.length) out.contacts.push(...addresses);
      else if (/^https?:\/\//i.test(value)) out.contactUrls.push(value);
    } else if (field === 'privacy-policy' || field.startsWith('privacy-policy-')) {
      if (/^https?:\/\//i.test(value)) out.policies.push(value);
    } else if (field === 'entity') out.entity = value;
    else if (field === 'entity-country') out.entityCountry = value.toLowerCase().slice(0, 2);
  }
  return out;
}
