import type { Rule } from '../rule-schema';
import { queryAllDeep } from '../watch/selectors';

/**
 * What a banner leaves behind once answered: the rule's scroll-lock classes and overlays, and the
 * `overflow: hidden` that banners set inline on <html>/<body> to stop the page scrolling.
 */
export function cleanup(doc: Document, rule: Pick<Rule, 'cleanup'>, hide: (selectors: readonly string[]) => void): void {
  for (const { selector, classes } of rule.cleanup?.removeClasses ?? []) {
    for (const el of queryAllDeep(doc, selector)) el.classList.remove(...classes);
  }
  if (rule.cleanup?.hide?.length) hide(rule.cleanup.hide);
  for (const el of [doc.documentElement, doc.body]) {
    if (!el) continue;
    for (const prop of ['overflow', 'overflow-y']) {
      if (el.style.getPropertyValue(prop) === 'hidden') el.style.removeProperty(prop);
    }
  }
}
