import { defineRule } from '../rule-types';

/**
 * OneTrust: banner #onetrust-banner-sdk, preference centre #onetrust-pc-sdk with one switch per group
 * (input.category-switch-handler[data-optanongroupid]). Its API is used first (UpdateConsent per group),
 * the preference centre otherwise. Stored: cookie OptanonConsent, a query string whose `groups` is
 * `C0001:1,C0002:0,…`. Group ids are OneTrust's standard ones; a site's extra groups follow `other`.
 */
type Steps = NonNullable<Parameters<typeof defineRule>[0]['actions']['custom']>;
const viaApiOr = (fallback: Steps): Steps => [
  { if: { call: 'onetrustCategories' }, then: [{ call: 'onetrustApply', args: 'desired' }], else: fallback },
  { waitGone: '#onetrust-banner-sdk', timeout: 2_000 },
];

export default defineRule({
  id: 'onetrust',
  name: 'OneTrust',
  detect: {
    // One element per banner: the watcher starts a run for every new element that matches `present`.
    present: ['#onetrust-consent-sdk'],
    showing: ['#onetrust-banner-sdk', '#onetrust-pc-sdk'],
  },
  prehide: ['#onetrust-consent-sdk', '#onetrust-banner-sdk', '#onetrust-pc-sdk', '.onetrust-pc-dark-filter'],
  categories: {
    C0001: 'necessary',
    C0002: 'analytics', // Performance
    C0003: 'functional',
    C0004: 'advertising', // Targeting
    C0005: 'social',
  },
  actions: {
    rejectAll: viaApiOr([{ click: '#onetrust-reject-all-handler' }]),
    acceptAll: viaApiOr([{ click: '#onetrust-accept-btn-handler' }]),
    custom: viaApiOr([
      { click: '#onetrust-pc-btn-handler' },
      { waitFor: '#onetrust-pc-sdk .save-preference-btn-handler' },
      { setToggles: { selector: '#onetrust-pc-sdk input.category-switch-handler', category: { attribute: 'data-optanongroupid' } } },
      { click: '#onetrust-pc-sdk .save-preference-btn-handler' },
    ]),
  },
  stored: { cookie: 'OptanonConsent', decode: 'query', path: 'groups', shape: 'pairs', pairSeparator: ',', valueSeparator: ':' },
  cleanup: {
    removeClasses: [{ selector: 'body', classes: ['ot-overflow-hidden'] }],
    hide: ['.onetrust-pc-dark-filter'],
  },
  fixtures: ['sites/onetrust.example.com/index.html'],
});
