import { defineRule } from '../rule-schema';

/**
 * Any IAB TCF v2 consent manager: recognised by the __tcfapiLocator frame its stub adds, verified by its
 * TC string (the `tcf` reader decodes it with @iabtechlabtcf/core): a denied purpose must have neither
 * consent nor legitimate interest. The steps are those of the most common TCF dialog without a rule of its
 * own, Google's CMP (Funding Choices), whose "Do not consent" keeps the legitimate-interest signals: so
 * refusing goes through its options view, turning every consent and legitimate-interest switch off.
 * Managers with their own rule (Didomi…) are answered by it; their TC string is checked the same way.
 */
const OPTIONS = '.fc-data-preferences-dialog';
const SWITCHES = `${OPTIONS} input.fc-preference-consent.purpose, ${OPTIONS} input.fc-preference-legitimate-interest.purpose`;

export default defineRule({
  id: 'tcf',
  name: 'IAB TCF v2',
  detect: {
    // Not the __tcfapiLocator frame itself: every TCF manager has one, and those with a rule of their own
    // (Didomi…) must not be answered twice; the reader finds any manager's TC string through __tcfapi.
    present: ['.fc-consent-root'],
    showing: ['.fc-consent-root .fc-dialog-container'],
  },
  prehide: ['.fc-consent-root'],
  categories: {
    '1': 'necessary', // Store and/or access information on a device: needed by every other purpose
    '2': 'advertising', // Use limited data to select advertising
    '3': 'advertising', // Create profiles for personalised advertising
    '4': 'advertising', // Use profiles to select personalised advertising
    '5': 'personalization', // Create profiles to personalise content
    '6': 'personalization', // Use profiles to select personalised content
    '7': 'advertising', // Measure advertising performance
    '8': 'analytics', // Measure content performance
    '9': 'analytics', // Understand audiences through statistics…
    '10': 'other', // Develop and improve services
    '11': 'personalization', // Use limited data to select content
  },
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
