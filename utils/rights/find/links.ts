/**
 * Ranking a page's links to its privacy policy and legal notice, by text, title, aria-label and href path,
 * in EN FR DE ES IT NL (+ PT PL). Terms: shared/reference/privacy-contact-keywords.md §1.
 */
import { siteKey } from '@/utils/settings/effective';
import { fold } from '@/utils/rights/analyze/fold';
import type { LinkInfo, LinkKind, RankedLink } from './types';

const PRIVACY_STRONG =
  /privacy policy|privacy notice|privacy statement|data protection|data policy|your privacy|politique de confidentialite|confidentialite|vie privee|donnees personnelles|protection des donnees|datenschutzerklarung|datenschutzhinweise|datenschutzbestimmungen|datenschutzrichtlinie|datenschutz|privatsphare|politica de privacidad|privacidad|proteccion de datos|informativa (?:sulla )?privacy|protezione dei dati|privacybeleid|privacyverklaring|privacystatement|gegevensbeleid|politica de privacidade|privacidade|polityka prywatnosci|prywatnosc/;
const PRIVACY_WEAK = /\bprivacy\b|\bgdpr\b|\brgpd\b|\bdsgvo\b|\bds-gvo\b|\bavg\b|\brodo\b|\blopd\b|informatique et libertes|trattamento dei dati/;
const COOKIE = /cookie/;
const LEGAL =
  /legal notice|\bimprint\b|\bimpressum\b|mentions legales|aviso legal|note legali|\bcolofon\b|informazioni legali|legal information|\blegal\b|\bdisclaimer\b/;
const PATH_PRIVACY =
  /\/(?:[a-z-]*\/)*(?:privacy|privacy-policy|privacy-notice|privacy-statement|data-protection|gdpr|confidentialite|politique-de-confidentialite|vie-privee|donnees-personnelles|protection-des-donnees|rgpd|datenschutz|datenschutzerklaerung|datenschutzhinweise|privacidad|politica-de-privacidad|proteccion-de-datos|informativa-privacy|privacybeleid|privacyverklaring|privacidade|polityka-prywatnosci)(?:[./?#-]|$)/;
const PATH_LEGAL = /\/(?:[a-z-]*\/)*(?:impressum|imprint|mentions-legales|aviso-legal|note-legali|legal-notice|legal|colofon)(?:[./?#-]|$)/;
const NOT_A_PAGE = /^(?:javascript|mailto|tel|data):/i;

function resolve(href: string, base: string): URL | null {
  if (NOT_A_PAGE.test(href.trim())) return null;
  try {
    const u = new URL(href, base);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u : null;
  } catch {
    return null;
  }
}

function scoreLink(link: LinkInfo, url: URL): { kind: LinkKind; score: number } | null {
  const words = fold([link.text, link.title, link.ariaLabel].filter(Boolean).join(' ').slice(0, 300));
  const path = fold(decodeURIComponent(url.pathname + url.search).slice(0, 300));
  let privacy = 0;
  let legal = 0;
  if (PRIVACY_STRONG.test(words)) privacy += 10;
  else if (PRIVACY_WEAK.test(words)) privacy += 6;
  if (PATH_PRIVACY.test(path)) privacy += 6;
  else if (/privacy|datenschutz|confidential|privacidad|privacidade/.test(path)) privacy += 3;
  // A cookie policy is a privacy text, but rarely the one naming the DPO.
  if (COOKIE.test(words) || /cookie/.test(path)) privacy -= privacy > 0 ? 4 : 0;
  if (/\bprivacy-policy\b|rel-privacy|privacy-policy/.test(link.rel ?? '')) privacy += 8;
  if (LEGAL.test(words)) legal += 8;
  if (PATH_LEGAL.test(path)) legal += 5;
  if (privacy <= 0 && legal <= 0) return null;
  return privacy >= legal ? { kind: 'privacy', score: privacy } : { kind: 'legal', score: legal };
}

/** Links to the privacy policy and legal notice: same-site first, then privacy before legal, then by score. */
export function rankPolicyLinks(links: LinkInfo[], pageUrl: string): RankedLink[] {
  const site = siteKey(pageUrl);
  const best = new Map<string, RankedLink>();
  for (const link of links.slice(0, 5000)) {
    const url = resolve(link.href, pageUrl);
    if (!url) continue;
    url.hash = '';
    const s = scoreLink(link, url);
    if (!s) continue;
    const key = url.href;
    const sameSite = siteKey(url.href) === site;
    const prev = best.get(key);
    if (!prev || s.score > prev.score) best.set(key, { url: key, kind: s.kind, score: s.score, sameSite });
  }
  return [...best.values()].sort(
    (a, b) => Number(b.sameSite) - Number(a.sameSite) || Number(b.kind === 'privacy') - Number(a.kind === 'privacy') || b.score - a.score,
  );
}
