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

/** Polls `test` until it returns something truthy, or null after `timeoutMs`. */
export async function until<T>(test: () => T | null | undefined | false, timeoutMs: number, everyMs = 50): Promise<T | null> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = test();
    if (value) return value;
    if (Date.now() >= deadline) return null;
    await sleep(everyMs);
  }
}
