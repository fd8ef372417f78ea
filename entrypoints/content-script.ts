import table, { pageDefaults } from 'virtual:consent-detect';
import { sendMessage, type Responses } from '@/utils/messages';
import { CONTENT_SCRIPT_MARK } from '@/utils/page-scripts/content-mark';
import { ENGINE_GLOBAL, type Engine } from '@/utils/consent/engine/contract';
import { quickCheck } from '@/utils/consent/generic';
import { leaveAnsweredFrames } from '@/utils/consent/frame-answered';
import { installPrehide, type Prehide } from '@/utils/consent/watch/prehide';
import { onSpaNavigation } from '@/utils/consent/watch/spa';
import { watchForBanners, type Found } from '@/utils/consent/watch/watcher';


/** A banner handed to the engine is given back to the person if the engine has not answered by then. */
const ENGINE_HARD_TIMEOUT_MS = 12_000;

/**
 * Runs at document_start in every frame of every page (declared in the manifest by wxt.config.ts, see
 * `pageContentScript`): an unlisted script, not WXT's defineContentScript, whose context wrapper (an abort
 * controller, "started" events, a location watcher this script does not use) cost ~1–2 ms in every frame.
 * `(function main …)`: V8 compiles it with the script, not again at its first call (README, Performance).
 */
export default defineUnlistedScript((function main() {
  // Before anything else: known banners are hidden from the first paint.
  let prehide: Prehide | null = installPrehide(document, table);
  const reveal = () => {
    prehide?.remove();
    prehide = null;
  };
  let answered = false;
  let busy = 0;
  let watching = true;
  // Nothing found, or found and not answered: nothing stays hidden once watching ends.
  const revealIfIdle = () => {
    if (!watching && !answered && busy === 0) reveal();
  };

  (globalThis as Record<string, unknown>)[CONTENT_SCRIPT_MARK] = true;
  // Choices come from the background, which owns settings and the public-suffix list: the content
  // script runs on every page and stays small. Asked when a banner is found: a page without one sends
  // nothing (a paused site's banner stays prehidden only for that round trip).
  let choices: Promise<Responses['get-choices'] | null> | undefined;
  const askChoices = () => (choices ??= sendMessage({ type: 'get-choices', url: location.href }).catch(() => null));
  let paused = false;
  // A manager's frame the person reopened once the page was answered is theirs (frames a frame rule matches only).
  const leftAlone = leaveAnsweredFrames(table, location.href, window !== window.top,
    (frameRules) => sendMessage({ type: 'consent-frame-answered', frameRules }), (id) => prehide?.answered(id));

  // One unknown dialog at a time, and none once one was answered.
  let generic: 'idle' | 'busy' | 'answered' = 'idle';

  // A manager whose banner matches on several elements (a script tag, then its dialog) is answered once:
  // a rule is not run again while it runs or after it answered, until the next SPA navigation.
  const rulesTaken = new Set<string>();

  async function handle(found: Found): Promise<void> {
    const isGeneric = found.id === 'generic';
    if (isGeneric && generic !== 'idle') return;
    if (!isGeneric && rulesTaken.has(found.id)) return;
    if (isGeneric) generic = 'busy';
    else rulesTaken.add(found.id);
    let done = false;
    busy++;
    const hardTimeout = setTimeout(reveal, ENGINE_HARD_TIMEOUT_MS);
    // The manager drops its own "showing" state while we answer; its banner stays hidden meanwhile.
    const release = isGeneric ? () => {} : (prehide?.hold(found.id) ?? (() => {}));
    try {
      // Both asked at once: the choices are only asked now (not on pages without a banner), and the engine's
      // injection does not need them; on a paused site it is injected and not run.
      const engineLoaded = sendMessage({ type: 'consent-load-engine' }).catch(() => false);
      const current = await askChoices();
      if (!current || current.paused) {
        // Paused here (or no answer from the background): nothing is hidden or answered on this page.
        paused = true;
        watch.stop();
        return reveal();
      }
      if (leftAlone && (await leftAlone).has(found.id)) return;
      if (!(await engineLoaded)) return reveal();
      const engine = (globalThis as unknown as Record<string, Engine | undefined>)[ENGINE_GLOBAL];
      const result = await engine?.run({ ruleId: found.id, element: found.element, choices: current.purposes });
      if (!result) return;
      if (result.outcome === 'done') {
        answered = done = true;
        if (isGeneric) generic = 'answered';
        // Answered and gone: a settings panel the person opens later must be seen.
        else prehide?.answered(found.id);
      } else reveal();
      await sendMessage({ type: 'consent-result', result });
    } catch {
      reveal();
    } finally {
      clearTimeout(hardTimeout);
      release();
      if (isGeneric && generic === 'busy') generic = 'idle';
      if (!isGeneric && !done) rulesTaken.delete(found.id);
      busy--;
      revealIfIdle();
    }
  }

  let restarting = false;
  const watch = watchForBanners(document, {
    table,
    pageDefaults,
    // The watcher's additions (null: too many, look over the document): quickCheck starts no observer of its own.
    genericPrecheck: (doc, added) => quickCheck(doc, added),
    onFound: (found) => void handle(found),
    onStop: () => {
      if (restarting) return;
      watching = false;
      revealIfIdle();
    },
  });

  onSpaNavigation(window, () => {
    if (paused) return;
    answered = false;
    rulesTaken.clear();
    watching = true;
    prehide?.remove();
    prehide = installPrehide(document, table);
    restarting = true;
    watch.restart();
    restarting = false;
  });
}));
