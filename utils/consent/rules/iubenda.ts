import { defineRule } from '../rule-types';

/**
 * iubenda Cookie Solution with per-purpose consent: banner #iubenda-cs-banner, preferences panel
 * #iubenda-iframe with one switch per purpose. Purposes: 1 necessary, 2 functionality, 3 experience
 * (personalisation), 4 measurement, 5 marketing. Stored: cookie `_iub_cs-<siteId>`, URL-encoded JSON whose
 * `purposes` maps each purpose id to true/false.
 */
export default defineRule({
  id: 'iubenda',
  name: 'iubenda',
  detect: {
    present: ['#iubenda-cs-banner'],
    showing: ['#iubenda-cs-banner'],
  },
  prehide: ['#iubenda-cs-banner', '#iubenda-iframe'],
  categories: { '1': 'necessary', '2': 'functional', '3': 'personalization', '4': 'analytics', '5': 'advertising' },
  actions: {
    rejectAll: [{ click: '#iubenda-cs-banner .iubenda-cs-reject-btn' }, { waitGone: '#iubenda-cs-banner' }],
    acceptAll: [{ click: '#iubenda-cs-banner .iubenda-cs-accept-btn' }, { waitGone: '#iubenda-cs-banner' }],
    custom: [
      { click: '#iubenda-cs-banner .iubenda-cs-customize-btn' },
      { waitFor: '#iubenda-iframe .purposes-item input' },
      { setToggles: { selector: '#iubenda-iframe .purposes-item input', category: { attribute: 'data-iub-purpose' } } },
      { click: '#iubenda-iframe #iubFooterBtn' },
      { waitGone: '#iubenda-cs-banner' },
    ],
  },
  stored: { cookie: '/^_iub_cs-\\d+$/', decode: 'uri-json', path: 'purposes', shape: 'map' },
  cleanup: { removeClasses: [{ selector: 'html', classes: ['iub-cs-visible'] }] },
  fixtures: ['sites/iubenda.example.it/index.html'],
});
