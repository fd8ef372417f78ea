import { defineRule } from '../rule-types';
import { TCF_PURPOSE_CATEGORIES } from '../tcf-purposes';

/**
 * consentmanager.net, classic UI: #cmpbox over the #cmpbox2 backdrop, in the page or (current scripts) in the
 * open shadow root of #cmpwrapper. "Reject all" (.cmpboxbtnno) refuses consent and legitimate interest alike;
 * mixed choices go through "Custom settings", whose table has per purpose (named in .cmptdname) a consent and
 * a legitimate-interest checkbox, both set to what the person chose for that purpose. Verified from the TC
 * string (`tcf` reader: its __tcfapi; the cookie it keeps it in is __cmpconsentx<id>). The ncmp UI
 * (#ncmp__tool) has its own rule, consentmanager-ncmp.
 */
/** `selector` inside the box, wherever it is drawn. */
const inBox = (selector: string) => `#cmpbox ${selector}, #cmpwrapper >>> #cmpbox ${selector}`.replace(/ ,/g, ',').trim();
const BOX = inBox('');

export default defineRule({
  id: 'consentmanager',
  name: 'consentmanager.net',
  detect: {
    // One element per banner: the box, or the wrapper it is drawn in (#cmpbox2 is its backdrop).
    present: ['#cmpwrapper, #cmpbox:not(#cmpwrapper *)'],
    showing: [BOX],
  },
  prehide: ['#cmpbox', '#cmpbox2', '#cmpwrapper'],
  categories: TCF_PURPOSE_CATEGORIES,
  actions: {
    rejectAll: [{ click: inBox('.cmpboxbtnno') }, { waitGone: BOX, timeout: 2_000 }],
    acceptAll: [{ click: inBox('.cmpboxbtnyes') }, { waitGone: BOX, timeout: 2_000 }],
    custom: [
      { click: inBox('.cmpboxbtncustom') },
      { waitFor: inBox('.cmptblbox') },
      { setToggles: { selector: inBox('.cmptdchoice > a[role=checkbox]'), category: { labelOf: '.cmptdname' } } },
      { click: inBox('.cmpboxbtnyescustomchoices') },
      { waitGone: BOX, timeout: 2_000 },
    ],
  },
  stored: { reader: 'tcf' },
  cleanup: { hide: ['#cmpbox2'] },
  fixtures: ['sites/consentmanager.example.de/index.html'],
});
