import { defineRule } from '../rule-types';

/**
 * Shopify's privacy banner: #shopify-pc__banner (accept, decline, manage preferences) and its preferences
 * dialog #shopify-pc__prefs with one checkbox per purpose (#shopify-pc__prefs__<field>-input: essential,
 * preferences, analytics, marketing — the ids of Shopify's storefront-banner bundle). Stored: cookie
 * `_tracking_consent`, URL-encoded JSON whose `purposes` are a (analytics), p (preferences), m (marketing),
 * t (sale or sharing of data); `con.CMP` repeats them as "1"/"0" with s for sale of data.
 * Checkboxes are named by their id, so each purpose appears twice below: as its checkbox and as its cookie key.
 */
const DIALOG = '#shopify-pc__prefs';

export default defineRule({
  id: 'shopify',
  name: 'Shopify privacy banner',
  detect: {
    // One element per banner: the watcher starts a run for every new element that matches `present`.
    present: ['#shopify-pc__banner'],
    showing: ['#shopify-pc__banner', DIALOG],
  },
  // The dialog only while the banner is up (its sibling): reopened later from the store's footer, it must show.
  prehide: ['#shopify-pc__banner', `#shopify-pc__banner ~ ${DIALOG}`],
  categories: {
    a: 'analytics',
    p: 'functional', // "Personalization": remembers language, region, recently viewed.
    m: 'advertising',
    t: 'advertising', // Sale or sharing of personal data: for targeted advertising.
    s: 'advertising',
    'shopify-pc__prefs__analytics-input': 'analytics',
    'shopify-pc__prefs__preferences-input': 'functional',
    'shopify-pc__prefs__marketing-input': 'advertising', // Also sent as sale_of_data: the dialog has no switch of its own for it.
  },
  actions: {
    rejectAll: [{ click: '#shopify-pc__banner__btn-decline' }],
    acceptAll: [{ click: '#shopify-pc__banner__btn-accept' }],
    custom: [
      { click: '#shopify-pc__banner__btn-manage-prefs' },
      { waitFor: `${DIALOG} #shopify-pc__prefs__header-save` },
      { setToggles: { selector: `${DIALOG} input[type=checkbox]:not([disabled])`, category: { attribute: 'id' } } },
      { click: `${DIALOG} #shopify-pc__prefs__header-save` },
    ],
  },
  stored: { cookie: '_tracking_consent', decode: 'uri-json', path: 'purposes', shape: 'map' },
  fixtures: ['sites/shopify.example.com/index.html'],
});
