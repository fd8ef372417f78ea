import type { Settings } from '@/utils/settings/schema';
import { gpcSites } from './sites';

/**
 * declarativeNetRequest dynamic rules that add `Sec-GPC: 1`. Which site's choice a request follows:
 * - a page load (main_frame) follows the site it goes to;
 * - any other request follows both the site it goes to and the site of the page or frame that made it
 *   (its initiator): an explicit "denied" exception on either side wins, then an explicit "allowed"
 *   exception on either side, then the global choice. So every request to a denied site carries the
 *   signal, third-party requests made by a denied site's pages carry it too, and the ad partners a site
 *   with allowed advertising loads do not get it when the global choice is "denied".
 * Omitting resourceTypes means every type but main_frame in both browsers, which also covers types only
 * one of them knows (webtransport, beacon…).
 */

/** Ids reserved for these rules, always all removed before adding: stable across updates. */
export const GPC_RULE_IDS = [1001, 1002, 1003, 1004, 1005] as const;
const [DEFAULT_PAGE, DEFAULT_OTHER, DENIED_PAGE, DENIED_TO, DENIED_FROM] = GPC_RULE_IDS;

export interface GpcRule {
  id: number;
  priority: number;
  action: {
    type: 'modifyHeaders';
    requestHeaders: { header: 'Sec-GPC'; operation: 'set'; value: '1' }[];
  };
  condition: {
    resourceTypes?: ['main_frame'];
    requestDomains?: string[];
    excludedRequestDomains?: string[];
    initiatorDomains?: string[];
    excludedInitiatorDomains?: string[];
  };
}

function rule(id: number, condition: GpcRule['condition']): GpcRule {
  return {
    id,
    priority: 1,
    action: { type: 'modifyHeaders', requestHeaders: [{ header: 'Sec-GPC', operation: 'set', value: '1' }] },
    condition,
  };
}

/** An empty list is not allowed in a condition: absent instead. */
const list = (domains: string[]) => (domains.length > 0 ? domains : undefined);

export function gpcRules(settings: Settings): GpcRule[] {
  const sites = gpcSites(settings);
  const rules: GpcRule[] = [];
  if (sites.globalDenied) {
    const allowed = list(sites.allowed);
    rules.push(rule(DEFAULT_PAGE, { resourceTypes: ['main_frame'], excludedRequestDomains: allowed }));
    rules.push(rule(DEFAULT_OTHER, { excludedRequestDomains: allowed, excludedInitiatorDomains: allowed }));
  }
  const denied = list(sites.denied);
  if (denied) {
    rules.push(rule(DENIED_PAGE, { resourceTypes: ['main_frame'], requestDomains: denied }));
    rules.push(rule(DENIED_TO, { requestDomains: denied }));
    rules.push(rule(DENIED_FROM, { initiatorDomains: denied }));
  }
  // JSON round trip drops the absent lists, which the browsers' schemas would refuse as undefined.
  return JSON.parse(JSON.stringify(rules)) as GpcRule[];
}
