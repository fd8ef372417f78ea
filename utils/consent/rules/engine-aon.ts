import { defineRule } from '../rule-types';

/** The engine test manager's all-or-nothing banner (engine.test/?aon=1): mixed choices must be refused. */
export default defineRule({
  id: 'engine-aon',
  name: 'Engine test all-or-nothing',
  detect: { present: ['#aon-banner'], showing: ['#aon-banner'] },
  prehide: ['#aon-banner'],
  categories: { analytics: 'analytics', ads: 'advertising', social: 'social' },
  actions: { rejectAll: [{ click: '#aon-reject' }], acceptAll: [{ click: '#aon-accept' }] },
  stored: { localStorage: 'enginecmp', decode: 'json' },
  fixtures: ['sites/engine.test'],
});
