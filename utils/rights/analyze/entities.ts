/** HTML character references: numeric ones and the named ones policies use (incl. &commat; / &period; obfuscation). */
const NAMED: Record<string, string> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', copy: '©', reg: '®', laquo: '«', raquo: '»',
  rsquo: '’', lsquo: '‘', ldquo: '“', rdquo: '”', ndash: '–', mdash: '—', hellip: '…', commat: '@', period: '.',
  num: '#', sol: '/', colon: ':', lpar: '(', rpar: ')', lsqb: '[', rsqb: ']', shy: '\u00ad', zwj: '', zwnj: '',
  eacute: 'é', egrave: 'è', ecirc: 'ê', euml: 'ë', agrave: 'à', aacute: 'á', acirc: 'â', auml: 'ä', ccedil: 'ç',
  iacute: 'í', icirc: 'î', iuml: 'ï', igrave: 'ì', oacute: 'ó', ocirc: 'ô', ouml: 'ö', ograve: 'ò', uacute: 'ú',
  ucirc: 'û', uuml: 'ü', ugrave: 'ù', ntilde: 'ñ', szlig: 'ß', Auml: 'Ä', Ouml: 'Ö', Uuml: 'Ü', Eacute: 'É',
  Agrave: 'À', Ccedil: 'Ç', Ntilde: 'Ñ', euro: '€', deg: '°', middot: '·', bull: '•', ordm: 'º', ordf: 'ª',
};
const REF = /&(?:#(\d{1,7})|#[xX]([0-9a-fA-F]{1,6})|([a-zA-Z]{2,8}));/g;

export function decodeEntities(s: string): string {
  if (!s.includes('&')) return s;
  return s.replace(REF, (whole, dec: string | undefined, hex: string | undefined, name: string | undefined) => {
    if (name !== undefined) return NAMED[name] ?? whole;
    const code = dec !== undefined ? Number(dec) : parseInt(hex!, 16);
    if (!Number.isFinite(code) || code <= 0 || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return whole;
    return String.fromCodePoint(code);
  });
}
