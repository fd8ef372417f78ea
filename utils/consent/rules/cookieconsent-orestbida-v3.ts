import { defineRule } from '../rule-types';

/**
 * orestbida cookieconsent v3 (npm vanilla-cookieconsent): everything under #cc-main; consent modal `.cm`
 * with `[data-role=all|necessary|show]` buttons, preferences modal `.pm` (built when first opened) with one
 * `input.section__toggle[value=<category>]` per category. Categories are the site's own, classified by their
 * section titles. The window.CookieConsent API first (UMD build), the modals otherwise (ESM sites keep the
 * API in a module). Stored: cookie `cc_cookie` (name configurable) = JSON {categories: granted, services:
 * one key per category, …}, read through the API or by its shape.
 */
type Steps = NonNullable<Parameters<typeof defineRule>[0]['actions']['custom']>;
const viaApiOr = (api: string, fallback: Steps): Steps => [
  { if: { call: 'cookieconsent3Categories' }, then: [{ call: api, args: 'desired' }], else: fallback },
  { waitGone: '#cc-main .cm', timeout: 2_000 },
];

export default defineRule({
  id: 'cookieconsent-orestbida-v3',
  name: 'CookieConsent v3 (orestbida)',
  detect: { present: ['#cc-main'], showing: ['#cc-main .cm', '#cc-main .pm'] },
  // Only while the consent modal is up (the library marks <html> then), and during the modals' fade-out once
  // closed (aria-hidden at once; the fade is a transition, which outranks !important, so its wrapper is
  // hidden): preferences the person opens later stay visible.
  prehide: [
    'html.show--consent #cc-main',
    '#cc-main .cm-wrapper:has(> .cm[aria-hidden="true"])',
    '#cc-main .pm-wrapper:has(> .pm[aria-hidden="true"])',
  ],
  categories: 'classify',
  actions: {
    rejectAll: viaApiOr('cookieconsent3RejectAll', [{ click: '#cc-main .cm__btn[data-role=necessary]' }]),
    acceptAll: viaApiOr('cookieconsent3AcceptAll', [{ click: '#cc-main .cm__btn[data-role=all]' }]),
    custom: viaApiOr('cookieconsent3Apply', [
      { click: '#cc-main .cm [data-role=show]' },
      { waitFor: '#cc-main .pm' },
      { setToggles: { selector: '#cc-main .pm .pm__section-title-wrapper input.section__toggle', category: { attribute: 'value' } } },
      { click: '#cc-main .pm__btn[data-role=save]' },
    ]),
  },
  stored: { reader: 'main:cookieconsent3Consents' },
  cleanup: { removeClasses: [{ selector: 'html', classes: ['disable--interaction', 'show--consent', 'show--preferences'] }] },
  fixtures: ['sites/cc3.example.com/index.html', 'sites/cc3.example.es/index.html'],
});
