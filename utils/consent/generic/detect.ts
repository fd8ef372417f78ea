import { dialogButtons } from './buttons';
import { domLayout, type LayoutProbe } from './layout';
import { CONSENT_WORDS, CONTEXT_WORDS, COOKIE_WORDS, OTHER_DIALOG_WORDS, PRIVACY_WORDS } from './lexicon';
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

interface QuickState {
  seen: WeakSet<Element>;
  hits: Set<Element>;
}
const quickStates = new WeakMap<Document, QuickState>();

/**
 * Cheap "could there be a consent dialog now?" for every page in its first seconds. Cost: one native
 * querySelectorAll over dialog/id/class selectors, a walk of body's direct children (≤ 60) and `added`
 * (nodes a MutationObserver reported), and one textContent read per element NEVER SEEN BEFORE with text —
 * each element is read once per document, so repeated calls on a still page cost only the selector query.
 * No style or layout is read. True while an element about cookies/consent is in the page; then call
 * findConsentDialog (which reads layout).
 */
export function quickCheck(doc: Document, added: Iterable<Node> = []): boolean {
  let state = quickStates.get(doc);
  if (!state) quickStates.set(doc, (state = { seen: new WeakSet(), hits: new Set() }));
  for (const el of candidates(doc, added)) {
    if (state.seen.has(el)) continue;
    const raw = el.textContent ?? '';
    if (!raw.trim()) continue; // an empty root may be filled later: look again then
    state.seen.add(el);
    if (raw.length <= MAX_TEXT && isAboutConsent(textOf(el))) state.hits.add(el);
  }
  for (const el of state.hits) if (!el.isConnected) state.hits.delete(el);
  return state.hits.size > 0;
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
  if (OTHER_DIALOG_WORDS.test(text) && !COOKIE_WORDS.test(text)) return 'about something else (newsletter, login, age)';
  if (!dialogButtons(box, probe).some((b) => b.kind !== 'save')) return 'no consent buttons';
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
