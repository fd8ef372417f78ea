import { defineRule } from '../rule-types';

/**
 * Civic Cookie Control (v9): #ccc holds the notification bar #ccc-notify (accept recommended, reject, cookie
 * preferences) and the settings panel #ccc-module, with one switch per optional cookie group the site
 * configures (input.checkbox-toggle-input whose id is the group, labelled with its title). Stored: cookie `CookieControl`, JSON
 * with optionalCookies `{ <group>: 'accepted' | 'revoked' }` (and acceptedCategories, interactedWith).
 * Groups are named by each site, so they are classified from their titles and names.
 */
export default defineRule({
  id: 'civic-cookie-control',
  name: 'Civic Cookie Control',
  detect: {
    // One element per banner: the watcher starts a run for every new element that matches `present`.
    present: ['#ccc'],
    showing: ['#ccc-notify', '#ccc-module'],
  },
  // Panel and overlay only while the bar is up: #ccc stays for the revisit icon, the panel reopens from it.
  prehide: ['#ccc-notify', '#ccc-notify ~ #ccc-overlay', '#ccc-notify ~ #ccc-module'],
  categories: 'classify',
  actions: {
    // Sites can leave Reject off the bar: then the panel's Reject All.
    rejectAll: [
      { if: { exists: '#ccc-notify .ccc-reject-button' }, then: [{ click: '#ccc-notify .ccc-reject-button' }], else: [{ click: '#ccc .ccc-notify-link' }, { waitFor: '#ccc-reject-settings' }, { click: '#ccc-reject-settings' }] },
    ],
    acceptAll: [{ click: '#ccc-notify-accept' }],
    custom: [
      { click: '#ccc .ccc-notify-link' },
      { waitFor: '#ccc-module #ccc-dismiss-button' },
      // The real switch has no name attribute: its id names the category (the site's optionalCookies name).
      { setToggles: { selector: '#ccc-optional-categories input.checkbox-toggle-input', category: { attribute: 'id' } } },
      { click: '#ccc-module #ccc-dismiss-button' },
    ],
  },
  stored: { cookie: 'CookieControl', decode: 'uri-json', path: 'optionalCookies', shape: 'map' },
  fixtures: ['sites/civic.example.co.uk/index.html'],
});
