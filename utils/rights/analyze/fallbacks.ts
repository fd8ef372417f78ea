/** When no address is usable: the contact form or the postal address the policy gives instead. */
import type { PageLink } from './html-to-text';
import { fold } from './fold';
import { AUTHORITY_WORDS, RIGHTS_EXERCISE_WORDS, WEB_FORM_WORDS } from './keywords';

const FORM_LINK = /contact|kontakt|formulaire|formular|formulario|modulo|form\b|privacy-request|data-request|dsar|droits|rights/i;

export function findWebForm(text: string, folded: string, links: PageLink[]): { url: string | null; text: string } | null {
  const re = new RegExp(WEB_FORM_WORDS.source, 'g');
  const m = re.exec(folded);
  const link = links.find((l) => !/^mailto:/i.test(l.href) && (FORM_LINK.test(l.href) || FORM_LINK.test(l.text)));
  if (!m && !link) return null;
  const at = m?.index ?? link!.at;
  const phrase = text.slice(Math.max(0, at - 80), at + 120).replace(/\s+/g, ' ').trim();
  return { url: link?.href ?? null, text: phrase };
}

/** 5-digit codes (FR DE ES IT), NL "1234 AB", 4 digits before a town (BE AT CH), UK codes. */
const POSTCODE = /(?<![\w/.,])(?:\d{5}|\d{4} ?[A-Z]{2}|\d{4}(?= [A-Z][a-z])|[A-Z]{1,2}\d[A-Z\d]? \d[A-Z]{2})(?![\w/])/;
const TAGS = /<[^<>]{0,200}>/g;
const MAX_LINES = 2_000;

/** The lines around a postal code, nearest to where the policy talks about exercising rights. */
export function findPostalAddress(text: string, folded: string): string | null {
  const lines = text.split('\n').map((l) => l.replace(TAGS, ''));
  const offsets: number[] = [];
  let pos = 0;
  for (const l of lines) {
    offsets.push(pos);
    pos += l.length + 1;
  }
  const rights: number[] = [];
  const re = new RegExp(RIGHTS_EXERCISE_WORDS.source, 'g');
  for (let m = re.exec(folded); m && rights.length < 200; m = re.exec(folded)) rights.push(m.index);
  let best: { i: number; distance: number } | null = null;
  let seen = 0;
  lines.forEach((line, i) => {
    if (seen >= MAX_LINES || line.length > 1500) return;
    const code = POSTCODE.exec(line);
    if (!code) return;
    seen++;
    // The authority's address (for complaints) is not where requests go.
    if (new RegExp(AUTHORITY_WORDS.source).test(fold(line.slice(Math.max(0, code.index - 150), code.index)))) return;
    const at = offsets[i]!;
    const distance = rights.length ? Math.min(...rights.map((r) => Math.abs(r - at))) : at;
    if (!best || distance < best.distance) best = { i, distance };
  });
  if (!best) return null;
  const { i } = best as { i: number };
  const line = lines[i]!.replace(/[*_]/g, '').trim();
  if (line.length > 120) {
    // An address inside a sentence: keep the clause around the postal code.
    const m = POSTCODE.exec(line)!;
    const start = Math.max(line.lastIndexOf(' en ', m.index), line.lastIndexOf(' at ', m.index), line.lastIndexOf(': ', m.index), m.index - 70, 0);
    const end = line.indexOf(',', m.index + m[0].length + 3);
    return line.slice(start, end < 0 ? m.index + 40 : end).replace(/^(?: en | at |: )/, '').trim();
  }
  const block: string[] = [line];
  for (let k = i - 1; k >= 0 && block.length < 4; k--) {
    const l = lines[k]!.replace(/[*_]/g, '').trim();
    if (!l || l.length > 70 || /[:]$/.test(l) || /^-{3,}$/.test(l)) break;
    block.unshift(l);
  }
  for (let k = i + 1, added = 0; k < lines.length && added < 2; k++, added++) {
    const l = lines[k]!.replace(/[*_]/g, '').trim();
    if (!l || l.length > 40 || /^-{3,}$/.test(l)) break;
    block.push(l);
  }
  return block.join(', ');
}
