/**
 * Lower-case and strip accents WITHOUT changing the length, so a position in the folded text is the same
 * position in the original (keyword matches and e-mail contexts share one index).
 */
const cache = new Map<string, string>();
const SPECIAL: Record<string, string> = { '’': "'", '‘': "'", '´': "'", '`': "'", '“': '"', '”': '"', '«': '"', '»': '"' };

function foldChar(c: string): string {
  let f = cache.get(c);
  if (f === undefined) {
    f = SPECIAL[c] ?? (c.toLowerCase().normalize('NFD')[0] ?? c);
    cache.set(c, f);
  }
  return f;
}

export function fold(text: string): string {
  const lower = text.toLowerCase();
  // Fast path: lower-casing kept the length (almost always), so only non-ASCII letters need stripping.
  if (lower.length === text.length) return lower.replace(/[^\x00-\x7f]/g, foldChar);
  return foldEachChar(text);
}

function foldEachChar(text: string): string {
  const out = new Array<string>(text.length);
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    const code = c.charCodeAt(0);
    out[i] = code < 128 ? (code >= 65 && code <= 90 ? String.fromCharCode(code + 32) : c) : foldChar(c);
  }
  return out.join('');
}
