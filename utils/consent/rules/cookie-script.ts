import { defineRule } from '../rule-types';

/**
 * Cookie-Script: banner #cookiescript_injected (in #cookiescript_injected_wrapper) with one checkbox per
 * category (input[data-cookiescript=checkbox-input], value = its fixed category id) and the buttons
 * #cookiescript_reject, #cookiescript_accept, #cookiescript_save. Stored: cookie CookieScriptConsent, JSON whose
 * `categories` is JSON text of the granted ids (the cookieScript reader).
 */
export default defineRule({
  id: 'cookie-script',
  name: 'Cookie-Script',
  detect: {
    // One element per banner: the watcher starts a run for every new element that matches `present`.
    present: ['#cookiescript_injected'],
    showing: ['#cookiescript_injected'],
  },
  prehide: ['#cookiescript_injected'],
  categories: {
    strict: 'necessary',
    performance: 'analytics',
    targeting: 'advertising',
    functionality: 'functional',
    unclassified: 'other',
  },
  actions: {
    rejectAll: [{ click: '#cookiescript_reject' }],
    acceptAll: [{ click: '#cookiescript_accept' }],
    custom: [
      // Some layouts show the checkboxes only in the details view.
      { if: { visible: '#cookiescript_checkboxs' }, then: [], else: [{ click: '#cookiescript_manage' }, { waitFor: '#cookiescript_checkboxs' }] },
      { setToggles: { selector: '#cookiescript_injected input[data-cookiescript=checkbox-input]', category: { attribute: 'value' } } },
      { click: '#cookiescript_save' },
    ],
  },
  stored: { reader: 'cookieScript' },
  fixtures: ['sites/cookie-script.example.co.uk/index.html'],
});
