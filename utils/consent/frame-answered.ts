import type { DetectEntry } from './detect-table';
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
export interface FramePair {
  frame: string;
  top: string;
}

export const topRuleOf = (frameRuleId: string): string => frameRuleId.replace(/-frame$/, '-top');

/**
 * The frame rules that match this sub-frame's URL, with their top rule; null in a top frame or a frame no
 * frame rule matches, which then send nothing.
 */
export function framePairsAt(table: readonly DetectEntry[], url: string, inFrame: boolean): FramePair[] | null {
  if (!inFrame) return null;
  const pairs = table
    .filter((e) => e.frameUrl !== undefined && new RegExp(e.frameUrl).test(url))
    .map((e) => ({ frame: e.id, top: topRuleOf(e.id) }));
  return pairs.length ? pairs : null;
}

/**
 * The frame rules to leave alone: those whose top rule has a `done` result for the page the tab shows now.
 * `pageUrl` undefined (the browser did not say): none, so the automatic answer is never lost.
 */
export function answeredFrameRules(
  results: readonly ConsentResult[],
  pageUrl: string | undefined,
  pairs: readonly FramePair[],
): string[] {
  if (pageUrl === undefined) return [];
  const answered = new Set(
    results.filter((r) => r.frame === 'top' && r.outcome === 'done' && r.url === pageUrl).map((r) => r.manager.id),
  );
  return pairs.filter((p) => answered.has(p.top)).map((p) => p.frame);
}

/**
 * In a frame, at start: asks once (only where a frame rule matches) which frame rules to leave alone, and
 * stops prehiding them. Null where nothing was asked. A failed question leaves nothing alone.
 */
export function leaveAnsweredFrames(
  table: readonly DetectEntry[],
  url: string,
  inFrame: boolean,
  ask: (pairs: FramePair[]) => Promise<string[]>,
  show: (ruleId: string) => void,
): Promise<Set<string>> | null {
  const pairs = framePairsAt(table, url, inFrame);
  if (!pairs) return null;
  return ask(pairs).then(
    (ids) => {
      ids.forEach(show);
      return new Set(ids);
    },
    () => new Set<string>(),
  );
}
