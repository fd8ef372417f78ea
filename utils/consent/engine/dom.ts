import { queryAllDeep } from '../watch/selectors';

/** Shown to the person, whatever its opacity (the prehide sheet makes known banners transparent, not absent). */
export function isShown(el: Element): boolean {
  if (!el.isConnected || el.getClientRects().length === 0) return false;
  const style = el.ownerDocument.defaultView?.getComputedStyle(el);
  return !style || (style.visibility !== 'hidden' && style.display !== 'none');
}

export function anyShown(root: ParentNode, selectors: readonly string[]): Element | null {
  for (const selector of selectors) {
    const el = queryAllDeep(root, selector).find(isShown);
    if (el) return el;
  }
  return null;
}

/** The first element matching `selector` near `from`: inside it, else inside its closest ancestors. */
export function nearby(from: Element, selector: string): Element | null {
  for (let node: Element | null = from; node; node = node.parentElement) {
    if (node.matches(selector)) return node;
    const hit = node.querySelector(selector);
    if (hit) return hit;
  }
  return null;
}

export function textOf(el: Element | null | undefined): string | null {
  const text = el?.textContent?.replace(/\s+/g, ' ').trim();
  return text ? text : null;
}

/** A link that would take the page somewhere else: never clicked. */
export function navigatesAway(el: Element): boolean {
  const link = el.closest('a[href]') as HTMLAnchorElement | null;
  if (!link) return false;
  const href = link.getAttribute('href') ?? '';
  if (href === '' || href.startsWith('#') || /^javascript:/i.test(href)) return false;
  try {
    const target = new URL(link.href);
    const here = new URL(el.ownerDocument.location.href);
    return target.origin !== here.origin || target.pathname !== here.pathname || target.search !== here.search;
  } catch {
    return true;
  }
}

export const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

/** How long to wait before testing again, by time waited: fast while a manager animates, slow for a late banner. */
export function pollDelay(waitedMs: number, everyMs: number, fastStart = true): number {
  if (fastStart && waitedMs < 500) return Math.min(everyMs, 16);
  return waitedMs < 3_000 ? everyMs : Math.max(everyMs, 200);
}

export interface UntilOptions {
  /** Tests again as soon as this document's light DOM changes (shadow roots and transitions: the polls). */
  doc?: Document;
  everyMs?: number;
  /** Test every frame's worth for the first half second (default): for cheap tests only. */
  fastStart?: boolean;
}

/** Tests until `test` returns something truthy, or null after `timeoutMs`. */
export function until<T>(test: () => T | null | undefined | false, timeoutMs: number, options: UntilOptions = {}): Promise<T | null> {
  const start = Date.now();
  const everyMs = options.everyMs ?? 50;
  return new Promise((resolve) => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    let observer: MutationObserver | undefined;
    let pending = false;
    const finish = (value: T | null) => {
      clearTimeout(timer);
      observer?.disconnect();
      observer = undefined;
      resolve(value);
    };
    const check = (): boolean => {
      const value = test();
      if (value) finish(value);
      else if (Date.now() - start >= timeoutMs) finish(null);
      else return false;
      return true;
    };
    const poll = () => {
      if (!check()) timer = setTimeout(poll, pollDelay(Date.now() - start, everyMs, options.fastStart));
    };
    const root = options.doc?.documentElement;
    const Observer = options.doc?.defaultView?.MutationObserver;
    if (root && Observer) {
      // One test per task however many mutations come: a page changing fast does not make us run more.
      observer = new Observer(() => {
        if (pending) return;
        pending = true;
        setTimeout(() => {
          pending = false;
          if (observer) check();
        }, 0);
      });
      observer.observe(root, { subtree: true, childList: true, attributes: true });
    }
    poll();
  });
}
