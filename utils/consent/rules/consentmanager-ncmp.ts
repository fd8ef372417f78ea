import { defineRule } from '../rule-types';
import { TCF_PURPOSE_CATEGORIES } from '../tcf-purposes';

/**
 * The "ncmp" consent-manager UI (consentmanager.net's newer banner in cmps.md; autoconsent's
 * consentmanager-ncmp): the banner #ncmp__tool .ncmp__banner.ncmp__active, the settings #ncmp__modal. Its
 * banner's reject (`__npcmp('reject')`) is not known to object to legitimate interest, so every answer but
 * "accept" goes through the settings (the button whose onclick opens `showModal`): the purposes' consent
 * toggles, then the legitimate-interest view (the nav link naming `object`), each purpose the person denied
 * objected to, then "Save & exit" (`hideModal`). Toggles carry only the purpose's name (`.ncmp__list-info
 * strong`). Verified from the TC string (`tcf` reader: __tcfapi; its own cookie is `ncmp`).
 */
const TOOL = '#ncmp__tool';
const MODAL = '#ncmp__modal .ncmp__modal';
const LIST = `${MODAL} .ncmp__router .ncmp__list`;
const BY_NAME = { selector: `${LIST} .ncmp__toggle input[type=checkbox]`, category: { labelOf: '.ncmp__list-info strong' } } as const;

type Steps = NonNullable<Parameters<typeof defineRule>[0]['actions']['custom']>;
/** The consent view, then the legitimate-interest view, each set by `set`, then saved. */
const throughSettings = (consents: Steps, objections: Steps): Steps => [
  { click: `${TOOL} button.ncmp__btn[onclick*=showModal]` },
  { waitFor: `${LIST} .ncmp__toggle` },
  ...consents,
  { click: `${MODAL} .ncmp__nav a[onclick*=showModal][onclick*=object]` },
  { waitFor: `${MODAL} .ncmp__toggle-legint-purposes-off` },
  ...objections,
  { click: `${MODAL} .ncmp__modal-actions button.ncmp__btn[onclick*=hideModal]` },
  { waitGone: `${TOOL} .ncmp__banner`, timeout: 2_000 },
];

export default defineRule({
  id: 'consentmanager-ncmp',
  name: 'consentmanager.net (ncmp)',
  detect: {
    present: [TOOL],
    showing: [`${TOOL} .ncmp__banner.ncmp__active`],
  },
  // The settings are a sibling of the banner: hidden too, and a region the steps may act in.
  prehide: [TOOL, '#ncmp__modal'],
  categories: TCF_PURPOSE_CATEGORIES,
  actions: {
    // Purpose 1 included: with nothing granted, nothing may be stored.
    rejectAll: throughSettings(
      [{ click: `${MODAL} a.ncmp__toggle-purposes-off` }],
      [{ click: `${MODAL} a.ncmp__toggle-legint-purposes-off` }],
    ),
    acceptAll: [{ click: `${TOOL} button.ncmp__btn[onclick*=save]` }, { waitGone: `${TOOL} .ncmp__banner`, timeout: 2_000 }],
    custom: throughSettings([{ setToggles: BY_NAME }], [{ setToggles: BY_NAME }]),
  },
  stored: { reader: 'tcf' },
  fixtures: ['sites/consentmanager.example.at/index.html'],
});
