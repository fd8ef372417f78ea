/** schema.org JSON-LD: Organization.legalName / name and contactPoint e-mails with their contactType. */
import { scanEmails } from '@/utils/rights/analyze/emails';
import { fold } from '@/utils/rights/analyze/fold';

export interface JsonLdOrganization {
  legalName: string | null;
  name: string | null;
  emails: { address: string; contactType: string | null }[];
  /** The contactPoint whose type says privacy / data protection / DPO, if any. */
  privacyEmail: string | null;
}

const PRIVACY_TYPE = /privacy|data protection|datenschutz|\bdpo\b|\bdpd\b|donnees personnelles|confidentialite|privacidad|protezione dei dati|gegevensbescherming|gdpr|rgpd/;
const ORG_TYPE = /organization|corporation|company|localbusiness|ngo|store|onlinestore|newsmediaorganization|educationalorganization|governmentorganization/i;

function emailOf(v: unknown): string | null {
  if (typeof v !== 'string') return null;
  return scanEmails(v.replace(/^mailto:/i, ''), 'text')[0]?.address ?? null;
}

function typesOf(node: Record<string, unknown>): string[] {
  const t = node['@type'];
  return (Array.isArray(t) ? t : [t]).filter((x): x is string => typeof x === 'string');
}

export function parseJsonLd(scripts: string[]): JsonLdOrganization | null {
  const orgs: Record<string, unknown>[] = [];
  const visit = (v: unknown, depth: number) => {
    if (depth > 8 || orgs.length > 20) return;
    if (Array.isArray(v)) v.forEach((x) => visit(x, depth + 1));
    else if (v && typeof v === 'object') {
      const node = v as Record<string, unknown>;
      if (typesOf(node).some((t) => ORG_TYPE.test(t))) orgs.push(node);
      for (const [k, x] of Object.entries(node)) if (k === '@graph' || k === 'publisher' || k === 'author' || k === 'provider') visit(x, depth + 1);
    }
  };
  for (const s of scripts.slice(0, 20)) {
    try {
      visit(JSON.parse(s.slice(0, 512 * 1024)), 0);
    } catch {
      /* a broken block is skipped; others may be fine */
    }
  }
  const org = orgs[0];
  if (!org) return null;
  const emails: JsonLdOrganization['emails'] = [];
  const own = emailOf(org.email);
  if (own) emails.push({ address: own, contactType: null });
  const points = org.contactPoint;
  for (const p of (Array.isArray(points) ? points : points ? [points] : []) as Record<string, unknown>[]) {
    const address = emailOf(p?.email);
    if (address) emails.push({ address, contactType: typeof p.contactType === 'string' ? p.contactType : null });
  }
  const privacy = emails.find((e) => e.contactType && PRIVACY_TYPE.test(fold(e.contactType)));
  return {
    legalName: typeof org.legalName === 'string' ? org.legalName : null,
    name: typeof org.name === 'string' ? org.name : null,
    emails,
    privacyEmail: privacy?.address ?? null,
  };
}
