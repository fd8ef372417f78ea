import { defineRule } from '../rule-schema';

/** Termly (draft: taken by batch D). */
export default defineRule({
  id: 'termly',
  name: 'Termly',
  detect: { present: ['#termly-code-snippet-support'], showing: ['[data-tid=banner-decline]'] },
  categories: { essential: 'necessary', performance: 'functional', analytics: 'analytics', advertising: 'advertising', social_networking: 'social', unclassified: 'other' },
  actions: { rejectAll: [{ click: '[data-tid=banner-decline]' }] },
  fixtures: ['sites/termly.example.com/index.html'],
});
