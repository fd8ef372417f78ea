import type { Purpose, PurposeOrNecessary } from '../settings/purposes';
import { normalizeLabel } from './classifier-text';

export { normalizeLabel };

/**
 * Classifies the names sites give consent categories and services ("Mesure d'audience", "Statistiken",
 * "Publicité ciblée", "YouTube", tarteaucitron types, orestbida/Klaro/Cookiebot/OneTrust category names)
 * in English, French, German, Spanish, Italian and Dutch. A compact keyword table (it ships in the
 * content script): text is accent-folded, lower-cased and cut into words; patterns match at word starts
 * (stems cover plurals and German compounds such as "Statistikcookies") or, where marked, whole words.
 *
 * Several purposes can match one label. "Weak" cues are modifiers ("personalised", "performance",
 * "measure", "profiling", "other"): they count only when no strong cue of another purpose matched, so
 * "Personalised ads" and "Measure ad performance" are advertising while "Personnalisation" alone is
 * personalization. `necessary` is dropped when any optional purpose also matched ("functional cookies
 * necessary for…"): taking such a toggle for necessary would leave a denied purpose on.
 */

export type ClassTarget = PurposeOrNecessary;

export interface Classification {
  /** The purpose the label is about; the most privacy-relevant one when several match. */
  target: ClassTarget | null;
  /** Every purpose the label covers (a toggle "Analytics & marketing" covers two): allow it only if all are allowed. */
  targets: ClassTarget[];
  /** 0 (nothing matched) … 1. At or above CONFIDENT the label may be acted on. */
  confidence: number;
  /** The normalized words or phrases that matched, for reports and tests. */
  matched: string[];
}

/** Threshold above which a classification is trusted to set a toggle on an unknown banner. */
export const CONFIDENT = 0.7;

interface Cue {
  t: ClassTarget;
  re: RegExp;
  weak?: true;
  /** Only for pages in this language (a word that means something else elsewhere). */
  lang?: string;
  /** Not for pages in this language. */
  notLang?: string;
}

// Order = precedence when several purposes match (first wins as `target`).
const PRECEDENCE: ClassTarget[] = ['advertising', 'analytics', 'social', 'personalization', 'functional', 'other', 'necessary'];

const CUE_TABLE: Cue[] = [
  // advertising
  { t: 'advertising', re: /\bad\b/, notLang: 'it' }, // Italian "ad" is a preposition
  { t: 'advertising', re: /\b(?:ads|advert\w*|pu(?:b)?blicit\w*|publicid\w*|pubblicit\w*|reclame\w*|annonc\w*|anunci\w*|annunci\w*|target\w*|retarget\w*|cibl\w*|afiliad\w*|affiliat\w*|affiliazion\w*|sponsor\w*|anzeige\w*|sale of (?:my )?personal \w+)\b/ },
  { t: 'advertising', re: /marketing|(?<!be|er)werb|\b(?:criteo|doubleclick|adsense|adwords|taboola|outbrain|adroll|tradedoubler|awin|pixel)\b/ },
  { t: 'advertising', re: /\bprofil\w*/, weak: true },
  { t: 'advertising', re: /\bpubs?\b/, lang: 'fr' },
  // analytics
  { t: 'analytics', re: /\banal[iy][st]\w*|analy[st]|statisti|\bestadistic|\b(?:matomo|piwik|hotjar|mixpanel|plausible|chartbeat|xiti|at internet|amplitude|etracker|wysistat|mouseflow|smartlook|fullstory|optimizely|ab tasty|kameleoon|clarity|yandex metri\w*)\b/ },
  { t: 'analytics', re: /\b(?:mesure d audience|medicion de audiencia|misur\w* (?:del |di |dell )?pubblico|audience measurement|reichweit\w*|besucher\w*|bezoeker\w*|bezoekersmeting)\b/ },
  { t: 'analytics', re: /\b(?:performance|perform\w*|leistung\w*|prestazion\w*|rendimiento|prestatie\w*|messen|measure\w*|measurement|mesure\w*|messung|medicion\w*|misura\w*|meting\w*|audience\w*|audiencia|tracking)\b|messung/, weak: true },
  // social, embedded media
  { t: 'social', re: /\b(?:socia\w*|sozial\w*|facebook|twitter|linkedin|instagram|pinterest|tiktok|youtube|vimeo|dailymotion|spotify|soundcloud|disqus|videos?|video s|maps?|mapas?|mappe|kart(?:e|en)\w*|kaart\w*|embed\w*|eingebettet\w*|multimedia\w*)\b/ },
  {
    t: 'social',
    re: /\b(?:external (?:media|content)|externe (?:medien|inhalte|media|content)|medias? externes?|contenus? externes?|contenido externo|contenuti esterni)\b/,
  },
  { t: 'social', re: /\b(?:comment\w*|comentari\w*|kommentar\w*|reacties)\b/, weak: true },
  // personalization
  {
    t: 'personalization',
    re: /\b(?:content|contenu|contenido|contenuti?|inhalte?|inhoud)\w* (?:\w+ ){0,2}(?:ge)?personn?ali[sz]|\b(?:ge)?personn?ali[sz]\w* (?:\w+ ){0,2}(?:content|contenu|contenido|contenuti|inhalte?|inhoud)|\b(?:recommend\w*|recommand\w*|empfehlung\w*|recomendacion\w*|raccomandazion\w*|aanbeveling\w*)\b/,
  },
  { t: 'personalization', re: /\b(?:ge)?personn?ali[sz]\w*|\bpersonalisier\w*|\bpersonalizzazion\w*/, weak: true },
  // functional
  {
    t: 'functional',
    re: /\b(?:function\w*|fonction\w*|funktion\w*|funcional\w*|funzional\w*|preferen\w*|praferenz\w*|voorkeur\w*|komfort\w*|comfort\w*|confort\w*|support|soporte|supporto|api|apis|livechat|chat\w*|customer service|service client|kundenservice|kundendienst|atencion al cliente|assistenza clienti|klantenservice|styling|service provision|dienstbereitstellung|prestation de services?|prestacion de servicios?|fornitura di servizi|dienstverlening|fonts?)\b/,
  },
  { t: 'functional', re: /\bstorage\b/, weak: true },
  // other
  {
    t: 'other',
    re: /\b(?:others?|autres?|andere|sonstige\w*|otros?|otras?|altri|altro|overig\w*|unclassified|uncategori[sz]ed|non classe\w*|nicht klassifiziert\w*|sin clasificar|non classificat\w*|niet geclassificeerd)\b/,
    weak: true,
  },
  // necessary (dropped when an optional purpose also matched)
  {
    t: 'necessary',
    re: /\b(?:necess\w*|necesari\w*|essen[tz]i\w*|strictly|strikt\w*|unbedingt\w*|erforderlich\w*|notwendig\w*|noodzakelijk\w*|indispensab\w*|imprescindib\w*|obligatoire\w*|required|requis\w*|technisch\w*|techniqu\w*|technical|tecnic\w*|security|securite|sicherheit\w*|seguridad|sicurezza|beveiliging)\b/,
  },
];

// Compiled on first use: a top-level call would keep the whole table in bundles that import this module
// only for a type or never classify (the content script's cheap path).
let compiled: Cue[] | null = null;
const cues = () => (compiled ??= CUE_TABLE.map((cue) => ({ ...cue, re: new RegExp(cue.re.source, 'g') })));

export function classifyWithConfidence(text: string, lang?: string): Classification {
  const norm = normalizeLabel(text);
  const language = lang?.toLowerCase().slice(0, 2);
  const strong = new Map<ClassTarget, string[]>();
  const weak = new Map<ClassTarget, string[]>();
  for (const cue of cues()) {
    if ((cue.lang && cue.lang !== language) || (cue.notLang && cue.notLang === language)) continue;
    const found = norm.match(cue.re);
    if (!found) continue;
    const bucket = cue.weak ? weak : strong;
    bucket.set(cue.t, [...(bucket.get(cue.t) ?? []), ...found]);
  }
  // Weak cues only speak when no strong cue of another purpose did.
  const hits = strong.size > 0 ? strong : weak;
  if (strong.size > 0) for (const [t, words] of weak) if (strong.has(t)) strong.set(t, [...strong.get(t)!, ...words]);
  if (hits.size > 1) hits.delete('necessary');
  const targets = PRECEDENCE.filter((t) => hits.has(t));
  const target = targets[0] ?? null;
  if (!target) return { target: null, targets: [], confidence: 0, matched: [] };
  const matched = targets.flatMap((t) => hits.get(t)!);
  // A short label is a name; a long text is a description where words are more often incidental.
  const short = norm.split(' ').length <= 6;
  let confidence = strong.size > 0 ? (short ? 0.95 : 0.8) : short ? 0.75 : 0.5;
  if (targets.length > 1) confidence -= 0.1;
  return { target, targets, confidence: Math.round(confidence * 100) / 100, matched };
}

/** The purpose a category label is about, `necessary`, or null when unknown (callers map null to `other`). */
export function classifyLabel(text: string, lang?: string): Purpose | 'necessary' | null {
  return classifyWithConfidence(text, lang).target;
}
