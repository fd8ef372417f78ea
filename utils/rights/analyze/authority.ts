/** The supervisory authority a policy names (for complaints), and the addresses that are authorities' own. */
import { AUTHORITIES } from '@/utils/rights/data/authorities';

interface Alias {
  name: string;
  country: string;
  re: RegExp;
}

/** Names as policies write them (folded). The data file has one long official name each; policies use these. */
const ALIASES: Alias[] = [
  { name: 'CNIL', country: 'fr', re: /\bcnil\b|commission nationale de l'informatique|national commission (?:for|on) information technology and libert|national commission on informatics and libert/g },
  { name: "Information Commissioner's Office (ICO)", country: 'gb', re: /information commissioner|(?<![.\w])ico\b/g },
  { name: 'Agencia Española de Protección de Datos (AEPD)', country: 'es', re: /\baepd\b|agencia espanola de proteccion de datos|spanish data protection agency/g },
  { name: 'Garante per la protezione dei dati personali', country: 'it', re: /garante per la protezione dei dati|garante (?:della )?privacy|\bgpdp\b|italian data protection authority|\bal garante\b/g },
  { name: 'Autoriteit Persoonsgegevens', country: 'nl', re: /autoriteit persoonsgegevens|dutch data protection authority/g },
  { name: 'Die Bundesbeauftragte für den Datenschutz und die Informationsfreiheit (BfDI)', country: 'de', re: /\bbfdi\b|bundesbeauftragte[rn]? fur den datenschutz/g },
  { name: 'Landesdatenschutzbehörde', country: 'de', re: /landesbeauftragte[rn]? fur (?:den )?datenschutz|landesamt fur datenschutzaufsicht|\bbaylda\b|unabhangiges landeszentrum fur datenschutz/g },
  { name: 'Österreichische Datenschutzbehörde', country: 'at', re: /osterreichische datenschutzbehorde|datenschutzbehorde \(dsb\)/g },
  { name: 'Data Protection Commission', country: 'ie', re: /irish data protection commission|data protection commission \(dpc\)|dataprotection\.ie/g },
  { name: 'Autorité de protection des données', country: 'be', re: /autorite de protection des donnees|gegevensbeschermingsautoriteit/g },
  { name: 'EDÖB', country: 'ch', re: /\bedob\b|eidgenossische[rn]? datenschutz/g },
  { name: 'CNPD', country: 'lu', re: /commission nationale pour la protection des donnees/g },
  { name: 'CNPD', country: 'pt', re: /comissao nacional de prote[c]?cao de dados/g },
  { name: 'UODO', country: 'pl', re: /\buodo\b|urzad ochrony danych osobowych/g },
];

function host(url: string): string | null {
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return null;
  }
}

/** Domains whose addresses belong to a supervisory authority (from the data file, plus known aliases). */
export const AUTHORITY_DOMAINS: ReadonlySet<string> = new Set(
  [
    ...AUTHORITIES.flatMap((a) => [a.email?.split('@')[1], host(a.web)]),
    'cnil.fr', 'ico.org.uk', 'aepd.es', 'gpdp.it', 'pec.gpdp.it', 'garanteprivacy.it', 'autoriteitpersoonsgegevens.nl',
    'bfdi.bund.de', 'dsb.gv.at', 'apd-gba.be', 'dataprotection.ie', 'edoeb.admin.ch', 'cnpd.lu', 'cnpd.pt', 'uodo.gov.pl',
  ].filter((d): d is string => !!d),
);

export function isAuthorityAddress(address: string): boolean {
  const domain = address.split('@')[1] ?? '';
  // Only listed domains: private DPO services use look-alike ones (datenschutz-nord.de is a firm, not a state office).
  for (const d of AUTHORITY_DOMAINS) if (domain === d || domain.endsWith('.' + d)) return true;
  return false;
}

/** The authority named most often (ties: first named). */
export function findAuthority(folded: string): { name: string; country: string } | null {
  let best: { name: string; country: string; count: number; first: number } | null = null;
  for (const a of ALIASES) {
    a.re.lastIndex = 0;
    let count = 0;
    let first = -1;
    for (let m = a.re.exec(folded); m; m = a.re.exec(folded)) {
      if (first < 0) first = m.index;
      count++;
    }
    if (count && (!best || count > best.count || (count === best.count && first < best.first))) {
      best = { name: a.name, country: a.country, count, first };
    }
  }
  return best && { name: best.name, country: best.country };
}
