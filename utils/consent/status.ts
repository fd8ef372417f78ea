import type { Purpose } from '../settings/purposes';
import type { ConsentResult } from './result-schema';

export type StatusTone = 'ok' | 'warn' | 'bad';

export interface StatusLine {
  manager: string;
  tone: StatusTone;
  /** The locale key (consent.*) of the sentence that says what happened. */
  key: 'consent.done' | 'consent.doneUnverified' | 'consent.refused' | 'consent.failed' | 'consent.violation';
  /** Per purpose the banner covered: refused or allowed, and whether the stored answer matches (✓). */
  purposes: { purpose: Purpose; allowed: boolean; checked: boolean | null }[];
  reason: string | null;
  ms: number;
}

/** One result as the popup tells it: "OneTrust — analytics refused ✓ …". Newest first, one line per banner. */
export function statusLines(results: readonly ConsentResult[]): StatusLine[] {
  return [...results].reverse().map((r) => ({
    manager: r.manager.name,
    tone: r.violation || r.outcome === 'failed' ? 'bad' : r.outcome === 'refused' || !r.verified ? 'warn' : 'ok',
    key: r.violation
      ? 'consent.violation'
      : r.outcome === 'done'
        ? r.verified
          ? 'consent.done'
          : 'consent.doneUnverified'
        : r.outcome === 'refused'
          ? 'consent.refused'
          : 'consent.failed',
    purposes: r.purposes.map((p) => ({ purpose: p.purpose, allowed: p.wanted, checked: p.ok })),
    reason: r.reason,
    ms: r.ms,
  }));
}
