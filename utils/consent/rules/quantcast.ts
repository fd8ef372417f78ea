import { defineRule } from '../rule-types';
import { TCF_PURPOSE_CATEGORIES } from '../tcf-purposes';

/**
 * InMobi Choice (formerly Quantcast Choice), a TCF v2 manager: #qc-cmp2-container > #qc-cmp2-ui. Its first
 * layer's DISAGREE refuses consent but keeps the legitimate-interest signals (and is often not shown), so every
 * answer but "allow all" goes through MORE OPTIONS: the purposes' consent switches, then the LEGITIMATE INTEREST
 * view where each purpose the person denied is objected to, then SAVE & EXIT. Its switches carry no purpose id,
 * only the purpose's name: the TCF names map here, other languages go through the classifier. Verified from
 * the TC string (`tcf` reader: __tcfapi, else the euconsent-v2 cookie), consent and legitimate interest.
 */
const UI = '#qc-cmp2-ui';
const SWITCHES = `${UI} button.qc-cmp2-toggle[role=switch]`;
const PURPOSES_VIEW = `${UI} .qc-cmp2-consent-info .qc-cmp2-consent-list`;
/** The footer's second tab opens the legitimate-interest view; the open tab is marked .qc-cmp2-link-active. */
const LI_TAB = `${UI} .qc-cmp2-footer-links > button:nth-child(2)`;
const BY_NAME = { selector: SWITCHES, category: { labelOf: '.qc-cmp2-list-item-title' } } as const;

type Steps = NonNullable<Parameters<typeof defineRule>[0]['actions']['custom']>;
/** Both views set by `set` (all off, or each switch by its purpose), then saved. */
const throughOptions = (set: Steps): Steps => [
  { click: `${UI} .qc-cmp2-summary-buttons > button[mode=secondary]:first-child` },
  { waitFor: PURPOSES_VIEW },
  ...set,
  { click: LI_TAB },
  { waitFor: `${LI_TAB}.qc-cmp2-link-active` },
  ...set,
  // SAVE & EXIT, as duckduckgo/autoconsent rules/autoconsent/quantcast.json finds it.
  { click: `${UI} .qc-cmp2-buttons-desktop > button[mode=primary]` },
  { waitGone: UI, timeout: 2_000 },
];

export default defineRule({
  id: 'quantcast',
  name: 'InMobi (Quantcast) Choice',
  detect: {
    // One element per banner: the watcher starts a run for every new element matching `present`.
    present: ['#qc-cmp2-container'],
    showing: [UI],
  },
  prehide: ['#qc-cmp2-container'],
  categories: TCF_PURPOSE_CATEGORIES,
  actions: {
    // Every switch off in both views, purpose 1 included: with nothing granted, nothing may be stored.
    rejectAll: throughOptions([{ click: `${SWITCHES}[aria-checked=true]`, all: true, optional: true }]),
    acceptAll: [{ click: `${UI} .qc-cmp2-summary-buttons > button[mode=primary]` }, { waitGone: UI, timeout: 2_000 }],
    custom: throughOptions([{ setToggles: BY_NAME }]),
  },
  stored: { reader: 'tcf' },
  cleanup: { removeClasses: [{ selector: 'body', classes: ['qc-cmp-ui-showing'] }] },
  fixtures: ['sites/quantcast.example.co.uk/index.html'],
});
