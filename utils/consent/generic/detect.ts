import { dialogButtons } from './buttons';
import { domLayout, type LayoutProbe } from './layout';
import { AGE_WORDS, CONSENT_WORDS, CONTEXT_WORDS, COOKIE_WORDS, OTHER_DIALOG_WORDS, PRIVACY_WORDS } from './lexicon';
import { textOf } from './text';

/** Where consent dialogs live: dialog semantics, or ids/classes that say so. One native selector query. */
const CANDIDATES = [
  'dialog[open]', '[role=dialog]', '[role=alertdialog]', '[aria-modal=true]',
  ...['cookie', 'consent', 'gdpr', 'rgpd', 'dsgvo', 'privacy', 'banner'].flatMap((w) => [`[id*="${w}" i]`, `[class*="${w}" i]`]),
].join(',');
const DIALOG = 'dialog[open], [role=dialog], [role=alertdialog], [aria-modal=true]';
const TEXT_ENTRY = 'input:not([type=checkbox]):not([type=radio]):not([type=hidden]):not([type=button]):not([type=submit]):not([type=reset]), textarea, select';
/** Above this much text a "dialog" is a page (an app shell that is position: fixed), not a notice. */
const MAX_TEXT = 8000;
const MAX_CANDIDATES = 60;

/** Text about cookies with a second cue (consent, privacy, site, experience…), or consent with privacy or data. */
export function isAboutConsent(text: string): boolean {
  if (COOKIE_WORDS.test(text)) return CONTEXT_WORDS.test(text.replace(COOKIE_WORDS, ' '));
  return CONSENT_WORDS.test(text) && PRIVACY_WORDS.test(text);
}

function candidates(doc: Document, extra: Iterable<Node> = []): Element[] {
  const found = new Set<Element>();
  for (const node of extra) if (node instanceof Element) found.add(node);
  if (doc.body) for (const child of Array.from(doc.body.children).slice(0, MAX_CANDIDATES)) found.add(child);
  for (const el of Array.from(doc.querySelectorAll(CANDIDATES)).slice(0, MAX_CANDIDATES)) found.add(el);
  return [...found];
}

// ---- quickCheck: the per-frame pre-filter -------------------------------------------------------------

const seenByDoc = new WeakMap<Document, WeakSet<Element>>();

/**
 * Cheap "did something about cookies or consent just appear?" for every page in its first seconds: true
 * when, since the last call, an element whose text is about cookies/consent appeared. Then call
 * findConsentDialog (thorough, reads layout); if it finds nothing, try it again on the next frames for
 * a short while (a banner that fades in is not visible yet). A page's own text about cookies (a recipe
 * blog) makes it true once, not on every frame.
 *
 * Cost: it runs no selector query over the document (in Chromium a query with the attribute selectors
 * of findConsentDialog costs ~2–7 ms on a 2,700-node page on a slow machine; even a live
 * getElementsByTagName collection walks the whole document again after each mutation). It looks only at
 * `added` (the elements a MutationObserver reported since the last call: pass them, a banner mounted
 * inside the app's root is found only so) and body's direct children (≤ 60), reading textContent once per
 * element never seen before with text. No style or layout is read. Measured in Chromium on a 2,700-node
 * page (test/e2e/consent-generic.test.ts): ~2 µs per call on a still page, ~30 µs with a small added node.
 */
export function quickCheck(doc: Document, added: Iterable<Node> = []): boolean {
  let seen = seenByDoc.get(doc);
  if (!seen) seenByDoc.set(doc, (seen = new WeakSet()));
  let found = false;
  const look = (el: Element) => {
    if (seen.has(el)) return;
    const raw = el.textContent ?? '';
    if (!raw.trim()) return; // an empty root may be filled later: look again then
    seen.add(el);
    if (raw.length <= MAX_TEXT && isAboutConsent(textOf(el))) found = true;
  };
  for (const node of added) if (node instanceof Element) look(node);
  const children = doc.body?.children;
  if (children) for (let i = 0; i < children.length && i < MAX_CANDIDATES; i++) look(children[i]!);
  return found;
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
