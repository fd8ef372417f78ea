import { defineRule } from '../rule-schema';

/**
 * Axeptio (French sites): widget `.axeptio_widget` in the open shadow root of `.axeptio_mount`. Its consent
 * is per vendor, named by each project ("google_analytics", "facebook_pixel"), so the vendors are classified
 * by their titles on the settings switches (and by name when reading back). Stored: cookie axeptio_cookies,
 * URL-encoded JSON `{"$$token":…,"$$completed":true,<vendor>:bool…}` (the `$$` keys name no vendor).
 */
const IN = '.axeptio_mount >>> ';

export default defineRule({
  id: 'axeptio',
  name: 'Axeptio',
  detect: {
    present: ['.axeptio_mount'],
    showing: [`${IN}.axeptio_widget`],
  },
  prehide: ['.axeptio_mount'],
  categories: 'classify',
  actions: {
    rejectAll: [{ click: `${IN}button#axeptio_btn_dismiss` }],
    acceptAll: [{ click: `${IN}button#axeptio_btn_acceptAll` }],
    custom: [
      { click: `${IN}button#axeptio_btn_configure` },
      { waitFor: `${IN}input[id^=axeptio_cookie_]` },
      { setToggles: { selector: `${IN}input[id^=axeptio_cookie_]`, category: { attribute: 'name' } } },
      { click: `${IN}button#axeptio_btn_acceptSelected` },
    ],
  },
  stored: { cookie: 'axeptio_cookies', decode: 'uri-json', shape: 'map' },
  fixtures: ['sites/axeptio.example.fr/index.html'],
});
