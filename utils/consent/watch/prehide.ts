import { lightOnly } from './selectors';

/**
 * The stylesheet that keeps known banners from being seen, injected at document_start (before first paint).
 * Opacity rather than display/visibility: the banner keeps its layout, so the engine can still tell whether
 * the manager is showing it, and the person can never click something invisible.
 */
export const PREHIDE_STYLE = 'opacity:0!important;pointer-events:none!important;';

export function prehideCss(selectors: readonly string[]): string {
  const light = lightOnly(selectors);
  return light.length ? `${light.join(',')}{${PREHIDE_STYLE}}` : '';
}

export interface Prehide {
  remove(): void;
}

export function installPrehide(doc: Document, selectors: readonly string[]): Prehide {
  const css = prehideCss(selectors);
  if (!css) return { remove() {} };
  const style = doc.createElement('style');
  style.textContent = css;
  // At document_start there is no <head> yet; the root element is always there.
  (doc.head ?? doc.documentElement).append(style);
  return { remove: () => style.remove() };
}
