import { normalizeLabel } from '../classifier-text';
import type { LayoutProbe } from './layout';
import { ACCEPT_WORDS, ALL_WORDS, REJECT_PHRASES, SAVE_PHRASES, SETTINGS_WORDS } from './button-words';

// Built on first use: a top-level call would keep these lists in bundles that only need quickCheck.
let built: { reject: RegExp; save: RegExp } | null = null;
const words = () => (built ??= { reject: new RegExp(`\\b(?:${REJECT_PHRASES.join('|')})\\b`), save: new RegExp(`\\b(?:${SAVE_PHRASES.join('|')})\\b`) });

export type ButtonKind = 'reject' | 'acceptAll' | 'save' | 'settings' | 'accept';

export interface DialogButton {
  el: HTMLElement;
  label: string;
  kind: ButtonKind;
}

const CLICKABLE = 'button, [role=button], input[type=button], input[type=submit], a';

/** What the person reads on a button: its text, else aria-label, title or value. */
export function buttonLabel(el: Element): string {
  const text = (el.textContent ?? '').trim();
  return (text || el.getAttribute('aria-label') || el.getAttribute('title') || (el as HTMLInputElement).value || '').replace(/\s+/g, ' ');
}

/**
 * True when clicking would leave the page: a link to another address, a link opening a new tab, or a
 * submit button of a form that posts somewhere. "Continue without accepting" links with `href="#"`
 * or `javascript:void(0)` stay.
 */
export function navigatesAway(el: Element): boolean {
  if (el.tagName === 'A') {
    const href = el.getAttribute('href');
    if (el.getAttribute('target') && el.getAttribute('target') !== '_self') return true;
    if (href === null || href.trim() === '' || href.startsWith('#') || /^javascript:/i.test(href.trim())) return false;
    return true;
  }
  const form = (el as HTMLButtonElement).form;
  const isSubmit = el.tagName === 'BUTTON' ? ((el as HTMLButtonElement).type || 'submit') === 'submit' : (el as HTMLInputElement).type === 'submit';
  return Boolean(form && isSubmit && form.getAttribute('action'));
}

/** Sorts a button label into what it would do; reject words win over accept words ("continuer sans accepter"). */
export function buttonKind(label: string): ButtonKind | null {
  const norm = normalizeLabel(label);
  if (!norm || norm.length > 80) return null;
  const { reject, save } = words();
  if (reject.test(norm)) return 'reject';
  const accepts = ACCEPT_WORDS.test(norm);
  if (accepts && ALL_WORDS.test(norm)) return 'acceptAll';
  if (save.test(norm)) return 'save';
  if (SETTINGS_WORDS.test(norm)) return 'settings';
  if (accepts) return 'accept';
  return null;
}

/** The buttons inside `root` the generic answer may click: shown, staying on the page, with a known meaning. */
export function dialogButtons(root: Element, probe: LayoutProbe): DialogButton[] {
  const found: DialogButton[] = [];
  for (const el of root.querySelectorAll<HTMLElement>(CLICKABLE)) {
    // The innermost clickable carries the meaning; an outer wrapper with role=button would double it.
    if (el.querySelector(CLICKABLE)) continue;
    if ((el as HTMLButtonElement).disabled || el.getAttribute('aria-disabled') === 'true') continue;
    if (navigatesAway(el) || !probe.isShown(el)) continue;
    const label = buttonLabel(el);
    const kind = buttonKind(label);
    if (kind) found.push({ el, label, kind });
  }
  return found;
}

export function firstOfKind(buttons: DialogButton[], ...kinds: ButtonKind[]): DialogButton | undefined {
  for (const kind of kinds) {
    const button = buttons.find((b) => b.kind === kind);
    if (button) return button;
  }
  return undefined;
}
