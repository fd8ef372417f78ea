import { defineRule } from '../rule-types';

/**
 * Usercentrics, v2 (#usercentrics-root) and v3 (#usercentrics-cmp-ui), both in an open shadow root. Its
 * categories are named by each site ("Statistiken", custom slugs), so the names it shows are classified: read
 * through its API (v2 UC_UI, v3 __ucCmp), which then sets every service from its category; without the API,
 * the second layer ("Einstellungen", data-testid uc-customize-anchor) whose category switches are
 * button[role=switch][aria-checked] with id uc-toggle-<category> (labels classified), and its save button
 * (uc-save-button). Sources: duckduckgo/autoconsent rules/autoconsent/usercentrics-api.json, public test helpers
 * and consent scripts clicking these in #usercentrics-root's shadow root. Stored: read back through the API
 * (uc_settings/ucData hold service ids only, not their categories).
 */
const V2 = '#usercentrics-root >>> ';
const V3 = '#usercentrics-cmp-ui >>> ';
const both = (v2: string, v3: string) => `${V2}${v2}, ${V3}${v3}`;
/** A category's switch on the second layer: a button with aria-checked, not a checkbox. */
const SWITCH = 'button[role=switch][id^=uc-toggle-]';
type Steps = NonNullable<Parameters<typeof defineRule>[0]['actions']['custom']>;
const close: Steps = [{ waitGone: both('[data-testid=uc-container]', '[role=dialog]'), timeout: 2_000 }];
const viaApiOr = (fallback: Steps): Steps => [
  { if: { call: 'usercentricsCategories' }, then: [{ call: 'usercentricsApply', args: 'desired' }], else: fallback },
  ...close,
];

export default defineRule({
  id: 'usercentrics',
  name: 'Usercentrics',
  detect: {
    present: ['#usercentrics-root', '#usercentrics-cmp-ui'],
    showing: [`${V2}[data-testid=uc-container]`, `${V3}[role=dialog]`],
  },
  prehide: ['#usercentrics-root', '#usercentrics-cmp-ui'],
  categories: 'classify',
  actions: {
    rejectAll: viaApiOr([{ click: both('[data-testid=uc-deny-all-button]', 'button[data-action-type=deny]') }]),
    acceptAll: viaApiOr([{ click: both('[data-testid=uc-accept-all-button]', 'button[data-action-type=accept]') }]),
    custom: viaApiOr([
      { click: `${both('[data-testid=uc-customize-anchor]', 'button[data-action-type=more]')}, ${V2}[data-testid=uc-more-button]` },
      { waitFor: both(SWITCH, SWITCH) },
      // Named uc-toggle-<category> (custom ones uc-toggle-custom-category-<uuid>): their labels are classified.
      { setToggles: { selector: both(SWITCH, SWITCH), category: { attribute: 'id' } } },
      { click: both('[data-testid=uc-save-button]', 'button[data-action-type=save]') },
    ]),
  },
  stored: { reader: 'main:usercentricsConsents' },
  cleanup: { removeClasses: [{ selector: 'body', classes: ['overflowHidden'] }] },
  fixtures: ['sites/usercentrics.example.de/index.html', 'sites/usercentrics.example.de/v3/index.html'],
});
