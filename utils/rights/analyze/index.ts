/**
 * analyzePolicy: one pure function from a privacy policy (HTML or text) to what a person needs for a rights
 * request. No DOM: runs in Node (CLI, tests) and in the background service worker.
 *
 * Limits: only the first MAX_POLICY_CHARS characters are read (`truncated` says so); every scan is linear
 * (indexOf loops, bounded quantifiers), so a 5 MB or malformed page is handled in bounded time.
 */
import { siteKey } from '@/utils/settings/effective';
import { findAuthority } from './authority';
import { findCompany } from './company';
import { chooseContact } from './contact';
import { detectCountry } from './country';
import { deobfuscate, mailtoHrefAddresses, mailtoInText, scanEmails, type EmailHit } from './emails';
import { decodeEntities } from './entities';
import { findPostalAddress, findWebForm } from './fallbacks';
import { fold } from './fold';
import { htmlToText, looksLikeHtml, type PageLink } from './html-to-text';
import { detectLanguage } from './language';
import { findRights, sharesWithPartners } from './rights';
import type { AnalyzeOptions, PolicyAnalysis } from './types';

export type { AnalyzeOptions, EmailRole, FoundEmail, PolicyAnalysis, PolicyRight } from './types';
export { EMAIL_ROLES, POLICY_RIGHTS } from './types';

/** Inputs longer than this (2 M characters, ~2 MB) are cut: a policy is far shorter, a bigger page is not one. */
export const MAX_POLICY_CHARS = 2_000_000;
/** Addresses looked at; a page with more is not a policy but a list. */
const MAX_HITS = 2_000;

function dedupe(hits: EmailHit[]): EmailHit[] {
  hits.sort((a, b) => a.at - b.at);
  const last = new Map<string, number>();
  const out: EmailHit[] = [];
  for (const h of hits) {
    const prev = last.get(h.address);
    // "[a@b](mailto:a@b)" or <a href="mailto:a@b">a@b</a> is one mention, not two.
    if (prev !== undefined && h.at - prev < 80) {
      if (h.source === 'mailto') out.find((o) => o.address === h.address && o.at === prev)!.source = 'mailto';
      continue;
    }
    last.set(h.address, h.at);
    out.push(h);
    if (out.length >= MAX_HITS) break;
  }
  return out;
}

export function analyzePolicy(input: string, opts: AnalyzeOptions = {}): PolicyAnalysis {
  const truncated = input.length > MAX_POLICY_CHARS;
  const raw = truncated ? input.slice(0, MAX_POLICY_CHARS) : input;
  const isHtml = opts.contentType === 'html' || (opts.contentType === undefined && looksLikeHtml(raw));
  let text: string;
  let links: PageLink[] = [];
  if (isHtml) ({ text, links } = htmlToText(raw));
  else text = decodeEntities(raw);
  const norm = deobfuscate(text);
  const folded = fold(norm);

  const hits = [...scanEmails(norm, 'text'), ...mailtoInText(norm)];
  for (const l of links) for (const address of mailtoHrefAddresses(l.href)) hits.push({ address, at: l.at, source: 'mailto' });
  const siteDomain = opts.url ? siteKey(opts.url) : null;
  const { emails, contact, reason } = chooseContact(dedupe(hits), folded, raw, siteDomain);

  const language = detectLanguage(folded);
  const authority = findAuthority(folded);
  const country = detectCountry(norm, folded, {
    authorityCountry: authority?.country,
    language,
    addresses: emails.filter((e) => e.role !== 'authority' && e.role !== 'other').map((e) => e.address),
    url: opts.url,
  });
  return {
    language,
    contact,
    contactReason: reason,
    emails,
    webForm: contact ? null : findWebForm(norm, folded, links),
    postalAddress: contact ? null : findPostalAddress(norm, folded),
    company: findCompany(norm),
    country,
    rights: findRights(folded),
    authority,
    sharesWithPartners: sharesWithPartners(folded),
    truncated,
  };
}
