import type { DetectEntry } from './detect-table';
import { entriesAt } from './watch/entries-at';
import type { ConsentResult } from './result-schema';

/**
 * A frame rule (detect.frameUrl) answers a manager's dialog inside its cross-origin iframe; the page's top
 * rule of the same manager verifies what was stored. Once that top rule has answered the tab's current
 * page, a later document of the frame rule there is one the person opened on purpose ("Privacy settings"):
 * it is left alone, neither answered nor prehidden, until the page changes (a load clears the tab's
 * results; an SPA navigation changes the page URL the result was given for).
 * Pairs are named `<manager>-frame` / `<manager>-top` (test/unit/consent-frame-answered.test.ts holds every
 * frame rule to it), so no rule or schema needs a field for this.
 */
export const topRuleOf = (frameRuleId: string): string => frameRuleId.replace(/-frame$/, '-top');

// `(function …)`: V8 compiles it with the script, not again at its first call: it runs in every frame (README, Performance).
/**
 * The ids of the frame rules that match this sub-frame's URL; null in a top frame or a frame no frame rule
 * matches, which then send nothing.
 */
export const frameRulesAt = (function frameRulesAt(table: readonly DetectEntry[], url: string, inFrame: boolean): string[] | null {
  if (!inFrame) return null;
  const ids = entriesAt(table, url).filter((e) => e.frameUrl !== undefined).map((e) => e.id);
  return ids.length ? ids : null;
});

/**
 * The frame rules to leave alone: those whose top rule has a `done` result for the page the tab shows now.
 * `pageUrl` undefined (the browser did not say): none, so the automatic answer is never lost.
 */
export function answeredFrameRules(
  results: readonly ConsentResult[],
  pageUrl: string | undefined,
  frameRules: readonly string[],
): string[] {
  if (pageUrl === undefined) return [];
  const answered = new Set(
    results.filter((r) => r.frame === 'top' && r.outcome === 'done' && r.url === pageUrl).map((r) => r.manager.id),
  );
  return frameRules.filter((id) => answered.has(topRuleOf(id)));
}

/**
 * In a frame, at start: asks once (only where a frame rule matches) which frame rules to leave alone, and
 * stops prehiding them. Null where nothing was asked. A failed question leaves nothing alone.
 */
export const leaveAnsweredFrames = (function leaveAnsweredFrames(
  table: readonly DetectEntry[],
  url: string,
  inFrame: boolean,
  ask: (frameRules: string[]) => Promise<string[]>,
  show: (ruleId: string) => void,
): Promise<Set<string>> | null {
  const frameRules = frameRulesAt(table, url, inFrame);
  if (!frameRules) return null;
  return ask(frameRules).then(
    (ids) => {
      ids.forEach(show);
      return new Set(ids);
    },
    () => new Set<string>(),
  );
});
