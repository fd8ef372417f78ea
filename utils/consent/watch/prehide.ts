import { entriesAt } from './entries-at';
import { lightOnly } from './selectors';

/**
 * The stylesheet that keeps known banners from being seen, injected at document_start (before first paint).
 * Opacity rather than display/visibility: the banner keeps its layout, so the engine can still tell whether
 * the manager is showing it, and the person can never click something invisible. `transition:none`: a
 * running transition outranks even `!important` in the cascade, so a banner fading in would show through.
 */
export const PREHIDE_STYLE = 'opacity:0!important;pointer-events:none!important;transition:none!important;';

/**
 * Marks elements held hidden while their banner is answered: the rules' selectors often depend on the
 * manager's state (a class on <html>), which the manager drops when it closes the banner and starts a
 * fade-out that would otherwise be seen.
 */
export const HELD_ATTR = 'data-ck-held';

/** After the answer, the exit animation is given this long at most before the hold ends anyway. */
export const HOLD_SETTLE_MAX_MS = 2_000;

export function prehideCss(selectors: readonly string[]): string {
  const light = lightOnly(selectors);
  return light.length ? `${light.join(',')}{${PREHIDE_STYLE}}` : '';
}

export interface PrehideEntry {
  id: string;
  prehide: readonly string[];
  /** The rule works only in frames at this URL: its selectors hide nothing elsewhere. */
  frameUrl?: string;
}


export interface Prehide {
  /** Everything shown again (handling failed, paused, or nothing to answer). */
  remove(): void;
  /**
   * Keep what rule `id` prehides hidden, whatever its state, while it is answered; the returned function
   * stops that (and lets go at once unless `answered` was called).
   */
  hold(id: string): () => void;
  /**
   * Rule `id` answered and its banner gone: its elements are no longer prehidden (after any exit animation),
   * so a settings panel the person opens later is seen.
   */
  answered(id: string): void;
}

function running(el: Element): boolean {
  return typeof el.getAnimations === 'function' && el.getAnimations({ subtree: true }).some((a) => a.playState === 'running');
}

/** `pageCss`: prehideCss of every entry without a frameUrl, computed at build time (watch/page-selectors.ts). */
export function installPrehide(doc: Document, allEntries: readonly PrehideEntry[], pageCss?: string): Prehide {
  const entries = entriesAt(allEntries, doc.URL);
  const style = doc.createElement('style');
  const dropped = new Set<string>();
  const ready = pageCss !== undefined && !entries.some((e) => e.frameUrl);
  const render = () => {
    const css =
      ready && !dropped.size ? pageCss : prehideCss(entries.filter((e) => !dropped.has(e.id)).flatMap((e) => e.prehide));
    style.textContent = `${css}[${HELD_ATTR}]{${PREHIDE_STYLE}}`;
  };
  render();
  // At document_start there is no <head> yet; the root element is always there.
  (doc.head ?? doc.documentElement).append(style);
  const win = doc.defaultView;
  // Timers where a document has no window (a test's detached document).
  const frame = (fn: () => void): number => (win ? win.requestAnimationFrame(fn) : Number(setTimeout(fn, 16)));
  const cancel = (id: number) => (win ? win.cancelAnimationFrame(id) : clearTimeout(id));
  const held = new Map<string, Set<Element>>();
  const settling = new Set<string>();

  const heldBy = (id: string) => held.get(id) ?? new Set<Element>();
  const unmark = (id: string) => {
    const mine = heldBy(id);
    held.delete(id);
    const others = new Set([...held.values()].flatMap((s) => [...s]));
    for (const el of mine) if (!others.has(el)) el.removeAttribute(HELD_ATTR);
  };

  return {
    remove() {
      for (const id of [...held.keys()]) unmark(id);
      style.remove();
    },
    hold(id) {
      const selectors = lightOnly(entries.filter((e) => e.id === id).flatMap((e) => e.prehide));
      if (!selectors.length) return () => {};
      const mine = heldBy(id);
      held.set(id, mine);
      // While the answer is given, whatever the rule's selectors match at some frame stays held.
      let tick = 0;
      const matching = () => selectors.flatMap((sel) => {
        try {
          return [...doc.querySelectorAll(sel)];
        } catch {
          return []; // a selector this browser cannot parse
        }
      });
      const mark = () => {
        for (const el of matching()) {
          mine.add(el);
          // Only when missing: a page's MutationObserver should not see a change every frame.
          if (!el.hasAttribute(HELD_ATTR)) el.setAttribute(HELD_ATTR, '');
        }
        tick = frame(mark);
      };
      mark();
      return () => {
        cancel(tick);
        // Not answered: back to what the stylesheet alone hides.
        if (!settling.has(id)) unmark(id);
      };
    },
    answered(id) {
      settling.add(id);
      const started = Date.now();
      const settle = () => {
        const busy = [...heldBy(id)].some((el) => el.isConnected && running(el));
        if (busy && Date.now() - started < HOLD_SETTLE_MAX_MS) return void setTimeout(settle, 50);
        dropped.add(id);
        settling.delete(id);
        render();
        unmark(id);
      };
      // One frame first, so the manager's own closing style change has started its animations.
      frame(settle);
    },
  };
}
