import { defineRule } from '../rule-types';

/**
 * Cookiebot (Usercentrics group): dialog #CybotCookiebotDialog with three optional levels. Its API
 * (Cookiebot.submitCustomConsent) is used first, the dialog's level switches otherwise. Stored: cookie
 * CookieConsent, a URL-encoded JS literal `{stamp:'…',necessary:true,preferences:false,…}`.
 */
type Steps = NonNullable<Parameters<typeof defineRule>[0]['actions']['custom']>;
const viaApiOr = (fallback: Steps): Steps => [
  { if: { call: 'cookiebotApply' }, then: [], else: fallback },
  { waitGone: '#CybotCookiebotDialog', timeout: 2_000 },
];

export default defineRule({
  id: 'cookiebot',
  name: 'Cookiebot',
  detect: {
    // One element per banner: the watcher starts a run for every new element that matches `present`.
    present: ['#CybotCookiebotDialog'],
    showing: ['#CybotCookiebotDialog'],
  },
  prehide: ['#CybotCookiebotDialog', '#CybotCookiebotDialogBodyUnderlay'],
  categories: {
    necessary: 'necessary',
    preferences: 'functional',
    statistics: 'analytics',
    marketing: 'advertising',
  },
  actions: {
    rejectAll: viaApiOr([{ click: '#CybotCookiebotDialogBodyButtonDecline' }]),
    acceptAll: viaApiOr([{ click: '#CybotCookiebotDialogBodyLevelButtonLevelOptinAllowAll' }]),
    custom: viaApiOr([
      {
        setToggles: {
          selector: '#CybotCookiebotDialog input.CybotCookiebotDialogBodyLevelButton:not([id$=Inline])',
          category: { labelOf: 'label' },
        },
      },
      { click: '#CybotCookiebotDialogBodyLevelButtonLevelOptinAllowallSelection' },
    ]),
  },
  stored: { cookie: 'CookieConsent', decode: 'js-object' },
  fixtures: ['sites/cookiebot.example.dk/index.html'],
});
