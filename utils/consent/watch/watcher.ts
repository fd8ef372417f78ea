import type { DetectEntry } from '../detect-table';
import { lightPart, queryDeep } from './selectors';

/** A banner found on the page: by a rule, or by the generic detector (`id: 'generic'`, element: the root). */
export interface Found {
  id: string;
  element: Element;
}

export interface WatchOptions {
  table: readonly DetectEntry[];
  /**
   * Cheap "did something about cookies or consent just appear?" (utils/consent/generic quickCheck), given
   * the elements added since the last check, run after the rules' check found nothing; the engine then
   * looks for the dialog itself. Never on a page where a rule found its manager (both would answer it).
   */
  genericPrecheck?: (doc: Document, added: Node[]) => boolean;
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
 * Watches the page for consent banners at almost no cost: mutations only mark the page dirty; at most one
 * check per frame runs ONE combined querySelector over every rule's `present` selectors; only when that hits
 * are the rules told apart. Stops a few seconds after load.
 */
export function watchForBanners(doc: Document, options: WatchOptions): Watch {
  const win = doc.defaultView!;
  const href = win.location.href;
  const entries = options.table.filter((e) => !e.frameUrl || new RegExp(e.frameUrl).test(href));
  const combined = entries.flatMap((e) => e.present.map(lightPart)).join(',');
  const handled = new WeakSet<Element>();
  let ruleFound = false;
  /** Elements added since the last check, for the generic pre-check (bounded: body's children are looked at anyway). */
  let added: Node[] = [];
  const afterLoad = options.afterLoadMs ?? 5_000;
  let observer: MutationObserver | null = null;
  let scheduled = false;
  let timers: number[] = [];

  function check(): void {
    scheduled = false;
    if (combined && doc.querySelector(combined)) {
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
    const fresh = added;
    added = [];
    if (ruleFound || !options.genericPrecheck?.(doc, fresh)) return;
    options.onFound({ id: 'generic', element: doc.documentElement });
  }

  function schedule(): void {
    if (scheduled) return;
    scheduled = true;
    // rAF runs before the next paint; the timeout covers hidden tabs and frames, where rAF does not run.
    let done = false;
    const once = () => {
      if (done) return;
      done = true;
      if (observer) check();
      else scheduled = false;
    };
    win.requestAnimationFrame(once);
    win.setTimeout(once, 200);
  }

  function stop(): void {
    observer?.disconnect();
    observer = null;
    timers.forEach((t) => win.clearTimeout(t));
    timers = [];
    options.onStop?.();
  }

  function start(): void {
    if (observer) return;
    observer = new MutationObserver((records) => {
      if (options.genericPrecheck && added.length < 200) for (const r of records) added.push(...Array.from(r.addedNodes));
      schedule();
    });
    observer.observe(doc, { childList: true, subtree: true });
    schedule();
    const stopLater = (ms: number) => timers.push(win.setTimeout(stop, ms));
    if (doc.readyState === 'complete') stopLater(afterLoad);
    else win.addEventListener('load', () => observer && stopLater(afterLoad), { once: true });
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
