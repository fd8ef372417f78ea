/**
 * A small HTML-to-text step with no DOM (runs in Node and in the service worker). One forward scan with
 * indexOf, so malformed or huge pages cost linear time: an unclosed <script> drops the rest, a stray '<' is text.
 */
import { decodeEntities } from './entities';

export interface PageLink {
  href: string;
  text: string;
  /** Offset of the link in the returned text. */
  at: number;
}

export interface HtmlText {
  text: string;
  links: PageLink[];
}

const BLOCK = new Set(
  'p div br li ul ol tr td th table h1 h2 h3 h4 h5 h6 section article header footer main nav aside center blockquote pre hr dd dt dl address form title option figure figcaption tbody thead tfoot label button'.split(
    ' ',
  ),
);
const SKIP = new Set(['script', 'style', 'noscript', 'template', 'svg', 'iframe', 'object']);
const WHITESPACE = /[ \t\r\n\f]+/g;
const TAG_NAME = /^\/?\s*([a-zA-Z][a-zA-Z0-9-]{0,30})/;
const HREF = /\bhref\s?=\s?(?:"([^"]*)"|'([^']*)'|([^\s>"']+))/i;
/** A tag longer than this is not markup we care about; its attributes are not parsed. */
const MAX_TAG = 4096;

/** In HTML a line break inside text is a space; a blank line (Markdown with some tags) stays a break. */
function collapseSpaces(s: string): string {
  const nl = s.indexOf('\n');
  if (nl >= 0 && s.indexOf('\n', nl + 1) >= 0) return s.replace(WHITESPACE, (ws) => (ws.indexOf('\n') !== ws.lastIndexOf('\n') ? '\n' : ' '));
  return s.replace(WHITESPACE, ' ');
}

export function looksLikeHtml(input: string): boolean {
  return /<(?:html|body|p|div|a|br|span|table|td|h[1-6]|li|ul|section|article)\b[^>]{0,200}>/i.test(input.slice(0, 100_000));
}

export function htmlToText(html: string): HtmlText {
  const lower = html.toLowerCase();
  const parts: string[] = [];
  let length = 0;
  const links: PageLink[] = [];
  let open: { href: string; start: number; text: string } | null = null;
  const push = (s: string) => {
    if (!s) return;
    const d = decodeEntities(collapseSpaces(s));
    parts.push(d);
    length += d.length;
    if (open && open.text.length < 200) open.text += d.slice(0, 200);
  };
  const n = html.length;
  let i = 0;
  while (i < n) {
    const lt = html.indexOf('<', i);
    if (lt < 0) {
      push(html.slice(i));
      break;
    }
    push(html.slice(i, lt));
    if (html.startsWith('<!--', lt)) {
      const end = html.indexOf('-->', lt + 4);
      i = end < 0 ? n : end + 3;
      continue;
    }
    const next = html.charCodeAt(lt + 1);
    const isTagStart = (next >= 65 && next <= 90) || (next >= 97 && next <= 122) || next === 47 || next === 33 || next === 63;
    if (!isTagStart) {
      push('<');
      i = lt + 1;
      continue;
    }
    const gt = html.indexOf('>', lt + 1);
    if (gt < 0) {
      // A '<' that never closes: keep what follows as text rather than losing the page.
      push(html.slice(lt + 1));
      break;
    }
    const src = html.slice(lt + 1, Math.min(gt, lt + 1 + MAX_TAG));
    const m = TAG_NAME.exec(src);
    const name = m?.[1]?.toLowerCase() ?? '';
    const closing = src.startsWith('/');
    i = gt + 1;
    if (!closing && SKIP.has(name)) {
      const end = lower.indexOf('</' + name, gt);
      const endGt = end < 0 ? -1 : html.indexOf('>', end);
      i = endGt < 0 ? n : endGt + 1;
      parts.push('\n');
      length += 1;
      continue;
    }
    if (name === 'a') {
      if (closing) {
        if (open) {
          links.push({ href: open.href, text: open.text.replace(/\s+/g, ' ').trim().slice(0, 200), at: open.start });
          open = null;
        }
      } else {
        const h = HREF.exec(src);
        const href = h ? decodeEntities(h[1] ?? h[2] ?? h[3] ?? '') : '';
        if (href) open = { href, start: length, text: '' };
      }
      // Links are inline: an address split across <a> pieces stays joined.
      continue;
    }
    if (BLOCK.has(name)) {
      parts.push('\n');
      length += 1;
    }
  }
  if (open) links.push({ href: open.href, text: open.text.trim().slice(0, 200), at: open.start });
  return { text: parts.join(''), links };
}
