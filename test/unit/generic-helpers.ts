import type { LayoutProbe } from '../../utils/consent/generic';

/**
 * happy-dom computes no layout: this probe reads what the test markup says instead. An element is shown
 * unless it or an ancestor has `hidden` or inline `display:none`; it floats when its inline style says
 * position fixed/sticky or it is a <dialog open>.
 */
export const markupLayout: LayoutProbe = {
  isShown: (el) => !el.closest('[hidden], [style*="display:none"], [style*="display: none"]'),
  isOverlay: (el) => /position:\s*(fixed|sticky)/.test(el.getAttribute('style') ?? ''),
};

export function page(html: string, lang = 'en'): Document {
  document.documentElement.setAttribute('lang', lang);
  document.body.innerHTML = html;
  return document;
}
