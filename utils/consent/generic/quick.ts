import { CONSENT_WORDS, CONTEXT_WORDS, COOKIE_WORDS, PRIVACY_WORDS } from './lexicon';
import { textOf } from './text';

/**
 * The cheap half of the generic detector, small enough for the content script's every page (no classifier,
 * no button words): the thorough half (detect, plan, run) can be loaded only when this says yes.
 */

/** Above this much text a "dialog" is a page (an app shell that is position: fixed), not a notice. */
export const MAX_TEXT = 8000;
const MAX_CHILDREN = 60;

/** Where consent dialogs live: dialog semantics, or ids/classes that say so. */
export const CANDIDATES = [
  'dialog[open]', '[role=dialog]', '[role=alertdialog]', '[aria-modal=true]',
  ...['cookie', 'consent', 'gdpr', 'rgpd', 'dsgvo', 'privacy', 'banner'].flatMap((w) => [`[id*="${w}" i]`, `[class*="${w}" i]`]),
].join(',');

/** Every text isAboutConsent can accept contains one of these, before any normalization: a cheap first test. */
const MAY_BE_ABOUT_CONSENT = /cookie|traceur|tracker|tracking technolog|consen|einwillig|toestemming/i;

/** Text about cookies with a second cue (consent, privacy, site, experience…), or consent with privacy or data. */
export function isAboutConsent(text: string): boolean {
  if (COOKIE_WORDS.test(text)) return CONTEXT_WORDS.test(text.replace(COOKIE_WORDS, ' '));
  return CONSENT_WORDS.test(text) && PRIVACY_WORDS.test(text);
}

interface QuickState {
  /** Elements looked at, with the length of their text then (a root looked at again only if it changed). */
  seen: WeakMap<Element, number>;
  /** Elements added since the last call, collected by our own observer (bounded). */
  pending: Element[];
  observer: MutationObserver | null;
  lastCall: number;
}
const states = new WeakMap<Document, QuickState>();
const MAX_PENDING = 500;
/** Our observer lives only while someone keeps asking: it goes when quickCheck is not called for this long. */
const IDLE_MS = 2_000;
const CLICKABLE = 'button, [role=button], input[type=button], input[type=submit], a:not([href]), a[href^="#"], a[href^="javascript:"]';

// `(function …)`: V8 compiles it with the script, not again at its first call: it runs in every frame (README, Performance).
const stateOf = (function stateOf(doc: Document, observe: boolean): QuickState {
  let state = states.get(doc);
  if (!state) states.set(doc, (state = { seen: new WeakMap(), pending: [], observer: null, lastCall: 0 }));
  const win = doc.defaultView;
  if (observe && !state.observer && win?.MutationObserver) {
    const s = state;
    // Elements added while nobody observed (before the first call, or after an idle stop): their likely dialogs.
    s.pending.push(...likelyDialogs(doc));
    const observer = new win.MutationObserver((records) => {
      for (const record of records) {
        for (const node of record.addedNodes) if (node.nodeType === 1 && s.pending.length < MAX_PENDING) s.pending.push(node as Element);
      }
      // Kept until the next call (a late banner wakes the caller), then nothing more is collected.
      if (win.performance.now() - s.lastCall > IDLE_MS) stopQuickCheck(doc);
    });
    observer.observe(doc, { childList: true, subtree: true });
    s.observer = observer;
  }
  state.lastCall = win?.performance.now() ?? 1;
  return state;
});

/** The document's elements that look like dialogs (bounded): where to look when the additions are not known. */
export function likelyDialogs(doc: Document): Element[] {
  return Array.from(doc.querySelectorAll(CANDIDATES)).slice(0, MAX_CHILDREN);
}

/** Stops the observer quickCheck started for this document (it also stops when quickCheck is not called for 2 s). */
export function stopQuickCheck(doc: Document): void {
  const state = states.get(doc);
  state?.observer?.disconnect();
  if (state) state.observer = null;
}

/**
 * Cheap "did something about cookies or consent just appear?" for every page in its first seconds: true
 * when, since the last call, an element appeared whose text is about cookies/consent and that holds a
 * button. Then call findConsentDialog (thorough, reads layout); if it finds nothing, try it again on the
 * next frames for a short while (a banner that fades in is not visible yet). A page's own text about
 * cookies (a recipe blog) makes it true once, not on every frame: keep calling it after a false alarm.
 *
 * Cost: no selector query over the document (a query with the attribute selectors of findConsentDialog
 * costs ~1–3 ms on a 3,000-element page in Chromium, list or one by one). It looks at the elements added
 * since the last call — `added`, the addedNodes of the caller's MutationObserver records; without it, its
 * own MutationObserver collects them from the first call on, while calls keep coming — and at body's direct
 * children (≤ 60), reading textContent once per element never seen before with text. A big subtree (an app
 * shell, a feed) is searched for its likely dialogs only when its text has a consent word at all. No style
 * or layout is read. `added` null (the caller lost track, or looks over the document once more): body's
 * children again, those whose text changed since.
 */
export const quickCheck = (function quickCheck(doc: Document, added?: Iterable<Node> | null): boolean {
  // A caller that passes the added nodes (from its own MutationObserver) spares the page a second observer.
  const state = stateOf(doc, added === undefined);
  const whole = added === null;
  let found = false;
  const look = (el: Element, again = false) => {
    if ((state.seen.has(el) && !again) || !el.isConnected) return;
    const raw = el.textContent ?? '';
    if (!raw.trim()) return; // an empty root may be filled later: look again then
    if (state.seen.get(el) === raw.length) return;
    state.seen.set(el, raw.length);
    // Every text isAboutConsent accepts has one of these words: most subtrees stop here, unqueried.
    if (!MAY_BE_ABOUT_CONSENT.test(raw)) return;
    if (raw.length > MAX_TEXT) {
      // A big subtree (an app shell rendered with its banner, a page with a footer link): its likely dialogs.
      for (const inner of Array.from(el.querySelectorAll(CANDIDATES)).slice(0, MAX_CHILDREN)) look(inner);
    } else if (isAboutConsent(textOf(el)) && el.querySelector(CLICKABLE)) found = true;
  };
  if (state.observer) {
    const records = state.observer.takeRecords();
    for (const record of records) for (const node of record.addedNodes) if (node.nodeType === 1) state.pending.push(node as Element);
  }
  const pending = state.pending.splice(0);
  for (const el of pending) look(el);
  for (const node of added ?? []) if (node instanceof Element) look(node);
  const children = doc.body?.children;
  if (children) for (let i = 0; i < children.length && i < MAX_CHILDREN; i++) {
    look(children[i]!, whole);
  }
  return found;
});
