import { defineRule } from '../rule-types';

/**
 * TrustArc / TRUSTe, top frame: banner #truste-consent-track. Levels: 0 required, 1 functional,
 * 2 advertising. All refused: "Required Only"; all allowed: "Accept All"; mixed: "Cookie Preferences" opens
 * the preference manager in a cross-origin frame (.truste_popframe), answered there by the `trustarc-frame`
 * rule, which the page turns into its cookies; this rule waits for the banner to go and verifies them.
 * Stored: notice_gdpr_prefs "0,1:" and cmapi_cookie_privacy "permit 1,2", read by main-world/trustarc.ts.
 */
export default defineRule({
  id: 'trustarc-top',
  name: 'TrustArc',
  detect: {
    present: ['#truste-consent-track'],
    showing: ['#truste-consent-track'],
  },
  prehide: ['#truste-consent-track', '.truste_overlay', '.truste_box_overlay'],
  categories: { '0': 'necessary', '1': 'functional', '2': 'advertising' },
  actions: {
    rejectAll: [{ click: '#truste-consent-required' }, { waitGone: '#truste-consent-track' }],
    acceptAll: [{ click: '#truste-consent-button' }, { waitGone: '#truste-consent-track' }],
    custom: [{ click: '#truste-show-consent' }, { waitGone: '#truste-consent-track', timeout: 7_000 }],
  },
  stored: { reader: 'main:trustarcLevels' },
  fixtures: ['sites/trustarc.example.com/index.html'],
});
