import { defineRule } from '../rule-types';
import { TCF_PURPOSE_CATEGORIES } from '../tcf-purposes';

/**
 * Sirdata's TCF CMP: #sd-cmp. Its buttons and switches have generated class names only, so a main-world
 * function finds them by their text (main-world/sirdata.ts). All denied: "Set your choices" → "Reject all"
 * (consent refused and legitimate interest objected to); all allowed: "Accept all"; mixed: "Set your
 * choices", each purpose's consent and legitimate-interest switches set by the purpose's name, "Save".
 * Verified from the TC string (`tcf`), consent and legitimate interest.
 */
const ANSWER = [{ call: 'sirdataAnswer', args: 'desired' }, { waitGone: '#sd-cmp [role=dialog]', timeout: 2_000 }] as const;

export default defineRule({
  id: 'sirdata',
  name: 'Sirdata',
  detect: {
    present: ['#sd-cmp'],
    showing: ['#sd-cmp [role=dialog]'],
  },
  prehide: ['#sd-cmp'],
  categories: TCF_PURPOSE_CATEGORIES,
  actions: { rejectAll: [...ANSWER], acceptAll: [...ANSWER], custom: [...ANSWER] },
  stored: { reader: 'tcf' },
  fixtures: ['sites/sirdata.example.fr/index.html'],
});
