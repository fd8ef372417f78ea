import { normalizeLabel } from '../classifier-text';

/** Visible-ish text of an element, normalized, cut to `max` characters (textContent: no layout needed). */
export function textOf(el: Element, max = 6000): string {
  return normalizeLabel((el.textContent ?? '').slice(0, max));
}

/** The language a dialog is written in, for the classifier: nearest `lang` attribute. */
export function langOf(el: Element): string | undefined {
  return el.closest('[lang]')?.getAttribute('lang') ?? el.ownerDocument.documentElement.getAttribute('lang') ?? undefined;
}
