import type { DetectEntry } from '../detect-table';
import { delayBeforeCheck } from './pace';
import { alternatives, lightPart, queryDeep } from './selectors';
import { liveSelector, matchesWhole, splitById } from './whole-query';

/** A banner found on the page: by a rule, or by the generic detector (`id: 'generic'`, element: the root). */
export interface Found {
  id: string;
  element: Element;
}

/** More elements added between two checks than this: one query over the document is cheaper than many small ones. */
const MAX_ADDED = 128;
/**
 * The rules' check runs at most this often. Known banners are prehidden by CSS from the first paint, so
 * finding them a few frames later shows nothing; a busy page (a change every frame) then pays for ~10
 * checks a second instead of 60. A change after a calm moment is still checked on the next frame.
 */
const CHECK_EVERY_MS = 100;
const GENERIC_EVERY_MS = 250;
/** Added roots kept for the generic pre-check between two of its runs; past this it looks over the document. */
const MAX_GENERIC_ADDED = 500;
/** Observer callbacks kept between two checks; past this the next check searches the whole document. */
const MAX_BATCHES = 256;

export interface WatchOptions {
  table: readonly DetectEntry[];
  /**
   * Cheap "did something about cookies or consent just appear?" (utils/consent/generic quickCheck), at most
   * every 250 ms while the page changes, after the rules' check found nothing, given the element roots added
   * since its last run (null: look over the document — first run, or too many additions). This watcher's
   * observer is the only one, so the page pays for one. The engine then looks for the dialog itself.
   * Never where a rule found its manager.
   */
  genericPrecheck?: (doc: Document, added: readonly Element[] | null) => boolean;
  onFound(found: Found): void;
  /** How long to keep watching after the load event (a banner shown 3 s after load must still be caught). */
  afterLoadMs?: number;
  /** Upper bound from the start, for pages whose load event never comes. */
  maxMs?: number;
  onStop?(): void;
}

export interface Watch {
  stop(): void;
  /** Watch again for a while (single-page-app navigation); elements already handled are not reported again. */
  restart(): void;
}

/**
 * Watches the page for consent banners at almost no cost: mutations only note what was added; at most one
 * check per frame (per 100 ms on a busy page) runs ONE combined selector of every rule's `present` over the
 * added subtrees (over the whole document at start and load, by id where it can: the additions in between
 * are all seen); only when that hits are the rules told apart.
 * Stops a few seconds after load.
 */
export function watchForBanners(doc: Document, options: WatchOptions): Watch {
  const win = doc.defaultView!;
  const href = win.location.href;
  const entries = options.table.filter((e) => !e.frameUrl || new RegExp(e.frameUrl).test(href));
  const combined = entries.flatMap((e) => e.present.map(lightPart)).join(',');
  const whole = splitById(alternatives(combined));
  const handled = new WeakSet<Element>();
  let ruleFound = false;
  /** Elements added since the last check: only they are searched, not the whole document (bounded). */
  let added: Element[] = [];
  /** What the observer delivered since the last check, untouched: the callback does nothing else. */
  let batches: MutationRecord[][] = [];
  /** Roots added since the generic pre-check last ran (null: the whole document). */
  let genericAdded: Element[] | null = null;
  let lastGeneric = -Infinity;
  let genericTimer: number | undefined;
  /**
   * Search the whole document at the next check: at start, at load (selectors that match by a state
   * rather than by an insertion), or after more additions than are kept.
   */
  let full = true;
  const afterLoad = options.afterLoadMs ?? 5_000;
  let observer: MutationObserver | null = null;
  let scheduled = false;
  let lastCheck = -Infinity;
  let timers: number[] = [];

  function takeBatches(): void {
    outer: for (const records of batches) {
      for (let r = 0; r < records.length; r++) {
        // Both lists overflowed (a page's first render): the next check looks over the document anyway.
        if (full && genericAdded === null) break outer;
        const nodes = records[r]!.addedNodes;
        for (let i = 0; i < nodes.length; i++) {
          const node = nodes[i]!;
          if (node.nodeType !== 1) continue;
          if (added.length < MAX_ADDED) added.push(node as Element);
          else full = true;
          if (genericAdded && genericAdded.length < MAX_GENERIC_ADDED) genericAdded.push(node as Element);
          else genericAdded = null;
        }
      }
    }
    batches = [];
  }

  function check(): void {
    scheduled = false;
    lastCheck = win.performance.now();
    takeBatches();
    const fresh = added;
    const wholeDocument = full;
    added = [];
    full = false;
    // On a busy page, one query over the whole document per check costs milliseconds; the added subtrees are small.
    const live = wholeDocument || !fresh.length ? '' : liveSelector(doc, whole);
    const hit =
      combined !== '' &&
      (wholeDocument
        ? matchesWhole(doc, whole)
        : live !== '' && fresh.some((el) => el.isConnected && (el.matches(live) || el.querySelector(live) !== null)));
    if (hit) {
      for (const entry of entries) {
        for (const selector of entry.present) {
          const element = queryDeep(doc, selector);
          if (element && !handled.has(element)) {
            handled.add(element);
            ruleFound = true;
            options.onFound({ id: entry.id, element });
            return;
          }
        }
      }
    }
    if (ruleFound || !options.genericPrecheck) return;
    // Unknown dialogs are not prehidden, so a quarter of a second matters little; on a busy page checking
    // them every frame would not be free.
    const wait = lastGeneric + GENERIC_EVERY_MS - win.performance.now();
    if (wait > 0) {
      genericTimer ??= win.setTimeout(() => {
        genericTimer = undefined;
        schedule();
      }, wait);
      return;
    }
    lastGeneric = win.performance.now();
    const roots = genericAdded;
    genericAdded = [];
    if (options.genericPrecheck(doc, roots)) options.onFound({ id: 'generic', element: doc.documentElement });
  }

  function schedule(): void {
    if (scheduled) return;
    scheduled = true;
    const run = () => (observer ? check() : (scheduled = false));
    const wait = delayBeforeCheck(lastCheck, win.performance.now(), CHECK_EVERY_MS);
    // rAF runs before the next paint; hidden tabs and frames get no frames, so a timer stands in there.
    if (wait > 0 || doc.visibilityState === 'hidden') win.setTimeout(run, Math.max(wait, 16));
    else win.requestAnimationFrame(run);
  }

  function stop(): void {
    observer?.disconnect();
    observer = null;
    timers.forEach((t) => win.clearTimeout(t));
    timers = [];
    batches = [];
    added = [];
    if (genericTimer !== undefined) win.clearTimeout(genericTimer);
    genericTimer = undefined;
    options.onStop?.();
  }

  function start(): void {
    if (observer) return;
    full = true;
    genericAdded = null;
    observer = new MutationObserver((records) => {
      // Runs on every change of a busy page: keep the records for the next frame's check, nothing more.
      if (batches.length < MAX_BATCHES) batches.push(records);
      else {
        full = true;
        genericAdded = null;
      }
      if (!scheduled) schedule();
    });
    observer.observe(doc, { childList: true, subtree: true });
    schedule();
    const stopLater = (ms: number) => timers.push(win.setTimeout(stop, ms));
    const fullCheck = () => {
      full = true;
      if (observer) schedule();
    };
    if (doc.readyState === 'complete') stopLater(afterLoad);
    else
      win.addEventListener(
        'load',
        () => {
          fullCheck();
          if (observer) stopLater(afterLoad);
        },
        { once: true },
      );
    stopLater(options.maxMs ?? 30_000);
  }

  start();
  return {
    stop,
    restart() {
      stop();
      start();
    },
  };
}
