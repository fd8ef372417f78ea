import { browser } from 'wxt/browser';
import type { Settings } from '@/utils/settings/schema';
import { loadSettings, watchSettings } from '@/utils/settings/store';
import { GPC_RULE_IDS, gpcRules } from './rules';
import { GPC_SCRIPT_FILE, GPC_SCRIPT_ID, gpcScriptTargets } from './page-script';

/** Header rules: the old ones out and the new ones in, in one atomic update. */
async function applyRules(settings: Settings): Promise<void> {
  await browser.declarativeNetRequest.updateDynamicRules({
    removeRuleIds: [...GPC_RULE_IDS],
    addRules: gpcRules(settings) as never,
  });
}

/** The main-world script: registered, updated in place (no moment without it) or unregistered. */
async function applyPageScript(settings: Settings): Promise<void> {
  const targets = gpcScriptTargets(settings);
  const existing = await browser.scripting.getRegisteredContentScripts({ ids: [GPC_SCRIPT_ID] });
  if (!targets) {
    if (existing.length > 0) await browser.scripting.unregisterContentScripts({ ids: [GPC_SCRIPT_ID] });
    return;
  }
  const current = existing[0];
  if (
    current &&
    JSON.stringify(current.matches ?? []) === JSON.stringify(targets.matches) &&
    JSON.stringify(current.excludeMatches ?? []) === JSON.stringify(targets.excludeMatches)
  )
    return;
  const script = {
    id: GPC_SCRIPT_ID,
    js: [GPC_SCRIPT_FILE],
    matches: targets.matches,
    excludeMatches: targets.excludeMatches,
    runAt: 'document_start' as const,
    allFrames: true,
    world: 'MAIN' as const,
    persistAcrossSessions: true,
  };
  if (current) await browser.scripting.updateContentScripts([script]);
  else await browser.scripting.registerContentScripts([script]);
}

let queue: Promise<void> = Promise.resolve();

/**
 * Applies the stored settings, one update after another, each reading the settings when its turn comes:
 * a slow update never lands after a newer one.
 */
export function refreshGpc(): Promise<void> {
  queue = queue
    .then(loadSettings)
    .then((settings) => Promise.all([applyRules(settings), applyPageScript(settings)]))
    .then(
      () => undefined,
      (error: unknown) => console.error('Consent Keeper: Global Privacy Control update failed', error),
    );
  return queue;
}

/** At background start and on every settings change. */
export function startGpc(): void {
  void refreshGpc();
  watchSettings(() => void refreshGpc());
}
