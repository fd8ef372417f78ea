import { defineRule } from '../rule-types';

/**
 * Osano's commercial consent manager: bar dialog `.osano-cm-dialog` in `.osano-cm-window`, and its drawer
 * `.osano-cm-info-dialog` with a switch per category (`input.osano-cm-toggle__input[data-category]`).
 * Categories ESSENTIAL, STORAGE (preferences), MARKETING, PERSONALIZATION, ANALYTICS. Stored: read back
 * through Osano.cm.getConsent() (main-world/osano.ts); the `osano_consentmanager` value itself is opaque.
 * Answered, the dialog stays in the DOM with `osano-cm-dialog--hidden`.
 */
const DIALOG = '.osano-cm-dialog:not(.osano-cm-dialog--hidden)';
const DRAWER = '.osano-cm-info-dialog:not(.osano-cm-info-dialog--hidden)';

export default defineRule({
  id: 'osano',
  name: 'Osano',
  detect: {
    present: ['.osano-cm-window .osano-cm-dialog'],
    showing: [DIALOG],
  },
  prehide: ['.osano-cm-dialog', '.osano-cm-info-dialog'],
  categories: {
    ESSENTIAL: 'necessary',
    STORAGE: 'functional',
    MARKETING: 'advertising',
    PERSONALIZATION: 'personalization',
    ANALYTICS: 'analytics',
  },
  actions: {
    rejectAll: [{ click: `${DIALOG} .osano-cm-denyAll, ${DIALOG} .osano-cm-button--type_denyAll` }, { waitGone: DIALOG }],
    acceptAll: [{ click: `${DIALOG} .osano-cm-accept-all, ${DIALOG} .osano-cm-button--type_accept` }, { waitGone: DIALOG }],
    custom: [
      { click: `${DIALOG} .osano-cm-manage, ${DIALOG} .osano-cm-button--type_manage` },
      { waitFor: DRAWER },
      { setToggles: { selector: '.osano-cm-info-dialog input.osano-cm-toggle__input[data-category]', category: { attribute: 'data-category' } } },
      { click: `${DRAWER} .osano-cm-save, ${DRAWER} .osano-cm-button--type_save` },
      { waitGone: DRAWER },
    ],
  },
  stored: { reader: 'main:osanoConsent' },
  fixtures: ['sites/osano.example.com/index.html'],
});
