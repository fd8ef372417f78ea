import { defineRule } from '../rule-types';

/**
 * orestbida cookieconsent v2 (npm vanilla-cookieconsent 2.x): everything under #cc--main; consent modal #cm,
 * settings modal #s-cnt, in the DOM from the start though hidden, with one `input.c-tgl[value=<category>]`
 * per category (read-only ones disabled) and save #s-sv-bn. The consent modal's two buttons take roles each
 * site chooses (accept all, reject, or open settings) and say nothing in the DOM, so every answer goes
 * through the settings modal: set each toggle to its wanted value (categories are the site's own, classified
 * by their labels) and press save. The API lives in a variable the site names, so it is not used.
 * Stored: cookie `cc_cookie` (name configurable) = JSON {level: granted categories, …}.
 */
type Steps = NonNullable<Parameters<typeof defineRule>[0]['actions']['custom']>;
const answer: Steps = [
  { setToggles: { selector: '#cc--main #s-cnt input.c-tgl', category: { attribute: 'value' } } },
  { call: 'cookieconsent2Save' },
  { waitGone: '#cc--main #cm', timeout: 2_000 },
];

export default defineRule({
  id: 'cookieconsent-orestbida-v2',
  name: 'CookieConsent v2 (orestbida)',
  detect: { present: ['#cc--main'], showing: ['#cc--main #cm', '#cc--main #s-cnt'] },
  // While the consent modal is up (the library marks <html> then), and once both modals are closed (their
  // fade-out is a transition, which outranks !important on them): settings the person opens later show.
  prehide: ['html.show--consent #cc--main', '#cc--main:has(#cm[aria-hidden="true"]):has(#s-cnt[aria-hidden="true"])'],
  categories: 'classify',
  actions: { rejectAll: answer, acceptAll: answer, custom: answer },
  stored: { reader: 'main:cookieconsent2Consents' },
  cleanup: { removeClasses: [{ selector: 'html', classes: ['show--consent', 'show--settings'] }] },
  fixtures: ['sites/cc2.example.es/index.html', 'sites/cc2.example.nl/index.html'],
});
