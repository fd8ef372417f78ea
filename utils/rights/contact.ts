import type { PolicyAnalysis } from './analyze/types';

/** What the popup learns of a site's privacy contact: the policy's analysis and where the policy was. */
export type RightsContact = PolicyAnalysis & { policyUrl: string | null };

/**
 * The background's lookup of a page's privacy contact. Null until the contact finder (utils/rights/find/)
 * is wired in, and whenever no policy is found.
 */
export async function findRightsContact(_url: string): Promise<RightsContact | null> {
  return null;
}
