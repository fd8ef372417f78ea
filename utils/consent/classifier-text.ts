/** Kept apart from the classifier's table so the content script's cheap pre-check can use it alone. */

/** Lower case, accents and ligatures folded, everything that is not a letter or digit becomes one space. */
export function normalizeLabel(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/ß/g, 'ss')
    .replace(/œ/g, 'oe')
    .replace(/æ/g, 'ae')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}
