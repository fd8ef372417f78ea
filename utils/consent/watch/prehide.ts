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

/**
 * The attribute the content script puts on <html> while it prehides: the extension's stylesheet
 * (content-prehide.css, declared in the manifest, see pageStylesheet) hides banners only under it. Without
 * it nothing is hidden, so a page the content script never reached, or left, shows everything. Its value
 * lists the rules answered on this page (`-<id>`): their settings panel, opened later, is seen.
 */
export const PREHIDE_ATTR = 'data-ck-prehide';

/** The prehide sheet of frame rules, in the frames they apply to: no gate, it lives in a <style> of ours. */
export function prehideCss(selectors: readonly string[]): string {
  const light = lightOnly(selectors);
  return light.length ? `${light.join(',')}{${PREHIDE_STYLE}}` : '';
}

/**
 * The stylesheet the manifest gives every frame from document_start (built from the rules without a
 * frameUrl): the browser parses it, not the content script, which cost ~1.4 ms a frame as a <style> of
 * its own. Each rule's selectors apply only under PREHIDE_ATTR and until the rule is answered; one rule per
 * consent manager, so a selector one browser cannot parse drops only that manager's. Held elements (hold)
 * are hidden whatever their state, under PREHIDE_ATTR too.
 */
export function pageStylesheet(entries: readonly Pick<PrehideEntry, 'id' | 'prehide'>[]): string {
  const rules = entries.flatMap((e) => {
    const light = lightOnly(e.prehide);
    return light.length ? [`${light.map((sel) => gated(sel, e.id)).join(',\n')}{${PREHIDE_STYLE}}`] : [];
  });
  // Held elements too only while prehiding: once the page is given back (remove), nothing of ours hides anything.
  return [...rules, `:root[${PREHIDE_ATTR}] [${HELD_ATTR}]{${PREHIDE_STYLE}}`].join('\n') + '\n';
}

/** A selector that starts at the root element (`html.show--consent #cc-main`): the gate joins that compound. */
const ROOT_COMPOUND = /^(?:html|:root)(?![\w-])/i;

/**
 * `sel` under the gate, as a condition on the root element in front of it. The stylesheet stays for the
 * page's life: gated in the subject instead (`sel:where([attr] *)`), every style recalculation of a busy
 * page cost ~6 % more for good (bench busy page, trace, 7 rounds); a compound on the root costs nothing
 * measurable.
 */
function gated(sel: string, id: string): string {
  const gate = `[${PREHIDE_ATTR}]:not([${PREHIDE_ATTR}~="-${id}"])`;
  const root = ROOT_COMPOUND.exec(sel)?.[0];
  return root ? root + gate + sel.slice(root.length) : `:root${gate} ${sel}`;
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

// `(function …)`: V8 compiles it with the script, not again at its first call: it runs in every frame (README, Performance).
/**
 * Starts prehiding in `doc`: the manifest's stylesheet (pageStylesheet) for the rules of any frame, switched on
 * by PREHIDE_ATTR on <html>; a <style> of ours only in a frame that a frame rule's URL matches.
 */
export const installPrehide = (function installPrehide(doc: Document, allEntries: readonly PrehideEntry[]): Prehide {
  const entries = entriesAt(allEntries, doc.URL);
  const root = doc.documentElement;
  root?.setAttribute(PREHIDE_ATTR, '');
  const dropped = new Set<string>();
  const frameEntries = entries.filter((e) => e.frameUrl);
  const style = frameEntries.length ? doc.createElement('style') : null;
  const render = () => {
    if (style) style.textContent = prehideCss(frameEntries.filter((e) => !dropped.has(e.id)).flatMap((e) => e.prehide));
  };
  render();
  // At document_start there is no <head> yet; the root element is always there.
  if (style) (doc.head ?? root)?.append(style);
  const win = doc.defaultView;
  // Timers where a document has no window (a test's detached document).
  const frame = (fn: () => void): number => (win ? win.requestAnimationFrame(fn) : Number(setTimeout(fn, 16)));
  const cancel = (id: number) => (win ? win.cancelAnimationFrame(id) : clearTimeout(id));
  const held = new Map<string, Set<Element>>();
  const settling = new Set<string>();
  let removed = false;

  const heldBy = (id: string) => held.get(id) ?? new Set<Element>();
  const unmark = (id: string) => {
    const mine = heldBy(id);
    held.delete(id);
    const others = new Set([...held.values()].flatMap((s) => [...s]));
    for (const el of mine) if (!others.has(el)) el.removeAttribute(HELD_ATTR);
  };

  return {
    remove() {
      removed = true;
      for (const id of [...held.keys()]) unmark(id);
      root?.removeAttribute(PREHIDE_ATTR);
      style?.remove();
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
        if (removed) return; // given back meanwhile: nothing is marked again
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
        // Still prehiding (not removed meanwhile): the manifest's rules of this manager stop applying.
        const answered = root?.getAttribute(PREHIDE_ATTR);
        if (answered != null && !answered.split(' ').includes(`-${id}`)) root!.setAttribute(PREHIDE_ATTR, `${answered} -${id}`.trim());
        unmark(id);
      };
      // One frame first, so the manager's own closing style change has started its animations.
      frame(settle);
    },
  };
});
