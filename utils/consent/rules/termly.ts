import { defineRule } from '../rule-types';

/**
 * Termly: banner [data-tid=banner] inside #termly-code-snippet-support (accept, decline, preferences), and its
 * preference modal .t-preference-modal with one checkbox per category (named by `name`). Stored: localStorage
 * `TERMLY_API_CACHE`, JSON whose TERMLY_COOKIE_CONSENT.value is `{ essential, performance, analytics, … }`.
 */
const MODAL = '#termly-code-snippet-support .t-preference-modal';

export default defineRule({
  id: 'termly',
  name: 'Termly',
  detect: {
    // One element per banner: the watcher starts a run for every new element that matches `present`.
    present: ['#termly-code-snippet-support'],
    showing: ['#termly-code-snippet-support [data-tid=banner]', MODAL],
  },
  // The modal only while the banner is up (its sibling): reopened later from "Consent Preferences", it must show.
  prehide: ['#termly-code-snippet-support [data-tid=banner]', '#termly-code-snippet-support [data-tid=banner] ~ .t-preference-modal'],
  categories: {
    essential: 'necessary',
    performance: 'functional', // "Performance and functionality": remembering choices, site features.
    analytics: 'analytics',
    advertising: 'advertising',
    social_networking: 'social',
    unclassified: 'other',
  },
  actions: {
    // Sites can turn the banner's Decline off: then the modal's Decline All.
    rejectAll: [
      {
        if: { exists: '[data-tid=banner-decline]' },
        then: [{ click: '[data-tid=banner-decline]' }],
        else: [{ click: '#termly-code-snippet-support .t-preference-button' }, { waitFor: `${MODAL} .t-declineAllButton` }, { click: `${MODAL} .t-declineAllButton` }],
      },
    ],
    acceptAll: [{ click: '[data-tid=banner-accept]' }],
    custom: [
      { click: '#termly-code-snippet-support .t-preference-button' },
      { waitFor: `${MODAL} .t-saveButton` },
      // Each category's checkbox sits in label.t-checkBox--<category>; its name is the category.
      { setToggles: { selector: `${MODAL} label[class*=t-checkBox--] input[type=checkbox]:not([disabled])`, category: { attribute: 'name' } } },
      { click: `${MODAL} .t-saveButton` },
    ],
  },
  stored: { localStorage: 'TERMLY_API_CACHE', decode: 'json', path: 'TERMLY_COOKIE_CONSENT.value', shape: 'map' },
  fixtures: ['sites/termly.example.com/index.html'],
});
