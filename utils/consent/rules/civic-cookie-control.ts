import { defineRule } from '../rule-schema';

/** Civic Cookie Control (draft: taken by batch D). */
export default defineRule({
  id: 'civic-cookie-control',
  name: 'Civic Cookie Control',
  detect: { present: ['#ccc'], showing: ['#ccc-notify', '#ccc-module'] },
  categories: 'classify',
  actions: { rejectAll: [{ click: '#ccc .ccc-reject-button' }] },
  fixtures: ['sites/civic.example.co.uk/index.html'],
});
