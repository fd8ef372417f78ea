import { defineRule } from '../rule-types';

/**
 * Axeptio (French sites): widget `.axeptio_widget` in the open shadow root of `#axeptio_overlay > .needsclick`
 * (the `.axeptio_mount`). Its consent is per vendor, named by each project ("google_analytics",
 * "facebook_pixel"), so the vendors are classified by their titles on the switches (and by name when reading
 * back). "Je choisis" opens a wizard, one purpose a step: each step's vendor switches are set, then
 * #axeptio_btn_next (the last step's "Terminé" saves). Switches are [role=checkbox][aria-checked] whose click
 * handler is on the vendor holder `.ListSwitch__Vendor`. Stored: cookie axeptio_cookies, URL-encoded JSON
 * `{"$$token":…,"$$completed":true,<vendor>:bool…}` (the `$$` keys name no vendor).
 * Sources: duckduckgo/autoconsent lib/cmps/axeptio.ts (buttons, `.axeptio_widget`); public Cypress helpers
 * and a "nocookie" bookmarklet (host, #axeptio_btn_next/prev/acceptAllAndNext, ListSwitch, role=checkbox).
 */
const IN = '#axeptio_overlay > .needsclick >>> ';
const SWITCH = `${IN}.ListSwitch__Item input[role=checkbox]`;
const NEXT = `${IN}button#axeptio_btn_next`;
type Steps = NonNullable<Parameters<typeof defineRule>[0]['actions']['custom']>;
/** One wizard step: its switches (a step may have none), then Next. */
const step: Steps[number] = {
  if: { exists: NEXT },
  then: [
    {
      if: { exists: SWITCH },
      then: [
        {
          setToggles: {
            selector: SWITCH,
            category: { attribute: 'name' },
            state: { attribute: 'aria-checked', on: 'true' },
            clickTarget: '.ListSwitch__Vendor',
          },
        },
      ],
    },
    { click: NEXT },
    { wait: 50 },
  ],
};
/** Projects have a handful of steps (one a purpose); more than six would be left to the person by the run's verification. */
const WIZARD_STEPS = 6;

export default defineRule({
  id: 'axeptio',
  name: 'Axeptio',
  detect: {
    present: ['#axeptio_overlay'],
    showing: [`${IN}.axeptio_widget`],
  },
  prehide: ['#axeptio_overlay'],
  categories: 'classify',
  actions: {
    rejectAll: [{ click: `${IN}button#axeptio_btn_dismiss` }],
    acceptAll: [{ click: `${IN}button#axeptio_btn_acceptAll` }],
    custom: [{ click: `${IN}button#axeptio_btn_configure` }, { waitFor: NEXT }, ...Array<Steps[number]>(WIZARD_STEPS).fill(step)],
  },
  stored: { cookie: 'axeptio_cookies', decode: 'uri-json', shape: 'map' },
  fixtures: ['sites/axeptio.example.fr/index.html'],
});
