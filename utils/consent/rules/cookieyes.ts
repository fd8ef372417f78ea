import { defineRule } from '../rule-types';

/**
 * CookieYes: notice .cky-consent-container with data-cky-tag buttons, preference centre .cky-modal (a sibling,
 * shown by .cky-modal-open) with one switch per category, input#ckySwitch<category>. Stored: cookie
 * `cookieyes-consent` = `consentid:…,consent:no,action:yes,necessary:yes,functional:no,analytics:no,…`.
 * Switches are named by their id, so each category appears twice below: as its switch and as its cookie key.
 */
export default defineRule({
  id: 'cookieyes',
  name: 'CookieYes',
  detect: {
    // One element per banner: the watcher starts a run for every new element that matches `present`.
    present: ['.cky-consent-container'],
    showing: ['.cky-consent-container', '.cky-modal.cky-modal-open'],
  },
  // The preference centre and overlay only while the notice is up (they follow it in the body): the prehide
  // stays after an answer, and the person must see the centre when reopening it from the revisit button.
  prehide: ['.cky-consent-container', '.cky-consent-container:not(.cky-hide) ~ .cky-modal', '.cky-consent-container:not(.cky-hide) ~ .cky-overlay'],
  categories: {
    necessary: 'necessary',
    functional: 'functional',
    analytics: 'analytics',
    // "Key performance indexes of the website": measurement.
    performance: 'analytics',
    advertisement: 'advertising',
    ckySwitchfunctional: 'functional',
    ckySwitchanalytics: 'analytics',
    ckySwitchperformance: 'analytics',
    ckySwitchadvertisement: 'advertising',
  },
  actions: {
    rejectAll: [{ click: '.cky-consent-container [data-cky-tag=reject-button]' }],
    acceptAll: [{ click: '.cky-consent-container [data-cky-tag=accept-button]' }],
    custom: [
      { click: '.cky-consent-container [data-cky-tag=settings-button]' },
      { waitFor: '.cky-modal [data-cky-tag=detail-save-button]' },
      { setToggles: { selector: '.cky-modal [data-cky-tag=detail-category-toggle] input', category: { attribute: 'id' } } },
      { click: '.cky-modal [data-cky-tag=detail-save-button]' },
    ],
  },
  stored: { cookie: 'cookieyes-consent', shape: 'pairs', pairSeparator: ',', valueSeparator: ':' },
  fixtures: ['sites/cookieyes.example.com/index.html'],
});
