import type { Rule } from '../../utils/consent/rule-schema';

/** A small rule for engine tests: banner #b, a #reject button, the answer stored as JSON in cookie `unit`. */
export const UNIT_RULE: Rule = {
  id: 'unit',
  name: 'Unit CMP',
  detect: { present: ['#b'], showing: ['#b'] },
  categories: { stats: 'analytics', ads: 'advertising' },
  actions: { rejectAll: [{ click: '#reject' }, { waitGone: '#b', timeout: 2_000 }] },
  stored: { cookie: 'unit', decode: 'json' },
  fixtures: ['sites/engine.test'],
};
