/**
 * findContact: from a page snapshot, look in /.well-known/privacy.txt, the page's schema.org data and its
 * best-ranked privacy-policy and legal-notice links (fetched with limits), analyse what comes back, and
 * return the best analysis with every source tried.
 */
import { analyzePolicy } from '@/utils/rights/analyze';
import type { PolicyAnalysis } from '@/utils/rights/analyze/types';
import { fetchPolicy, type FetchPolicyOptions } from './fetch';
import { parseJsonLd } from './json-ld';
import { rankPolicyLinks } from './links';
import type { PageInfo } from './types';
import { parsePrivacyTxt, privacyTxtUrl } from './well-known';

export type { LinkInfo, PageInfo, RankedLink } from './types';
export { rankPolicyLinks } from './links';
export { fetchPolicy, DEFAULT_MAX_BYTES, DEFAULT_TIMEOUT_MS, type FetchedPolicy, type FetchPolicyOptions } from './fetch';
export { parsePrivacyTxt, privacyTxtUrl, type PrivacyTxt } from './well-known';
export { parseJsonLd, type JsonLdOrganization } from './json-ld';

export type SourceKind = 'privacy.txt' | 'json-ld' | 'privacy' | 'legal';

export interface ContactSource {
  kind: SourceKind;
  url: string | null;
  ok: boolean;
  /** Why it gave nothing ('other-site', 'timeout', 'http', 'content-type', …). */
  error?: string;
  contact?: string | null;
}

export interface FoundContact {
  /** The analysis of the best policy found, with `contact` completed from privacy.txt / JSON-LD / legal notice. */
  analysis: PolicyAnalysis | null;
  /** Where `analysis.contact` came from. */
  contactSource: SourceKind | null;
  /** The policy page analysed, if any. */
  policyUrl: string | null;
  sources: ContactSource[];
}

export interface FindContactOptions extends Omit<FetchPolicyOptions, 'pageUrl'> {
  /** Policy links fetched at most (legal notice comes on top). Default 2. */
  maxPolicies?: number;
}

const REASON_RANK: Record<NonNullable<PolicyAnalysis['contactReason']>, number> = { rights: 5, dpo: 4, privacy: 3, controller: 2, generic: 1 };
const rank = (a: PolicyAnalysis | null) => (a?.contact && a.contactReason ? REASON_RANK[a.contactReason] : 0);

export async function findContact(page: PageInfo, opts: FindContactOptions = {}): Promise<FoundContact> {
  const sources: ContactSource[] = [];
  const fetchOpts = { ...opts, pageUrl: page.url };
  let fromTxt: { contact: string | null; policies: string[] } = { contact: null, policies: [] };

  const txtUrl = privacyTxtUrl(page.url);
  if (txtUrl) {
    const r = await fetchPolicy(txtUrl, fetchOpts);
    if (r.ok && r.contentType === 'text') {
      const txt = parsePrivacyTxt(r.body);
      fromTxt = { contact: txt.contacts[0] ?? null, policies: txt.policies };
      sources.push({ kind: 'privacy.txt', url: r.url, ok: true, contact: fromTxt.contact });
    } else sources.push({ kind: 'privacy.txt', url: txtUrl, ok: false, error: r.ok ? 'content-type' : r.error });
  }

  const org = page.jsonLd?.length ? parseJsonLd(page.jsonLd) : null;
  if (org) sources.push({ kind: 'json-ld', url: null, ok: true, contact: org.privacyEmail });

  const ranked = rankPolicyLinks(page.links, page.url).filter((l) => l.sameSite);
  const policyUrls = [...fromTxt.policies, ...ranked.filter((l) => l.kind === 'privacy').map((l) => l.url)];
  const uniquePolicies = [...new Set(policyUrls)].slice(0, opts.maxPolicies ?? 2);
  const legal = ranked.find((l) => l.kind === 'legal')?.url;

  let best: { analysis: PolicyAnalysis; url: string } | null = null;
  let legalAnalysis: PolicyAnalysis | null = null;
  for (const [kind, url] of [...uniquePolicies.map((u) => ['privacy', u] as const), ...(legal ? [['legal', legal] as const] : [])]) {
    const r = await fetchPolicy(url, fetchOpts);
    if (!r.ok) {
      sources.push({ kind, url: r.url, ok: false, error: r.error });
      continue;
    }
    const analysis = analyzePolicy(r.body, { contentType: r.contentType, url: r.url });
    sources.push({ kind, url: r.url, ok: true, contact: analysis.contact });
    if (kind === 'legal') legalAnalysis = analysis;
    else if (!best || rank(analysis) > rank(best.analysis)) best = { analysis, url: r.url };
    if (kind === 'privacy' && rank(analysis) >= REASON_RANK.dpo) break;
  }

  const base = best?.analysis ?? legalAnalysis;
  if (!base) {
    const contact = fromTxt.contact ?? org?.privacyEmail ?? null;
    return { analysis: null, contactSource: contact ? (fromTxt.contact ? 'privacy.txt' : 'json-ld') : null, policyUrl: null, sources };
  }
  const analysis: PolicyAnalysis = { ...base, company: base.company ?? org?.legalName ?? org?.name ?? legalAnalysis?.company ?? null };
  let contactSource: SourceKind | null = base.contact ? (best ? 'privacy' : 'legal') : null;
  // A contact the site publishes for privacy on purpose beats a generic one read from prose.
  const published = fromTxt.contact ?? org?.privacyEmail ?? null;
  if (published && rank(base) < REASON_RANK.dpo) {
    analysis.contact = published;
    analysis.contactReason = 'privacy';
    contactSource = fromTxt.contact ? 'privacy.txt' : 'json-ld';
  } else if (!base.contact && legalAnalysis?.contact) {
    analysis.contact = legalAnalysis.contact;
    analysis.contactReason = legalAnalysis.contactReason;
    contactSource = 'legal';
  }
  if (analysis.contact) {
    analysis.webForm = null;
    analysis.postalAddress = null;
  }
  return { analysis, contactSource, policyUrl: best?.url ?? null, sources };
}
