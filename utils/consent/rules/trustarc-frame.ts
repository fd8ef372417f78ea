import { defineRule } from '../rule-types';

/**
 * TrustArc's preference manager, inside the .truste_popframe iframe from consent-pref.trustarc.com:
 * #defaultpreferencemanager > .mainContent (aria-hidden=false while it asks) with the .prefPanel, "Decline All"
 * (.rejectAll), "Agree and proceed" (.call) and "Submit Preferences" (.submit), as duckduckgo/autoconsent
 * lib/cmps/trustarc-frame.ts clicks them; one switch per level (1 functional, 2 advertising). It posts the answer to the
 * page, which writes the cookies in its own origin: this frame cannot read them, so the `trustarc-top` rule
 * of the page verifies what was stored.
 */
export default defineRule({
  id: 'trustarc-frame',
  name: 'TrustArc (preferences)',
  detect: {
    present: ['#defaultpreferencemanager'],
    showing: ['#defaultpreferencemanager .mainContent[aria-hidden=false]'],
    frameUrl: '^https?://consent-pref\\.trustarc\\.(?:com|test)/',
  },
  // Only in TrustArc's own frame (frameUrl): the panel is hidden in there too, not only through the page's overlay.
  prehide: ['#defaultpreferencemanager'],
  categories: { '0': 'necessary', '1': 'functional', '2': 'advertising' },
  actions: {
    rejectAll: [{ click: '#defaultpreferencemanager .rejectAll' }],
    acceptAll: [{ click: '#defaultpreferencemanager .call' }],
    custom: [
      { setToggles: { selector: '#defaultpreferencemanager .prefPanel input[data-level]', category: { attribute: 'data-level' } } },
      { click: '#defaultpreferencemanager .submit' },
    ],
  },
  fixtures: ['sites/consent-pref.trustarc.test/index.html'],
});
