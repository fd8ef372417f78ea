/** The country whose law applies / where the controller is, from weighted clues in the folded text. */
const CLUES: [country: string, weight: number, re: RegExp][] = [
  ['fr', 4, /french law|droit francais|loi (?:"|« ?)?informatique et libertes|french courts|tribunaux (?:francais|de paris)|\bcnil\b/g],
  ['fr', 1, /\bfrance\b|\bparis\b|\bsiret\b|\bsiren\b|\brcs\b/g],
  ['de', 4, /german (?:federal )?data protection act|german law|\bbdsg\b|\btmg\b|\bttdsg\b|\bddg\b|bundesdatenschutzgesetz|deutsches recht|amtsgericht|\bhrb\b/g],
  ['de', 1, /\bdeutschland\b|\bgermany\b|\bberlin\b|\bmunchen\b|\bkoln\b|\bhamburg\b|\bleipzig\b/g],
  ['es', 4, /\blopdgdd\b|\blopd\b|\blssi(?:-ce)?\b|\baepd\b|agencia espanola|ley organica|legislacion espanola/g],
  ['es', 1, /\bespana\b|\bspain\b|\bmadrid\b|\bbarcelona\b|\bnif\b|\bcif\b/g],
  ['it', 4, /d\.\s?lgs|codice (?:in materia di protezione dei dati|privacy)|196\/2003|\bgarante\b|\bp\.?\s?iva\b|\bpec\b/g],
  ['it', 1, /\bitalia\b|\bitaly\b|\broma\b|\bmilano\b/g],
  ['nl', 4, /\buavg\b|autoriteit persoonsgegevens|burgerservicenummer|\bbsn\b|\bkvk\b|nederlands recht/g],
  ['nl', 1, /\bnederland\b|\bnetherlands\b|\bamsterdam\b|\butrecht\b|\brotterdam\b/g],
  ['gb', 4, /uk gdpr|data protection act (?:1998|2018)|england and wales|information commissioner|(?<![.\w])ico\b|\bscotland\b/g],
  ['gb', 1, /united kingdom|\blondon\b|\bengland\b/g],
  ['at', 4, /\bdsg\b|osterreichische datenschutzbehorde|\bosterreich\b|\baustria\b/g],
  ['be', 3, /gegevensbeschermingsautoriteit|autorite de protection des donnees|\bbelgique\b|\bbelgie\b|\bbelgium\b/g],
  ['ch', 3, /\bedob\b|\bschweiz\b|\bsuisse\b|\bswitzerland\b|\bnds?g\b/g],
  ['ie', 4, /irish law|laws of ireland|data protection acts? 1988|dataprotection\.ie/g],
  ['ie', 1, /\bireland\b|\bdublin\b/g],
  ['lu', 3, /\bluxembourg\b/g],
  ['pt', 3, /\bportugal\b/g],
];
/** Postal-code shapes that name a country on their own. */
const POSTCODES: [string, number, RegExp][] = [
  ['nl', 2, /\b\d{4} ?[A-Z]{2}\b/g],
  ['gb', 2, /\b[A-Z]{1,2}\d[A-Z\d]? \d[A-Z]{2}\b/g],
];
const TLD: Record<string, string> = { fr: 'fr', de: 'de', es: 'es', it: 'it', nl: 'nl', uk: 'gb', at: 'at', be: 'be', ch: 'ch', ie: 'ie', lu: 'lu', pt: 'pt', pl: 'pl' };
const LANGUAGE_HOME: Record<string, string> = { fr: 'fr', de: 'de', es: 'es', it: 'it', nl: 'nl', pt: 'pt', pl: 'pl' };
const MAX_CHARS = 400_000;

export function tldCountry(hostOrAddress: string): string | null {
  const tld = /\.([a-z]{2})$/i.exec(hostOrAddress.trim())?.[1]?.toLowerCase();
  return (tld && TLD[tld]) || null;
}

export function detectCountry(
  text: string,
  folded: string,
  hints: { authorityCountry?: string | null; language: string | null; addresses: string[]; url?: string },
): string | null {
  const score = new Map<string, number>();
  const add = (c: string | null | undefined, w: number) => {
    if (c) score.set(c, (score.get(c) ?? 0) + w);
  };
  const sample = folded.slice(0, MAX_CHARS);
  for (const [c, w, re] of CLUES) {
    re.lastIndex = 0;
    let n = 0;
    while (re.exec(sample) && n < 5) n++;
    add(c, w * n);
  }
  const original = text.slice(0, MAX_CHARS);
  for (const [c, w, re] of POSTCODES) {
    re.lastIndex = 0;
    let n = 0;
    while (re.exec(original) && n < 3) n++;
    add(c, w * n);
  }
  add(hints.authorityCountry, 4);
  for (const a of hints.addresses) add(tldCountry(a), 1);
  if (hints.url) {
    try {
      add(tldCountry(new URL(hints.url).hostname), 2);
    } catch {
      /* not a URL: no hint */
    }
  }
  add(hints.language ? LANGUAGE_HOME[hints.language] : null, 1.5);
  let best: string | null = null;
  let bestScore = 0;
  for (const [c, s] of score) if (s > bestScore) [best, bestScore] = [c, s];
  return best;
}
