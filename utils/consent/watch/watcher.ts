import type { DetectEntry } from '../detect-table';
import { delayBeforeCheck } from './pace';
import { queryDeep } from './selectors';
import { pageSelectors, type PageSelectors } from './page-selectors';
import { matchesWhole } from './whole-query';
import { entriesAt } from './entries-at';

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
/**
 * Every insertion in the document is watched until the loaded page has changed this many times in a row,
 * each change within FAST_CHANGE_GAP_MS of the one before (a feed, a ticker, an animation driven by script);
 * from then on only the children of <html> and <body> (and whatever is put inside a new one), where consent
 * managers and home-made banners put theirs, and the document is searched once more when watching ends.
 * A calm page (a single-page app rendering its notice after a request) stays watched whole for the window;
 * a page that changes every frame stops paying for each change within ~50 ms. On the bench's busy page
 * (trace CPU, 7 rounds, variant builds) the earlier bound of 10 changes at any pace cost ~1 ms more in all
 * than 3: 11 observer calls after load instead of 4, and the checks they scheduled.
 */
const DEEP_CHANGES_AFTER_LOAD = 3;
const FAST_CHANGE_GAP_MS = 250;

export interface WatchOptions {
  table: readonly DetectEntry[];
  /** pageSelectors() of the table's rules without a frameUrl, computed at build time: used where no frame rule applies. */
  pageDefaults?: PageSelectors;
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
  /**
   * After how many changes in a row, each soon after the one before, a loaded page's insertions anywhere
   * stop being seen (then only <html>'s and <body>'s children).
   */
  deepChangesAfterLoad?: number;
  /** Upper bound from the start, for pages whose load event never comes. */
  maxMs?: number;
  onStop?(): void;
}

export interface Watch {
  stop(): void;
  /** Watch again for a while (single-page-app navigation); elements already handled are not reported again. */
  restart(): void;
}

// `(function …)`: V8 compiles it with the script, not again at its first call: it runs in every frame (README, Performance).
/**
 * Watches the page for consent banners at almost no cost: mutations only note what was added; at most one
 * check per frame (per 100 ms on a busy page) runs ONE combined selector of every rule's `present` over the
 * added subtrees (over the whole document at start and load, by id where it can: the additions in between
 * are all seen); only when that hits are the rules told apart.
 * Once a loaded page keeps changing, it watches only <html>'s and <body>'s children, and it stops a few seconds
 * after load with one last search of the whole document (a banner put deeper late is found then, prehidden meanwhile).
 */
export const watchForBanners = (function watchForBanners(doc: Document, options: WatchOptions): Watch {
  const win = doc.defaultView!;
  const href = win.location.href;
  const entries = entriesAt(options.table, href);
  const { combined, whole } =
    options.pageDefaults && !entries.some((e) => e.frameUrl) ? options.pageDefaults : pageSelectors(entries);
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
  /** The observer is given the document at the first check (until then the check is a whole one). */
  let observing = false;
  const deepChanges = options.deepChangesAfterLoad ?? DEEP_CHANGES_AFTER_LOAD;
  /** The load event has come (for this watch: an SPA navigation's restart counts as loaded). */
  let loaded = false;
  /** Only <html>'s and <body>'s children are observed (from shortly after load); which <body>. */
  let shallow = false;
  let observedBody: HTMLElement | null = null;
  let scheduled = false;
  let lastCheck = -Infinity;
  let timers: number[] = [];

  const takeBatches = (function takeBatches(): void {
    for (const records of batches) {
      // More records than a list has room for (a page's first render): that list is not filled one record
      // at a time (each read costs the page), the next check looks over the document instead.
      if (records.length > MAX_ADDED - added.length) full = true;
      if (genericAdded && records.length > MAX_GENERIC_ADDED - genericAdded.length) genericAdded = null;
      if (full && genericAdded === null && !shallow) continue;
      for (let r = 0; r < records.length; r++) {
        const nodes = records[r]!.addedNodes;
        for (let i = 0; i < nodes.length; i++) {
          const node = nodes[i]!;
          if (node.nodeType !== 1) continue;
          if (added.length < MAX_ADDED) added.push(node as Element);
          else full = true;
          if (genericAdded && genericAdded.length < MAX_GENERIC_ADDED) genericAdded.push(node as Element);
          else genericAdded = null;
          // Once only <html>'s and <body>'s children are watched, a new one is watched whole: a manager
          // renders its banner into the container it just added.
          if (shallow && (node.parentNode === observedBody || node.parentNode === doc.documentElement))
            observer?.observe(node, { childList: true, subtree: true });
        }
      }
    }
    batches = [];
  });

  /** Watch only <html>'s and <body>'s children from now on (and a <body> that replaces the old one). */
  const watchShallow = (function watchShallow(): void {
    if (!observer) return;
    const pending = observer.takeRecords();
    if (pending.length) batches.push(pending);
    // What was added while every insertion was seen is noted as such: a container put in <body> then
    // (a feed) is not watched whole from now on, only <body>'s children added after this.
    if (!shallow) takeBatches();
    observer.disconnect();
    observer.observe(doc.documentElement, { childList: true });
    shallow = true;
    observedBody = doc.body;
    if (observedBody) observer.observe(observedBody, { childList: true });
  });

  /** `rulesOnly`: the window's last look, which leaves unknown dialogs alone (not prehidden, seen already). */
  const check = (function check(rulesOnly = false): void {
    scheduled = false;
    if (!observing && observer) {
      observer.observe(doc, { childList: true, subtree: true });
      observing = true;
    }
    lastCheck = win.performance.now();
    if (shallow && observedBody !== doc.body) watchShallow();
    takeBatches();
    const fresh = added;
    const wholeDocument = full;
    added = [];
    full = false;
    // The added subtrees are small: every rule's selector is tested on them (a few µs), where looking up
    // which ids are in the document first cost more from the content script's world (~80 µs a check).
    const hit =
      combined !== '' &&
      (wholeDocument
        ? matchesWhole(doc, whole)
        : fresh.some((el) => el.isConnected && (el.matches(combined) || el.querySelector(combined) !== null)));
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
    if (ruleFound || rulesOnly || !options.genericPrecheck) return;
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
  });

  const schedule = (function schedule(): void {
    if (scheduled) return;
    scheduled = true;
    const run = () => (observer ? check() : (scheduled = false));
    const wait = delayBeforeCheck(lastCheck, win.performance.now(), CHECK_EVERY_MS);
    // rAF runs before the next paint; hidden tabs and frames get no frames, so a timer stands in there.
    if (wait > 0 || doc.visibilityState === 'hidden') win.setTimeout(run, Math.max(wait, 16));
    else win.requestAnimationFrame(run);
  });

  const stop = (function stop(): void {
    observer?.disconnect();
    observer = null;
    shallow = false;
    timers.forEach((t) => win.clearTimeout(t));
    timers = [];
    batches = [];
    added = [];
    if (genericTimer !== undefined) win.clearTimeout(genericTimer);
    genericTimer = undefined;
    options.onStop?.();
  });

  const start = (function start(): void {
    if (observer) return;
    full = true;
    genericAdded = null;
    loaded = false;
    let changesAfterLoad = 0;
    let lastChange = -Infinity;
    observer = new MutationObserver((records) => {
      // Runs on every change of a busy page: keep the records for the next frame's check, nothing more.
      if (batches.length < MAX_BATCHES) batches.push(records);
      else {
        full = true;
        genericAdded = null;
      }
      if (!scheduled) schedule();
      if (!loaded || shallow) return;
      const now = win.performance.now();
      changesAfterLoad = now - lastChange <= FAST_CHANGE_GAP_MS ? changesAfterLoad + 1 : 1;
      lastChange = now;
      if (changesAfterLoad >= deepChanges) watchShallow();
    });
    // Observed from the first check on, which looks over the whole document anyway: the page's first
    // render (often several observer calls while it is parsed) costs nothing before it.
    observing = false;
    schedule();
    // The window ends with one search of the whole document for known banners: what was put deeper once
    // watching was shallow (prehidden meanwhile). Unknown dialogs are not looked for again: they were not
    // hidden, and reading a busy page's whole text again costs the most.
    const lastLook = () => {
      if (!observer) return;
      takeBatches();
      full = true;
      check(true);
      stop();
    };
    const afterLoadTimers = () => {
      loaded = true;
      timers.push(win.setTimeout(lastLook, afterLoad));
    };
    if (doc.readyState === 'complete') afterLoadTimers();
    else
      win.addEventListener(
        'load',
        () => {
          if (!observer) return;
          full = true;
          // Checked here rather than on the next frame: one call into this world fewer on every page.
          if (!scheduled) check();
          afterLoadTimers();
        },
        { once: true },
      );
    timers.push(win.setTimeout(lastLook, options.maxMs ?? 30_000));
  });

  start();
  return {
    stop,
    restart() {
      stop();
      start();
    },
  };
});
