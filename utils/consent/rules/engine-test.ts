import { defineRule } from '../rule-types';

/** The engine's own synthetic consent manager (test/fixtures/sites/engine.test/cmp.js): not a real product. */
const deep = (selector: string) => `${selector}, #engine-host >>> ${selector}`;

export default defineRule({
  id: 'engine-test',
  name: 'Engine test CMP',
  detect: { present: ['#engine-banner', '#engine-host'], showing: [deep('#engine-banner')] },
  prehide: ['#engine-banner', '#engine-host'],
  categories: { necessary: 'necessary', analytics: 'analytics', ads: 'advertising', social: 'social' },
  actions: {
    rejectAll: [
      { if: { call: 'engineTestDenyAll' }, then: [], else: [{ click: deep('#eb-reject') }] },
    ],
    acceptAll: [{ click: deep('#eb-accept') }],
    custom: [
      { click: deep('#eb-settings') },
      { waitFor: deep('#eb-prefs') },
      { setToggles: { selector: deep('input[data-cat]'), category: { attribute: 'data-cat' } } },
      { click: deep('#eb-save') },
    ],
  },
  stored: { localStorage: 'enginecmp', decode: 'json' },
  fixtures: ['sites/engine.test', 'sites/cmp.engine.test'],
});
