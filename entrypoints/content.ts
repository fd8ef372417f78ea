import table from 'virtual:consent-detect';
import { sendMessage } from '@/utils/messages';
import { ENGINE_GLOBAL, type Engine } from '@/utils/consent/engine/contract';
import { quickCheck } from '@/utils/consent/generic';
import { installPrehide, type Prehide } from '@/utils/consent/watch/prehide';
import { onSpaNavigation } from '@/utils/consent/watch/spa';
import { watchForBanners, type Found } from '@/utils/consent/watch/watcher';


/** A banner handed to the engine is given back to the person if the engine has not answered by then. */
const ENGINE_HARD_TIMEOUT_MS = 12_000;

export default defineContentScript({
  matches: ['<all_urls>'],
  runAt: 'document_start',
  allFrames: true,
  matchAboutBlank: true,
  matchOriginAsFallback: true,
  main() {
    // Before anything else: known banners are hidden from the first paint.
    const prehideSelectors = table.flatMap((entry) => entry.prehide);
    let prehide: Prehide | null = installPrehide(document, prehideSelectors);
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

    // Choices come from the background, which owns settings and the public-suffix list: the content
    // script runs on every page and stays small.
    const choices = sendMessage({ type: 'get-choices', url: location.href }).catch(() => null);

    // One unknown dialog at a time, and none once one was answered.
    let generic: 'idle' | 'busy' | 'answered' = 'idle';

    async function handle(found: Found): Promise<void> {
      const isGeneric = found.id === 'generic';
      if (isGeneric && generic !== 'idle') return;
      if (isGeneric) generic = 'busy';
      busy++;
      const hardTimeout = setTimeout(reveal, ENGINE_HARD_TIMEOUT_MS);
      try {
        const current = await choices;
        if (!current || current.paused) return;
        if (!(await sendMessage({ type: 'consent-load-engine' }))) return reveal();
        const engine = (globalThis as unknown as Record<string, Engine | undefined>)[ENGINE_GLOBAL];
        const result = await engine?.run({ ruleId: found.id, element: found.element, choices: current.purposes });
        if (!result) return;
        if (result.outcome === 'done') {
          answered = true;
          if (isGeneric) generic = 'answered';
        } else reveal();
        await sendMessage({ type: 'consent-result', result });
      } catch {
        reveal();
      } finally {
        clearTimeout(hardTimeout);
        if (isGeneric && generic === 'busy') generic = 'idle';
        busy--;
        revealIfIdle();
      }
    }

    let restarting = false;
    const watch = watchForBanners(document, {
      table,
      genericPrecheck: (doc) => quickCheck(doc),
      onFound: (found) => void handle(found),
      onStop: () => {
        if (restarting) return;
        watching = false;
        revealIfIdle();
      },
    });

    void choices.then((current) => {
      if (!current || current.paused) {
        watch.stop();
        reveal();
        return;
      }
      onSpaNavigation(window, () => {
        answered = false;
        watching = true;
        prehide ??= installPrehide(document, prehideSelectors);
        restarting = true;
        watch.restart();
        restarting = false;
      });
    });
  },
});
