import { defineRule, type Step } from '../rule-types';
import { TCF_PURPOSE_CATEGORIES } from '../tcf-purposes';

/**
 * Sourcepoint's message app, inside the iframe of the `sourcepoint-top` rule: the first layer
 * (/index.html?message_id=…) and its privacy manager (/privacy-manager/index.html?…), which "settings"
 * (sp_choice_type_12) loads into the same frame — a new document, where this rule runs again and finds the
 * manager open. All denied on the first layer: its "Reject All" (sp_choice_type_13), one click and no second
 * document. Sourcepoint documents that action apart from "Accept Legitimate Interest Only" (a button of its own,
 * "continue without agreeing", that refuses consent and keeps legitimate interest), so it objects too; the top
 * rule verifies that from the TC string and, if a site's reject kept any signal, repairs it through the privacy
 * manager. Any other answer but "accept all" goes through the privacy manager: each purpose's consent and
 * legitimate-interest switch (`.tcfv2-stack[title=<purpose name>] button.pm-switch`), then "Save & Exit".
 * The page's wrapper stores the TC string: this frame cannot read it, `sourcepoint-top` verifies it.
 * Matched by path and query, not host: publishers serve it from their own CNAME as well.
 */
const PM = '.privacy-manager-tcfv2';
const SWITCHES = `${PM} .tcfv2-stack[title] button.pm-switch[role=switch]`;

/** Into the privacy manager: already there, or through "settings" (the frame may navigate; then this run ends). */
const OPEN_PM: Step[] = [{ if: { exists: PM }, then: [], else: [{ click: '.sp_choice_type_12' }, { waitFor: PM, timeout: 5_000 }] }];
const SAVE: Step = { click: '.sp_choice_type_SAVE_AND_EXIT' };
/** The wrapper removes the frame once it has the answer: then this run ends with it. */
const CLOSED: Step = { waitGone: '.message-container', timeout: 3_000 };

export default defineRule({
  id: 'sourcepoint-frame',
  name: 'Sourcepoint (message)',
  detect: {
    present: ['.message-container'],
    showing: ['.sp_choice_type_11', '.sp_choice_type_12', '.sp_choice_type_SAVE_AND_EXIT'],
    frameUrl: '^https?://[^/?#]+/(?:privacy-manager/)?index\\.html\\?(?:[^#]*&)?(?:message_id|consentUUID|requestUUID)=',
  },
  // Only in Sourcepoint's own frame (frameUrl): the message is hidden in there too, not only through the page's container.
  prehide: ['.message-container'],
  categories: TCF_PURPOSE_CATEGORIES,
  actions: {
    // In the privacy manager every switch off, purpose 1 included: with nothing else granted, nothing may be stored either.
    rejectAll: [
      {
        if: { visible: '.sp_choice_type_13' },
        then: [{ click: '.sp_choice_type_13' }],
        else: [...OPEN_PM, { click: `${SWITCHES}[aria-checked=true]`, all: true, optional: true }, SAVE],
      },
      CLOSED,
    ],
    acceptAll: [
      { if: { exists: '.sp_choice_type_11' }, then: [{ click: '.sp_choice_type_11' }], else: [{ click: '.sp_choice_type_ACCEPT_ALL' }] },
      CLOSED,
    ],
    custom: [...OPEN_PM, { setToggles: { selector: SWITCHES, category: { attribute: 'title' } } }, SAVE, CLOSED],
  },
  // The publisher page first: the message exists only in the frame the page's wrapper opens (benchmarks open the first).
  fixtures: ['sites/sourcepoint.example.co.uk/index.html', 'sites/cdn.privacy-mgmt.test/index.html', 'sites/cdn.privacy-mgmt.test/privacy-manager/index.html'],
});
