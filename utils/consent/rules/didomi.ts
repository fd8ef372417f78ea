import { defineRule } from '../rule-types';

/**
 * Didomi: notice #didomi-popup / #didomi-notice inside #didomi-host; API window.Didomi. Its purposes are the
 * IAB TCF ones under Didomi's ids, plus the site's own (custom ids, granted only when everything is allowed).
 * Stored: cookie didomi_token (base64 JSON, consent and legitimate-interest lists, read by the `didomi`
 * reader) and the TC string in euconsent-v2 (also served by its __tcfapi).
 */
type Steps = NonNullable<Parameters<typeof defineRule>[0]['actions']['custom']>;
const viaApiOr = (fallback: Steps): Steps => [
  { if: { call: 'didomiPurposeLabels' }, then: [{ call: 'didomiApply', args: 'desired' }], else: fallback },
  { waitGone: '#didomi-popup', timeout: 2_000 },
];

export default defineRule({
  id: 'didomi',
  name: 'Didomi',
  detect: {
    // One element per banner: the watcher starts a run for every new element that matches `present`.
    // The popup notice, or the banner-style notice (which has no #didomi-popup).
    present: ['#didomi-popup', '.didomi-notice-banner'],
    showing: ['#didomi-popup', '#didomi-notice', '.didomi-popup-notice', '.didomi-notice-banner'],
  },
  prehide: ['#didomi-host', '#didomi-popup', '#didomi-notice', '.didomi-popup-backdrop'],
  categories: {
    cookies: 'necessary', // TCF 1, store and/or access information on a device: needed by every other purpose
    select_basic_ads: 'advertising', // TCF 2
    create_ads_profile: 'advertising', // TCF 3
    select_personalized_ads: 'advertising', // TCF 4
    create_content_profile: 'personalization', // TCF 5
    select_personalized_content: 'personalization', // TCF 6
    measure_ad_performance: 'advertising', // TCF 7
    measure_content_performance: 'analytics', // TCF 8
    market_research: 'analytics', // TCF 9
    improve_products: 'other', // TCF 10
    use_limited_data_to_select_content: 'personalization', // TCF 11
    geolocation_data: 'advertising', // special feature 1
    device_characteristics: 'advertising', // special feature 2
  },
  actions: {
    // "Refuser" / "Continuer sans accepter" also object to legitimate interest in Didomi.
    rejectAll: viaApiOr([{ click: '#didomi-notice-disagree-button, .didomi-continue-without-agreeing' }]),
    acceptAll: viaApiOr([{ click: '#didomi-notice-agree-button' }]),
    // Without the API: the preferences' rows each have a Refuser/Accepter pair (Consent-O-Matic's didomi.io
    // rules); the row's purpose id is in its title's id. Save is the first button of the actions.
    custom: viaApiOr([
      { click: '#didomi-notice-learn-more-button', optional: true },
      { waitFor: '.didomi-consent-popup-preferences .didomi-consent-popup-data-processing' },
      {
        setChoicePairs: {
          selector: '.didomi-consent-popup-data-processing',
          category: { attribute: 'id', prefix: 'didomi-purpose-' },
          label: '.didomi-components-accordion',
          deny: '.didomi-consent-popup-data-processing__buttons .didomi-components-radio__option:first-child',
          allow: '.didomi-consent-popup-data-processing__buttons .didomi-components-radio__option:nth-child(2)',
        },
      },
      { click: '.didomi-consent-popup-actions button:first-child' },
    ]),
  },
  stored: { cookie: 'didomi_token', reader: 'didomi' },
  cleanup: {
    removeClasses: [{ selector: 'html, body', classes: ['didomi-popup-open'] }],
  },
  fixtures: ['sites/didomi.example.fr/index.html'], // ?noapi: the SDK without window.Didomi
});
