/**
 * Finding e-mail addresses: undo common obfuscations, then scan from each '@' outwards (no regex over the
 * whole local part, so a megabyte of letters without '@' costs nothing).
 */
import type { EmailSource } from './types';

export interface EmailHit {
  address: string;
  /** Offset in the normalised text. */
  at: number;
  source: EmailSource;
}

const ZERO_WIDTH = /[\u200B-\u200D\u2060\uFEFF\u00AD]/g;
const HYPHENS = /[\u2010-\u2012]/g;
const AT_SIGNS = /[\uFF20\uFE6B]/g;
const SPACES = /[ \t\u00A0\u2000-\u200A\u202F\u205F\u3000]+/g;
const AT_WORD = / ?[([{<] ?(?:a ?t|ät|aet|arobase|chiocciola|klammeraffe|arroba) ?[)\]}>] ?/gi;
const DOT_WORD = / ?[([{<] ?(?:dot|punkt|point|punto|punt|pt) ?[)\]}>] ?/gi;
const SPACED_AT = /([A-Za-z0-9._%+-]) @ ?([A-Za-z0-9])|([A-Za-z0-9._%+-]) ?@ ([A-Za-z0-9])/g;
/** "name at domain dot com": found from the literal " at " then the local part is read backwards (linear). */
const WORDY_TAIL = / at ((?:[a-z0-9-]{1,63} dot ){1,4}[a-z]{2,24})\b/gi;
const LOCAL_CHAR = /[a-z0-9._-]/i;

function undoWordy(text: string): string {
  if (!/ dot /i.test(text)) return text;
  const out: string[] = [];
  let last = 0;
  WORDY_TAIL.lastIndex = 0;
  for (let m = WORDY_TAIL.exec(text); m; m = WORDY_TAIL.exec(text)) {
    let s = m.index;
    while (s > last && m.index - s < 64 && LOCAL_CHAR.test(text[s - 1]!)) s--;
    if (s === m.index) continue;
    out.push(text.slice(last, m.index), '@', m[1]!.replace(/ dot /gi, '.'));
    last = m.index + m[0].length;
  }
  out.push(text.slice(last));
  return out.join('');
}

/** Text with obfuscated addresses (`(at)`, `[dot]`, ` @ `, zero-width characters…) turned back into plain ones. */
export function deobfuscate(text: string): string {
  const plain = text
    .replace(ZERO_WIDTH, '')
    .replace(HYPHENS, '-')
    .replace(AT_SIGNS, '@')
    .replace(SPACES, ' ')
    .replace(AT_WORD, '@')
    .replace(DOT_WORD, '.')
    .replace(SPACED_AT, (_m, a, b, c, d) => (a !== undefined ? `${a}@${b}` : `${c}@${d}`));
  return undoWordy(plain);
}

const LOCAL = /[A-Za-z0-9._%+-]/;
const DOMAIN = /[A-Za-z0-9.-]/;
const FILE_TLD = /^(?:png|jpe?g|gif|svg|webp|css|js|ico|bmp|tiff?)$/i;

/** Every address in the text, in order, with its offset. */
export function scanEmails(text: string, source: EmailSource): EmailHit[] {
  const hits: EmailHit[] = [];
  let at = text.indexOf('@');
  while (at >= 0) {
    let s = at;
    while (s > 0 && at - s < 64 && LOCAL.test(text[s - 1]!)) s--;
    let e = at + 1;
    while (e < text.length && e - at < 255 && DOMAIN.test(text[e]!)) e++;
    if (s === at || e === at + 1) {
      at = text.indexOf('@', at + 1);
      continue;
    }
    let local = text.slice(s, at).replace(/^[.-]+/, '');
    let domain = text.slice(at + 1, e).replace(/[.-]+$/, '');
    local = local.replace(/^mailto:/i, '');
    const labels = domain.split('.');
    const tld = labels[labels.length - 1] ?? '';
    if (
      local.length > 0 &&
      labels.length >= 2 &&
      labels.every((l) => l.length > 0 && l.length <= 63 && !l.startsWith('-') && !l.endsWith('-')) &&
      /^[a-z]{2,24}$/i.test(tld) &&
      !FILE_TLD.test(tld) &&
      !local.includes('..')
    ) {
      hits.push({ address: `${local}@${domain}`.toLowerCase(), at: at - local.length, source });
    }
    at = text.indexOf('@', at + 1);
  }
  return hits;
}

/** Addresses written as `mailto:` URLs in text (e.g. Markdown links), percent-decoded. */
export function mailtoInText(text: string): EmailHit[] {
  const hits: EmailHit[] = [];
  const re = /mailto:([^\s)"'<>\]?]{3,320})/gi;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    for (const h of scanEmails(safeDecode(m[1]!), 'mailto')) hits.push({ ...h, at: m.index });
  }
  return hits;
}

export function safeDecode(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

/** The address part of a mailto: href (before ?subject=…), percent-decoded; several addresses allowed. */
export function mailtoHrefAddresses(href: string): string[] {
  const m = /^\s*mailto:([^?#]*)/i.exec(href);
  if (!m) return [];
  return scanEmails(safeDecode(m[1]!), 'mailto').map((h) => h.address);
}

