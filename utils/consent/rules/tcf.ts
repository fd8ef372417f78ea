import { defineRule } from '../rule-types';
import { TCF_PURPOSE_CATEGORIES } from '../tcf-purposes';

/**
 * Google's TCF CMP (Funding Choices, "Privacy & messaging"): .fc-consent-root. Verified by its TC string (the
 * `tcf` reader decodes it with @iabtechlabtcf/core): a denied purpose must have neither consent nor
 * legitimate interest. Its "Do not consent" keeps the legitimate-interest signals, so refusing goes through
 * its options view, turning every consent and legitimate-interest switch off; mixed choices set each switch
 * by its purpose id (`data-id`). The id stays `tcf` (other tests and logs name it).
 */
const OPTIONS = '.fc-data-preferences-dialog';
const SWITCHES = `${OPTIONS} input.fc-preference-consent.purpose, ${OPTIONS} input.fc-preference-legitimate-interest.purpose`;

export default defineRule({
  id: 'tcf',
  name: 'Google Funding Choices (TCF v2)',
  detect: {
    // Not the __tcfapiLocator frame itself: every TCF manager has one, and those with a rule of their own
    // (Didomi…) must not be answered twice; the reader finds any manager's TC string through __tcfapi.
    present: ['.fc-consent-root'],
    showing: ['.fc-consent-root .fc-dialog-container'],
  },
  prehide: ['.fc-consent-root'],
  categories: TCF_PURPOSE_CATEGORIES,
  actions: {
    rejectAll: [
      { click: '.fc-cta-manage-options' },
      { waitFor: OPTIONS },
      // Every switch off, purpose 1 included: with nothing else granted, nothing may be stored either.
      { click: `${OPTIONS} input.fc-preference-consent.purpose:checked, ${OPTIONS} input.fc-preference-legitimate-interest.purpose:checked`, all: true, optional: true },
      { click: `${OPTIONS} .fc-confirm-choices` },
      { waitGone: '.fc-consent-root .fc-dialog-container', timeout: 2_000 },
    ],
    acceptAll: [{ click: '.fc-cta-consent' }, { waitGone: '.fc-consent-root .fc-dialog-container', timeout: 2_000 }],
    custom: [
      { click: '.fc-cta-manage-options' },
      { waitFor: OPTIONS },
      { setToggles: { selector: SWITCHES, category: { attribute: 'data-id' } } },
      { click: `${OPTIONS} .fc-confirm-choices` },
      { waitGone: '.fc-consent-root .fc-dialog-container', timeout: 2_000 },
    ],
  },
  stored: { reader: 'tcf' },
  fixtures: ['sites/tcf.example.it/index.html'],
});
