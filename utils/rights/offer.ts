import type { RequestType } from '@/utils/settings/schema';

/** What the popup knows of a site's policy, as far as choosing requests goes. */
export interface SiteFacts {
  sharesWithPartners?: boolean;
  /** The law the policy says applies, else the controller's country (ISO 3166-1 alpha-2, lower case). */
  country?: string | null;
  rights?: readonly string[];
}

/**
 * The requests that fit a site, most useful first: see what they hold, erase it, stop marketing; stopping
 * the passing of data to partners only where the policy says it does so; post-mortem directives only where
 * French law applies (they exist in French law alone, art. 85 Loi Informatique et Libertés).
 */
export function offeredRequests(facts: SiteFacts | null): RequestType[] {
  const offered: RequestType[] = ['access', 'erasure', 'objection_marketing'];
  if (facts?.sharesWithPartners) offered.push('objection_partners');
  offered.push('withdraw_consent', 'rectification', 'portability', 'objection', 'restriction', 'automated_decision');
  if (facts?.country === 'fr' || facts?.rights?.includes('post_mortem')) offered.push('post_mortem');
  return offered;
}

/** Requests whose letter needs the person's own words (the letter shows a bracketed prompt until given). */
export const NEEDS_REASON: ReadonlySet<string> = new Set(['rectification', 'restriction', 'objection', 'automated_decision']);
/** Requests whose letter takes the person's words but has a sensible default. */
export const TAKES_REASON: ReadonlySet<string> = new Set([...NEEDS_REASON, 'withdraw_consent', 'post_mortem']);
