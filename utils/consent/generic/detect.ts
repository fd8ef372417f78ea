import { dialogButtons } from './buttons';
import { domLayout, type LayoutProbe } from './layout';
import { AGE_WORDS, COOKIE_WORDS, OTHER_DIALOG_WORDS } from './lexicon';
import { CANDIDATES, isAboutConsent, MAX_TEXT } from './quick';

// content.ts imports quickCheck from here.
export { quickCheck } from './quick';
import { textOf } from './text';

const DIALOG = 'dialog[open], [role=dialog], [role=alertdialog], [aria-modal=true]';
const TEXT_ENTRY = 'input:not([type=checkbox]):not([type=radio]):not([type=hidden]):not([type=button]):not([type=submit]):not([type=reset]), textarea, select';
const MAX_CANDIDATES = 60;

function candidates(doc: Document, extra: Iterable<Node> = []): Element[] {
  const found = new Set<Element>();
  for (const node of extra) if (node instanceof Element) found.add(node);
  if (doc.body) for (const child of Array.from(doc.body.children).slice(0, MAX_CANDIDATES)) found.add(child);
  for (const el of Array.from(doc.querySelectorAll(CANDIDATES)).slice(0, MAX_CANDIDATES)) found.add(el);
  return [...found];
}

// ---- findConsentDialog ---------------------------------------------------------------------------------

/** The floating box a candidate belongs to: itself or an ancestor that is a dialog or fixed/sticky, else a fixed child. */
function floatingBox(el: Element, probe: LayoutProbe): Element | null {
  for (let node: Element | null = el; node && node !== node.ownerDocument.body; node = node.parentElement) {
    if (node.matches(DIALOG) || probe.isOverlay(node)) return node;
  }
  for (const child of Array.from(el.children).slice(0, 10)) {
    if (child.matches(DIALOG) || probe.isOverlay(child)) return child;
    for (const grandchild of Array.from(child.children).slice(0, 10)) if (grandchild.matches(DIALOG) || probe.isOverlay(grandchild)) return grandchild;
  }
  return null;
}

/** Why a floating box is or is not a consent dialog; null when it is one. For tests and reports. */
export function rejectReason(box: Element, probe: LayoutProbe): string | null {
  if (!probe.isShown(box)) return 'not shown';
  const raw = box.textContent ?? '';
  if (raw.length > MAX_TEXT) return 'too much text for a notice';
  const text = textOf(box);
  if (!isAboutConsent(text)) return 'not about cookies or consent';
  if (box.querySelector(TEXT_ENTRY)) return 'asks for input (newsletter, login, age)';
  if (AGE_WORDS.test(text)) return 'an age gate';
  if (OTHER_DIALOG_WORDS.test(text) && !COOKIE_WORDS.test(text)) return 'about something else (newsletter, login)';
  // "Save" alone counts only in a settings view, with its toggles.
  const hasToggles = box.querySelector('input[type=checkbox], [role=switch], [role=checkbox]') !== null;
  if (!dialogButtons(box, probe).some((b) => b.kind !== 'save' || hasToggles)) return 'no consent buttons';
  return null;
}

/**
 * A visible consent dialog no rule knows: a dialog or fixed/sticky box whose text is about cookies or
 * consent (six languages), with consent buttons (reject, accept, settings), asking for no typed input.
 * Not the page's own content: a static article about cookies with Accept/Reject buttons is not floating.
 * The probe is injectable (happy-dom has no layout; the engine may see through its own prehiding).
 */
export function findConsentDialog(doc: Document, opts: { probe?: LayoutProbe; added?: Iterable<Node> } = {}): Element | null {
  const probe = opts.probe ?? domLayout;
  const tried = new Set<Element>();
  for (const candidate of candidates(doc, opts.added)) {
    const box = floatingBox(candidate, probe);
    if (!box || tried.has(box)) continue;
    tried.add(box);
    if (rejectReason(box, probe) === null) return box;
  }
  return null;
}
