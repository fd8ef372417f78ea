import { defineRule } from '../rule-schema';
import { TCF_PURPOSE_CATEGORIES } from '../tcf-purposes';

/**
 * consentmanager.net, classic UI: #cmpbox over the #cmpbox2 backdrop. "Reject all" (.cmpboxbtnno) refuses
 * consent and legitimate interest alike; mixed choices go through "Custom settings", whose table has per
 * purpose (named in .cmptdname) a consent and a legitimate-interest checkbox, both set to what the person
 * chose for that purpose. Verified from the TC string (`tcf` reader: its __tcfapi; the cookie it keeps it in
 * is __cmpconsentx<id>). The newer ncmp UI (#ncmp__tool) is not covered yet.
 */
const BOX = '#cmpbox';

export default defineRule({
  id: 'consentmanager',
  name: 'consentmanager.net',
  detect: {
    // One element per banner (#cmpbox2 is its backdrop).
    present: [BOX],
    showing: [BOX],
  },
  prehide: [BOX, '#cmpbox2'],
  categories: TCF_PURPOSE_CATEGORIES,
  actions: {
    rejectAll: [{ click: `${BOX} .cmpboxbtnno` }, { waitGone: BOX, timeout: 2_000 }],
    acceptAll: [{ click: `${BOX} .cmpboxbtnyes` }, { waitGone: BOX, timeout: 2_000 }],
    custom: [
      { click: `${BOX} .cmpboxbtncustom` },
      { waitFor: `${BOX} .cmptblbox` },
      { setToggles: { selector: `${BOX} .cmptdchoice > a[role=checkbox]`, category: { labelOf: '.cmptdname' } } },
      { click: `${BOX} .cmpboxbtnyescustomchoices` },
      { waitGone: BOX, timeout: 2_000 },
    ],
  },
  stored: { reader: 'tcf' },
  cleanup: { hide: ['#cmpbox2'] },
  fixtures: ['sites/consentmanager.example.de/index.html'],
});
