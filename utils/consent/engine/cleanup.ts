import type { Rule } from '../rule-schema';
import { queryAllDeep } from '../watch/selectors';

/**
 * What a banner leaves behind once answered: the rule's scroll-lock classes and overlays, and the
 * `overflow: hidden` that banners set inline on <html>/<body> to stop the page scrolling.
 * Overlays are hidden as they are now, element by element, not by a stylesheet: a dialog the person opens
 * later ("Privacy settings" → the manager's new container with the same id) must be seen.
 */
export function cleanup(doc: Document, rule: Pick<Rule, 'cleanup'>): void {
  for (const { selector, classes } of rule.cleanup?.removeClasses ?? []) {
    for (const el of queryAllDeep(doc, selector)) el.classList.remove(...classes);
  }
  for (const el of (rule.cleanup?.hide ?? []).flatMap((s) => queryAllDeep(doc, s))) {
    (el as HTMLElement).style?.setProperty('display', 'none', 'important');
  }
  for (const el of [doc.documentElement, doc.body]) {
    if (!el) continue;
    for (const prop of ['overflow', 'overflow-y']) {
      if (el.style.getPropertyValue(prop) === 'hidden') el.style.removeProperty(prop);
    }
  }
}
