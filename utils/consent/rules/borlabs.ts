import { defineRule } from '../rule-types';

/**
 * Borlabs Cookie 2 (WordPress, mostly German sites): box #BorlabsCookieBox, shown by its first child leaving
 * display:none, with one checkbox per cookie group (input[data-borlabs-cookie-checkbox], value = group id) and
 * links data-cookie-accept-all / data-cookie-accept (save) / data-cookie-refuse. Stored: cookie
 * borlabs-cookie, URL-encoded JSON whose `consents` lists only granted groups (the borlabs reader).
 */
export default defineRule({
  id: 'borlabs',
  name: 'Borlabs Cookie',
  detect: {
    // One element per banner: the watcher starts a run for every new element that matches `present`.
    present: ['#BorlabsCookieBox'],
    showing: ['#BorlabsCookieBox > div'],
  },
  prehide: ['#BorlabsCookieBox > div'],
  categories: {
    essential: 'necessary',
    statistics: 'analytics',
    marketing: 'advertising',
    // Embedded YouTube, Vimeo, maps and social posts: tracked by the networks that serve them.
    'external-media': 'social',
  },
  actions: {
    rejectAll: [{ click: '#BorlabsCookieBox [data-cookie-refuse]' }],
    acceptAll: [{ click: '#BorlabsCookieBox [data-cookie-accept-all]' }],
    custom: [
      { setToggles: { selector: '#BorlabsCookieBox input[data-borlabs-cookie-checkbox]', category: { attribute: 'value' } } },
      { click: '#BorlabsCookieBox [data-cookie-accept]' },
    ],
  },
  stored: { reader: 'borlabs' },
  fixtures: ['sites/borlabs.example.de/index.html'],
});
