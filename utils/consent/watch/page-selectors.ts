import type { DetectEntry } from '../detect-table';
import { alternatives, lightPart } from './selectors';
import { splitById, type WholeQuery } from './whole-query';

/**
 * What the content script derives from the detection table in every frame of every page: computed once at
 * build time (utils/consent/build/detect-plugin.ts) for the rules that apply in any frame, so a page pays
 * nothing for it; a frame that a frame rule matches computes its own at start.
 */
export interface PageSelectors {
  /** Every rule's `present`, light DOM part, as one selector list. */
  combined: string;
  whole: WholeQuery;
}

export function pageSelectors(entries: readonly Pick<DetectEntry, 'present'>[]): PageSelectors {
  const combined = entries.flatMap((e) => e.present.map(lightPart)).join(',');
  return { combined, whole: splitById(alternatives(combined)) };
}
