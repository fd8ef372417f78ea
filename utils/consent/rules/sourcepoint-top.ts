import { defineRule } from '../rule-types';
import { TCF_PURPOSE_CATEGORIES } from '../tcf-purposes';

/**
 * Sourcepoint, top frame: its wrapper puts div#sp_message_container_<id> in the page, holding the message in a
 * cross-origin iframe#sp_message_iframe_<id> (cdn.privacy-mgmt.com or the publisher's CNAME). The answer is
 * given in there by the `sourcepoint-frame` rule; this rule keeps the container hidden meanwhile, waits for it
 * to go, then verifies the TC string the wrapper stored (`tcf` reader: __tcfapi, else euconsent-v2), consent
 * and legitimate interest per purpose. html.sp-message-open locks scrolling and can outlive the message.
 * When the frame's quick "reject all" left a legitimate-interest signal on, `repair` reopens the privacy manager
 * (as the site's "Privacy settings" link does) in a new container, still hidden; the frame rule answers it there.
 */
const CONTAINER = 'div[id^="sp_message_container_"]';
const AWAIT_FRAME = [{ waitGone: CONTAINER, timeout: 7_000 }];

export default defineRule({
  id: 'sourcepoint-top',
  name: 'Sourcepoint',
  detect: {
    present: [CONTAINER],
    showing: [CONTAINER],
  },
  prehide: [CONTAINER],
  categories: TCF_PURPOSE_CATEGORIES,
  actions: { rejectAll: AWAIT_FRAME, acceptAll: AWAIT_FRAME, custom: AWAIT_FRAME },
  stored: { reader: 'tcf' },
  repair: [
    { if: { call: 'sourcepointOpenPrivacyManager' }, then: [{ waitFor: CONTAINER, timeout: 3_000 }, { waitGone: CONTAINER, timeout: 7_000 }] },
  ],
  cleanup: { removeClasses: [{ selector: 'html', classes: ['sp-message-open'] }], hide: [CONTAINER] },
  fixtures: ['sites/sourcepoint.example.co.uk/index.html'],
});
