import { defineRule } from '../rule-types';

/**
 * Klaro: notice `.klaro .cookie-notice` (decline `.cn-decline`, accept `.cm-btn-success`), modal
 * `.klaro .cookie-modal`. Consent is per service; services list the site's own purposes, labelled by the
 * site's translations and classified. Set through klaro.getManager() (a service is granted only if all its
 * purposes are wanted), the notice's buttons if the API is missing. Stored where the config says (cookie or
 * localStorage, site-chosen name), so read back through the manager's own store in the main world.
 */
export default defineRule({
  id: 'klaro',
  name: 'Klaro',
  detect: {
    present: ['.klaro'],
    showing: ['.klaro .cookie-notice:not(.cookie-notice-hidden)', '.klaro .cookie-modal'],
  },
  // The notice (alone or shown as a modal); not the settings modal the person may open later.
  prehide: ['.klaro .cookie-notice', '.klaro .cookie-modal:has(.cookie-notice)'],
  categories: 'classify',
  actions: {
    rejectAll: [
      { if: { call: 'klaroCategories' }, then: [{ call: 'klaroDeclineAll' }], else: [{ click: '.klaro .cn-decline' }] },
      { waitGone: '.klaro .cookie-notice', timeout: 2_000 },
    ],
    acceptAll: [
      { if: { call: 'klaroCategories' }, then: [{ call: 'klaroAcceptAll' }], else: [{ click: '.klaro .cookie-notice .cm-btn-success' }] },
      { waitGone: '.klaro .cookie-notice', timeout: 2_000 },
    ],
    custom: [
      { call: 'klaroCategories' },
      { call: 'klaroApply', args: 'desired' },
      { waitGone: '.klaro .cookie-notice', timeout: 2_000 },
    ],
  },
  stored: { reader: 'main:klaroConsents' },
  fixtures: ['sites/klaro.example.de/index.html', 'sites/klaro.example.com/index.html'],
});
