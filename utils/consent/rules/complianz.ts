import { defineRule } from '../rule-types';

/**
 * Complianz (WordPress): banner .cmplz-cookiebanner (shown by .cmplz-show) in #cmplz-cookiebanner-container,
 * buttons .cmplz-accept / .cmplz-deny / .cmplz-view-preferences / .cmplz-save-preferences, one checkbox per
 * category (input.cmplz-consent-checkbox[data-category=cmplz_<category>]). Stored: one cookie per category,
 * cmplz_<category>=allow|deny, and cmplz_banner-status=dismissed (the complianz reader).
 */
export default defineRule({
  id: 'complianz',
  name: 'Complianz',
  detect: {
    // One element per banner: the watcher starts a run for every new element that matches `present`.
    present: ['#cmplz-cookiebanner-container .cmplz-cookiebanner'],
    showing: ['.cmplz-cookiebanner.cmplz-show'],
  },
  // Not once answered (.cmplz-dismissed): the person may reopen it from the "manage consent" tab.
  prehide: ['.cmplz-cookiebanner:not(.cmplz-dismissed)'],
  categories: {
    // "Strictly necessary for the legitimate purpose": always on, shown as "always active".
    cmplz_functional: 'necessary',
    // Complianz's "preferences": storing settings the person did not ask for, the site's features.
    cmplz_preferences: 'functional',
    cmplz_statistics: 'analytics',
    cmplz_marketing: 'advertising',
  },
  actions: {
    rejectAll: [{ click: '.cmplz-cookiebanner .cmplz-deny' }],
    acceptAll: [{ click: '.cmplz-cookiebanner .cmplz-accept' }],
    custom: [
      { click: '.cmplz-cookiebanner .cmplz-view-preferences' },
      { waitFor: '.cmplz-cookiebanner .cmplz-save-preferences' },
      { setToggles: { selector: '.cmplz-cookiebanner input.cmplz-consent-checkbox', category: { attribute: 'data-category' } } },
      { click: '.cmplz-cookiebanner .cmplz-save-preferences' },
    ],
  },
  stored: { reader: 'complianz' },
  fixtures: ['sites/complianz.example.nl/index.html'],
});
