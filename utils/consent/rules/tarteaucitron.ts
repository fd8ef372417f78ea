import { defineRule } from '../rule-types';

/**
 * tarteaucitron.js: the banner #tarteaucitronAlertBig ("Tout accepter" #tarteaucitronPersonalize2, "Tout
 * refuser" #tarteaucitronAllDenied2), the panel #tarteaucitron with allow/deny buttons per service. Consent
 * is per service; each service has a type fixed by the library, mapped here (the `google` type holds the
 * Google consent-mode signals, told apart by key). Set through tarteaucitron.setConsent per service, the
 * library's buttons if its API is not ready. Stored: cookie `tarteaucitron` = `!gtag=true!youtube=false…`,
 * read per type in the main world where the services' types are known.
 */
type Steps = NonNullable<Parameters<typeof defineRule>[0]['actions']['custom']>;
const viaApiOr = (fallback: Steps): Steps => [
  { if: { call: 'tarteaucitronApply' }, then: [], else: fallback },
  { waitGone: '#tarteaucitronAlertBig', timeout: 2_000 },
];

export default defineRule({
  id: 'tarteaucitron',
  name: 'tarteaucitron.js',
  detect: { present: ['#tarteaucitronRoot'], showing: ['#tarteaucitronAlertBig'] },
  // The root only while the banner is up (it carries the page-dimming backdrop then): its panel and icon,
  // which the person may open later, stay visible once answered.
  prehide: ['#tarteaucitronAlertBig', '#tarteaucitronRoot.tarteaucitronBeforeVisible'],
  categories: {
    analytic: 'analytics',
    ads: 'advertising',
    social: 'social',
    comment: 'social',
    // Embedded players (YouTube, Vimeo, Dailymotion) track like the social networks that run them.
    video: 'social',
    // Maps, captchas, fonts, chat and support widgets: features the person uses on the site.
    api: 'functional',
    support: 'functional',
    other: 'other',
    gcmanalyticsstorage: 'analytics',
    gcmadstorage: 'advertising',
    gcmadsuserdata: 'advertising',
    gcmpersonalization: 'personalization',
    gcmfunctionality: 'functional',
    gcmsecurity: 'necessary',
  },
  actions: {
    rejectAll: viaApiOr([{ click: '#tarteaucitronAllDenied2' }]),
    acceptAll: viaApiOr([{ click: '#tarteaucitronPersonalize2' }]),
    // The panel's buttons are per service, not per type: without the API a mixed answer is not attempted.
    custom: [{ call: 'tarteaucitronApply', args: 'desired' }, { waitGone: '#tarteaucitronAlertBig', timeout: 2_000 }],
  },
  stored: { reader: 'tarteaucitron' },
  cleanup: {
    removeClasses: [
      { selector: '#tarteaucitronRoot', classes: ['tarteaucitronBeforeVisible'] },
      { selector: 'html', classes: ['tarteaucitron-modal-open-noscroll'] },
    ],
  },
  fixtures: ['sites/tac.example.fr/index.html', 'sites/tac.example.co.uk/index.html'],
});
