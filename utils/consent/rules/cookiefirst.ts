import { defineRule } from '../rule-types';

/**
 * CookieFirst: #cookiefirst-root holds the banner [data-cookiefirst-widget=banner] (buttons
 * data-cookiefirst-action=accept|reject|adjust) and the settings panel [data-cookiefirst-widget=modal]
 * (switches are role=checkbox buttons named only by their text, and the service's class names are hashed).
 * Mixed choices go through its public API, CookieFirst.updateConsent. Stored: cookie `cookiefirst-consent`,
 * URL-encoded JSON `{"necessary":true,"performance":false,"functional":false,"advertising":false,…}`.
 */
export default defineRule({
  id: 'cookiefirst',
  name: 'CookieFirst',
  detect: {
    // One element per banner: the watcher starts a run for every new element that matches `present`.
    present: ['#cookiefirst-root [data-cookiefirst-widget=banner]'],
    showing: ['[data-cookiefirst-widget=banner]', '[data-cookiefirst-widget=modal]'],
  },
  // The settings panel only while the banner is up: opened later by the person, it must be seen.
  prehide: ['[data-cookiefirst-widget=banner]', '#cookiefirst-root:has([data-cookiefirst-widget=banner]) [data-cookiefirst-widget=modal]'],
  categories: {
    necessary: 'necessary',
    performance: 'analytics',
    functional: 'functional',
    advertising: 'advertising',
  },
  actions: {
    rejectAll: [
      {
        if: { exists: '[data-cookiefirst-widget=banner] [data-cookiefirst-action=reject]' },
        then: [{ click: '[data-cookiefirst-widget=banner] [data-cookiefirst-action=reject]' }],
        else: [{ call: 'cookiefirstApply', args: 'desired' }],
      },
      { waitGone: '[data-cookiefirst-widget=banner]', timeout: 2_000 },
    ],
    acceptAll: [{ click: '[data-cookiefirst-widget=banner] [data-cookiefirst-action=accept]' }, { waitGone: '[data-cookiefirst-widget=banner]', timeout: 2_000 }],
    custom: [
      { if: { call: 'cookiefirstHasApi' }, then: [{ call: 'cookiefirstApply', args: 'desired' }] },
      { waitGone: '[data-cookiefirst-widget=banner]', timeout: 2_000 },
    ],
  },
  stored: { cookie: 'cookiefirst-consent', decode: 'uri-json', shape: 'map' },
  fixtures: ['sites/cookiefirst.example.com/index.html'],
});
