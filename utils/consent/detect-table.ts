import type { Rule } from './rule-schema';
import { requiredLiteral } from './frame-url-hint';

/**
 * What the content script needs of each rule on every page: only how to spot the manager and what to hide
 * before first paint. Built at build time (utils/consent/build/detect-plugin.ts) so the content script does
 * not carry the rules' steps, and its size does not grow with them.
 */
export interface DetectEntry {
  id: string;
  present: string[];
  prehide: string[];
  frameUrl?: string;
  /** A part of every URL frameUrl matches (frame-url-hint.ts): tested first, the expression only then. */
  frameHint?: string;
}

export function detectTable(rules: readonly Rule[]): DetectEntry[] {
  return rules.map((rule) => ({
    id: rule.id,
    present: rule.detect.present,
    prehide: rule.prehide ?? [],
    ...(rule.detect.frameUrl ? { frameUrl: rule.detect.frameUrl, frameHint: requiredLiteral(rule.detect.frameUrl) } : {}),
  }));
}
