import { defineRule } from '../rule-schema';

/**
 * TrustArc's preference manager, inside the .truste_popframe iframe from consent-pref.trustarc.com: one
 * switch per level (1 functional, 2 advertising), then "Submit Preferences". It posts the answer to the
 * page, which writes the cookies in its own origin: this frame cannot read them, so the `trustarc-top` rule
 * of the page verifies what was stored.
 */
export default defineRule({
  id: 'trustarc-frame',
  name: 'TrustArc (preferences)',
  detect: {
    present: ['#prefPanel'],
    showing: ['#prefPanel .cookiecat'],
    frameUrl: '^https?://consent-pref\\.trustarc\\.(?:com|test)/',
  },
  // Only in TrustArc's own frame (frameUrl): the panel is hidden in there too, not only through the page's overlay.
  prehide: ['#prefPanel'],
  categories: { '0': 'necessary', '1': 'functional', '2': 'advertising' },
  actions: {
    rejectAll: [{ click: '#prefPanel .rejectAll' }],
    acceptAll: [{ click: '#prefPanel .acceptAllButtonLower' }],
    custom: [
      { setToggles: { selector: '#prefPanel .cookiecat input[data-level]', category: { attribute: 'data-level' } } },
      { click: '#prefPanel .submit' },
    ],
  },
  fixtures: ['sites/consent-pref.trustarc.test/index.html'],
});
