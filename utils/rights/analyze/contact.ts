/**
 * Giving each address a role and choosing THE one to write to: the address named for exercising rights, else
 * the DPO's, else a privacy mailbox, else the controller's or a general one — never an authority's, a
 * processor's or vendor's, or a mailbox nobody reads (no-reply, newsletter…).
 */
import { isAuthorityAddress } from './authority';
import type { EmailHit } from './emails';
import { CONTROLLER_WORDS, DPO_WORDS, PROCESSOR_WORDS, RIGHTS_EXERCISE_WORDS } from './keywords';
import type { EmailRole, EmailSource, FoundEmail, PolicyAnalysis } from './types';

const DPO_LOCAL = /(?:^|[._+-])(?:dpo|dpd|rpd|dsb|fg)(?:[._+-]|$)|datenschutzbeauftragte|dataprotectionofficer|privacyofficer|privacy\.officer|^delegue/;
const PRIVACY_LOCAL =
  /privacy|privacidad|privacidade|privatsphare|gdpr|rgpd|dsgvo|^avg|dataprotection|data\.protection|data-protection|dataprivacy|datenschutz|donneespersonnelles|donnees-personnelles|protectiondesdonnees|protecciondedatos|proteccion\.datos|lopd|gegevensbescherming|privacybeleid|cnil|informatique-et-libertes|^rgpd|^droits/;
const UNREAD_LOCAL =
  /no-?reply|do-?not-?reply|donotreply|newsletter|unsubscribe|bounce|mailer-daemon|^jobs?$|karriere|career|recrut|recruit|bewerbung|^press[e]?$|^presse|^abuse|^security|^postmaster|^hostmaster|^webmaster|^marketing|^sales|^whatsnew|^news$/;
const GENERIC_LOCAL =
  /^(?:info|contact|contacto|contatti|contatto|kontakt|hello|hallo|hola|ciao|bonjour|support|service|services|help|office|mail|post|bureau|admin|team|accueil|legal|juridique|recht|legale|servicio|assistenza|klantenservice|secretariat|sekretariat)(?:[._+-]|$)/;

/** Third-party services policies list (their addresses are theirs, not the site's). */
const VENDOR_DOMAINS = new Set(
  'google.com facebook.com fb.com meta.com twitter.com x.com microsoft.com apple.com amazon.com github.com gitlab.com hetzner.com hetzner.de mailchimp.com sendinblue.com brevo.com hubspot.com stripe.com paypal.com formspree.io cloudflare.com wordpress.com automattic.com hotjar.com youtube.com instagram.com linkedin.com vimeo.com criteo.com shopify.com wix.com squarespace.com zendesk.com intercom.io salesforce.com adobe.com doubleclick.net matomo.org'.split(
    ' ',
  ),
);
const UNREAD_CONTEXT = /unsubscribe|se desinscrire|desabonner|abmelden|darse de baja|cancella(?:re)? (?:l')?iscrizione|afmelden/;

const BEFORE = 220;
const AFTER = 90;

interface Candidate {
  address: string;
  hits: EmailHit[];
  role: EmailRole;
  rightsNear: boolean;
}

/**
 * The nearest keyword among several families, by distance to the address. Labels precede addresses, so
 * words after it count double and only up to the end of its sentence; a processor is only ever announced
 * before its address.
 */
function nearest(folded: string, hit: EmailHit, families: [EmailRole | 'processor', RegExp][]): EmailRole | 'processor' | null {
  const at = hit.at;
  const end = at + hit.address.length;
  const from = Math.max(0, at - BEFORE);
  const tail = folded.slice(end, end + AFTER);
  const stop = tail.search(/[.!?;]\s|\n/);
  const window = folded.slice(from, end + (stop < 0 ? AFTER : stop));
  let best: EmailRole | 'processor' | null = null;
  let bestDistance = Infinity;
  for (const [role, re] of families) {
    const r = new RegExp(re.source, 'g');
    for (let m = r.exec(window); m; m = r.exec(window)) {
      const pos = from + m.index;
      // "dpo" inside another address (dpo@…) is not a label.
      if (folded[pos + m[0].length] === '@' || folded[pos - 1] === '@' || folded[pos - 1] === '.') continue;
      if (pos >= at && role === 'processor') continue;
      const d = pos < at ? at - (pos + m[0].length) : (pos - end) * 2;
      if (d < bestDistance) [best, bestDistance] = [role, d];
    }
  }
  return best;
}

function roleOf(address: string, hits: EmailHit[], folded: string): EmailRole {
  const [local = '', domain = ''] = address.split('@');
  if (isAuthorityAddress(address)) return 'authority';
  if (UNREAD_LOCAL.test(local) || VENDOR_DOMAINS.has(domain)) return 'other';
  const votes = new Map<string, number>();
  for (const h of hits.slice(0, 20)) {
    const window = folded.slice(Math.max(0, h.at - 60), h.at + 60);
    if (UNREAD_CONTEXT.test(window)) votes.set('other', (votes.get('other') ?? 0) + 1);
    const r = nearest(folded, h, [
      ['dpo', DPO_WORDS],
      ['controller', CONTROLLER_WORDS],
      ['processor', PROCESSOR_WORDS],
    ]);
    if (r) votes.set(r, (votes.get(r) ?? 0) + 1);
  }
  const seen = Math.min(hits.length, 20);
  if ((votes.get('other') ?? 0) >= seen) return 'other';
  let top: string | null = null;
  let topVotes = 0;
  // Ties go to the role that is safer to write to: the DPO, then the controller, then a processor.
  for (const r of ['dpo', 'controller', 'processor']) {
    const v = votes.get(r) ?? 0;
    if (v > topVotes) [top, topVotes] = [r, v];
  }
  // A footer address repeated a hundred times is not the DPO's because one mention sits near "DPO".
  if (topVotes * 2 < seen) top = null;
  // A processor's or host's address stays theirs, whatever its local part says.
  if (top === 'processor') return 'other';
  if (DPO_LOCAL.test(local)) return 'dpo';
  if (PRIVACY_LOCAL.test(local)) return 'privacy';
  if (top === 'dpo') return 'dpo';
  if (top === 'controller') return 'controller';
  return 'generic';
}

const BASE: Partial<Record<EmailRole, number>> = { dpo: 40, privacy: 30, controller: 20, generic: 10 };

export function chooseContact(
  hits: EmailHit[],
  folded: string,
  raw: string,
  siteDomain: string | null,
): { emails: FoundEmail[]; contact: string | null; reason: PolicyAnalysis['contactReason'] } {
  const byAddress = new Map<string, EmailHit[]>();
  // Where the text before each mention starts: after the previous address, so "to exercise your rights, write
  // to A" does not also count for an address B that follows A.
  const windowStart = new Map<EmailHit, number>();
  hits.forEach((h, i) => {
    const prev = hits[i - 1];
    let start = Math.max(0, h.at - 250);
    if (prev && prev.address !== h.address) {
      const prevEnd = prev.at + prev.address.length;
      // Cut only across a sentence: "write to A or B" shares the phrase, "write to A. Our DPO is B" does not.
      if (prevEnd > start && /[.!?]\s|\n/.test(folded.slice(prevEnd, h.at))) start = prevEnd;
    }
    windowStart.set(h, start);
  });
  for (const h of hits) {
    const list = byAddress.get(h.address) ?? [];
    list.push(h);
    byAddress.set(h.address, list);
  }
  const rawLower = raw.toLowerCase();
  const candidates: Candidate[] = [];
  const emails: FoundEmail[] = [];
  for (const [address, list] of byAddress) {
    const role = roleOf(address, list, folded);
    const sources = new Set<EmailSource>();
    const literal = rawLower.includes(address);
    for (const h of list) sources.add(h.source === 'mailto' ? 'mailto' : literal ? 'text' : 'obfuscated');
    emails.push({ address, role, sources: [...sources], count: list.length });
    const rightsNear = list.some((h) => {
      // The phrase introducing an address comes before it ("to exercise your rights, write to …").
      const after = folded.slice(h.at, h.at + 150);
      const end = after.search(/[.!?]\s|\n/);
      const w = folded.slice(windowStart.get(h) ?? 0, h.at + (end < 0 ? 150 : end));
      return new RegExp(RIGHTS_EXERCISE_WORDS.source).test(w);
    });
    candidates.push({ address, hits: list, role, rightsNear });
  }
  let best: { c: Candidate; score: number } | null = null;
  for (const c of candidates) {
    const base = BASE[c.role];
    if (base === undefined) continue;
    const domain = c.address.split('@')[1] ?? '';
    let score = base + (c.rightsNear ? 50 : 0) + Math.min(3, c.hits.length - 1) * 3;
    if (siteDomain && (domain === siteDomain || domain.endsWith('.' + siteDomain))) score += 5;
    if (c.hits.some((h) => h.source === 'mailto')) score += 2;
    if (!best || score > best.score) best = { c, score };
  }
  const reason: PolicyAnalysis['contactReason'] = best
    ? best.c.rightsNear
      ? 'rights'
      : (best.c.role as 'dpo' | 'privacy' | 'controller' | 'generic')
    : null;
  return { emails, contact: best?.c.address ?? null, reason };
}
