import { defineRule } from '../rule-types';

/**
 * Osano's open-source cookieconsent (npm `cookieconsent`): one `.cc-window` with a type class:
 * opt-in / opt-out (Decline `.cc-deny`, Allow `.cc-allow`) or info (only "Got it" `.cc-dismiss`). One answer
 * for everything, so it covers every purpose: mixed choices are refused (no custom steps) and the banner is
 * left to the person. The library counts "Got it" as consent, so an info banner is never dismissed for a
 * person who denies: it is only hidden, nothing stored. Stored: cookie `cookieconsent_status` =
 * allow | deny | dismiss. Answered, the window stays in the DOM with `cc-invisible` (opacity 0).
 */
export default defineRule({
  id: 'osano-cookieconsent',
  name: 'Cookie Consent (Osano, open source)',
  detect: {
    present: ['.cc-window.cc-type-opt-in', '.cc-window.cc-type-opt-out', '.cc-window.cc-type-info'],
    showing: ['.cc-window:not(.cc-invisible)'],
  },
  prehide: ['.cc-window'],
  categories: {
    functional: 'functional',
    analytics: 'analytics',
    advertising: 'advertising',
    personalization: 'personalization',
    social: 'social',
    other: 'other',
  },
  actions: {
    rejectAll: [
      {
        if: { exists: '.cc-window:not(.cc-invisible) .cc-deny' },
        then: [{ click: '.cc-window:not(.cc-invisible) .cc-deny' }, { waitGone: '.cc-window:not(.cc-invisible)' }],
        else: [{ hide: ['.cc-window.cc-type-info'] }],
      },
    ],
    acceptAll: [
      {
        if: { exists: '.cc-window:not(.cc-invisible) .cc-allow' },
        then: [{ click: '.cc-window:not(.cc-invisible) .cc-allow' }],
        else: [{ click: '.cc-window:not(.cc-invisible) .cc-dismiss' }],
      },
      { waitGone: '.cc-window:not(.cc-invisible)' },
    ],
  },
  stored: { reader: 'main:osanoCookieconsentStatus' },
  fixtures: ['sites/osano-oss.example.com/index.html', 'sites/osano-oss.example.fr/index.html', 'sites/osano-oss.example.it/index.html'],
});
