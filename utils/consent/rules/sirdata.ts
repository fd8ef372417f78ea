import { defineRule } from '../rule-schema';
import { TCF_PURPOSE_CATEGORIES } from '../tcf-purposes';

/**
 * Sirdata's TCF CMP: #sd-cmp. Its buttons have generated class names only, so a main-world function finds
 * them by their text (main-world/sirdata.ts). All denied: "Set your choices" → "Reject all" (consent refused
 * and legitimate interest objected to); all allowed: "Accept all". Mixed choices are refused and the banner
 * left to the person (its per-purpose view is not reproduced yet). Verified from the TC string (`tcf`).
 */
export default defineRule({
  id: 'sirdata',
  name: 'Sirdata',
  detect: {
    present: ['#sd-cmp'],
    showing: ['#sd-cmp [role=dialog]'],
  },
  prehide: ['#sd-cmp'],
  categories: TCF_PURPOSE_CATEGORIES,
  actions: {
    rejectAll: [{ call: 'sirdataAnswer', args: 'desired' }, { waitGone: '#sd-cmp [role=dialog]', timeout: 2_000 }],
    acceptAll: [{ call: 'sirdataAnswer', args: 'desired' }, { waitGone: '#sd-cmp [role=dialog]', timeout: 2_000 }],
  },
  stored: { reader: 'tcf' },
  fixtures: ['sites/sirdata.example.fr/index.html'],
});
