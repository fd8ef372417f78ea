/**
 * What the generic detector asks of layout, behind an interface so unit tests (happy-dom computes no
 * layout) can say it, and so the engine can see through its own prehiding.
 */
export interface LayoutProbe {
  /** Rendered and visible to the person (not display:none, not visibility:hidden, not transparent, has a size). */
  isShown(el: Element): boolean;
  /** Floats over the page: position fixed or sticky. */
  isOverlay(el: Element): boolean;
}

type CheckVisibility = (opts: Record<string, boolean>) => boolean;

export const domLayout: LayoutProbe = {
  isShown(el) {
    const check = (el as { checkVisibility?: CheckVisibility }).checkVisibility as CheckVisibility | undefined;
    if (check && !check.call(el, { opacityProperty: true, visibilityProperty: true })) return false;
    const rect = el.getBoundingClientRect();
    if (rect.width < 1 || rect.height < 1) return false;
    if (check) return true;
    const style = getComputedStyle(el);
    return style.display !== 'none' && style.visibility !== 'hidden' && style.opacity !== '0';
  },
  isOverlay(el) {
    const position = getComputedStyle(el).position;
    return position === 'fixed' || position === 'sticky';
  },
};
