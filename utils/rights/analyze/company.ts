/**
 * The company or controller name: first the sentence that names the controller ("Le responsable du traitement
 * est…", "Il titolare del trattamento è…"), then "the company X", then a name with a legal form (GmbH, S.L.…).
 */
const L = "[\\p{L}\\p{N}&'’.–-]";
const WORD = `${L}{1,40}`;
const CAP = `[\\p{Lu}\\p{N}]${L}{0,40}`;
const LEGAL_FORMS =
  "GmbH|gGmbH|AG|UG|e\\.\\s?V\\.|KG|SE|SAS|SASU|SARL|S\\.A\\.S\\.?|S\\.A\\.|SA|S\\.L\\.U?\\.?|SL|S\\.p\\.A\\.|SpA|S\\.r\\.l\\.|Srl|SRL|B\\.V\\.|BV|N\\.V\\.|NV|Ltd\\.?|Limited|LLC|Inc\\.?|plc|PLC|GbR|OHG|VZW|ASBL|Stichting";

const STATEMENTS: RegExp[] = [
  // A labelled name: "Denominación: X", "Raison sociale : X", "Naam van de organisatie: X"
  new RegExp(`(?:denominaci[oó]n(?: social)?|raz[oó]n social|ragione sociale|d[ée]nomination(?: sociale)?|raison sociale|company name|firmenname|naam van de organisatie)\\**\\s{0,3}:\\**\\s{0,3}([^\\n*]{2,80})`, 'iu'),
  // FR (CNIL model notice): "enregistrées dans un fichier informatisé par X pour …"
  new RegExp(`fichier informatis[ée] par (?:l['’] ?)?([^.\\n,<]{2,80}?)(?: pour\\b|[.,<]|$)`, 'imu'),
  // FR
  new RegExp(`responsable (?:du|de|des) traitements?(?: des donn[ée]es)?(?: personnelles)?(?: [^.\\n]{0,40}?)? est (?:la |le |les |l['’] ?)?\\**([^\\n,;(*]{2,80})`, 'iu'),
  // IT
  new RegExp(`titolare del trattamento(?: dei dati(?: personali)?)? (?:è|e)[: ]\\s{0,3}(?:rappresentat[oa] da |costituit[oa] da )?(?:il |la |lo |l['’] ?)?\\**([^\\n,;(*]{2,80})`, 'iu'),
  new RegExp(`(?:^|\\n)\\s{0,3}(?:l['’])?(${CAP}(?: ${WORD}){0,8}), (?:in qualità di |quale )titolare`, 'iu'),
  // ES
  new RegExp(`(?:es|son) responsabilidad de \\**([^\\n,;(*]{2,80}?)(?:,? (?:empresa|con|sociedad)\\b|[,;(]|$)`, 'imu'),
  new RegExp(`responsable del tratamiento(?: de (?:sus|los) datos)?(?: personales)? es:? \\**([^\\n,;(*]{2,80})`, 'iu'),
  new RegExp(`derechos[^.\\n]{0,40}? ante \\**([^*,\\n]{2,60})`, 'iu'),
  // EN
  new RegExp(`(?:data )?controller(?: responsible)?(?: for [^.\\n]{0,60}?)? is:?\\s{1,3}(?:the )?\\**([^\\n,;(*]{2,80})`, 'iu'),
  new RegExp(`the company (${CAP}(?: ${CAP}){0,4})`, 'u'),
  // DE: "Verantwortlich(er) …:" then the name on the next line
  new RegExp(`verantwortlich(?:e[rn]?)?(?: stelle)?(?: [^:\\n]{0,200})?:?[ \\t]*\\n(?:[ \\t]*\\n){0,3}[ \\t#*]*([^\\n]{2,80})`, 'iu'),
  // NL
  new RegExp(`(${CAP}(?: ${WORD}){0,6}), gevestigd`, 'u'),
  new RegExp(`[Pp]ersoonsgegevens die (${CAP}(?: ${WORD}){0,8}?) verwerkt`, 'u'),
  new RegExp(`(?:^|\\n)(${CAP}(?: ${WORD}){0,4}) verwerkt (?:je|jouw|uw) persoonsgegevens`, 'u'),
];
const LEGAL_FORM = new RegExp(`,? (${LEGAL_FORMS})(?![\\p{L}\\p{N}])`, 'gu');
const CONNECTOR = /^(?:de|la|del|di|della|y|et|und|&|van|von|der|für|fur|of|and|e)$/i;
const LEADING_FILLER = /^(?:the|la|le|les|l'|die|der|das|el|los|il|lo|de|van|by|of|est|is|ist|es|è|e)\s+/i;

function clean(name: string): string | null {
  // The name ends where the sentence does ("… è Diego Rossi. Per ogni …").
  let n = name.replace(/[*_`#]/g, '').replace(/\s+/g, ' ').split(/\.\s(?=\p{Lu})/u)[0]!.trim();
  n = n.replace(/[.:;,]+$/, '').replace(LEADING_FILLER, '').trim();
  if (n.length < 2 || n.length > 100) return null;
  if (/^(?:we|nous|wir|nosotros|noi|wij|us|you|vous|sie)$/i.test(n)) return null;
  return n;
}

/** A name, not a sentence: short, starting with a capital or digit, not a heading ending in ':'. */
function looksLikeName(n: string): boolean {
  return n.length <= 70 && n.split(' ').length <= 9 && /^[\p{Lu}\p{N}"“«]/u.test(n) && !/[:?]$/.test(n) && !/^\d+\.\s/.test(n);
}

export function findCompany(text: string): string | null {
  const sample = text.slice(0, 300_000);
  for (const re of STATEMENTS) {
    const all = new RegExp(re.source, re.flags.includes('g') ? re.flags : re.flags + 'g');
    let tries = 0;
    for (let m = all.exec(sample); m && tries < 20; m = all.exec(sample), tries++) {
      const name = m[1] && clean(m[1]);
      if (name && looksLikeName(name)) return name;
      // Overlapping matches too: a rejected heading line may hide the statement that follows it.
      all.lastIndex = m.index + 1;
    }
  }
  LEGAL_FORM.lastIndex = 0;
  for (let m = LEGAL_FORM.exec(sample); m; m = LEGAL_FORM.exec(sample)) {
    const name = nameBefore(sample, m.index);
    if (name && !VENDOR_NAMES.test(name)) return clean(`${name} ${m[1]}`);
  }
  return null;
}

/** Companies that appear in policies as vendors (analytics, hosting…), never as the site's controller. */
const VENDOR_NAMES = /^(?:google|adobe|facebook|meta|microsoft|amazon|apple|twitter|github|gitlab|hetzner|cloudflare|stripe|paypal|mailchimp|hubspot|automattic|linkedin|youtube|instagram|criteo|hotjar)\b/i;

/** The capitalised words just before a legal form ("Imaweb France" SAS); a whole short line prefix counts too. */
function nameBefore(text: string, end: number): string | null {
  const lineStart = text.lastIndexOf('\n', end - 1) + 1;
  let prefix = text.slice(Math.max(lineStart, end - 100), end).replace(/[*_"“(]/g, ' ');
  prefix = prefix.slice(prefix.lastIndexOf(':') + 1);
  const words = prefix.split(/\s+/).filter(Boolean);
  if (words.length === 0) return null;
  if (lineStart >= end - 100 && words.length <= 3 && !/[:.]$/.test(words[words.length - 1]!)) return words.join(' ');
  const kept: string[] = [];
  for (let i = words.length - 1; i >= 0 && kept.length < 6; i--) {
    const w = words[i]!;
    if (/^[\p{Lu}\p{N}]/u.test(w) && !/[:.;]$/.test(w)) kept.unshift(w);
    else if (CONNECTOR.test(w) && kept.length) kept.unshift(w);
    else break;
  }
  while (kept.length && CONNECTOR.test(kept[0]!)) kept.shift();
  return kept.length ? kept.join(' ') : null;
}
