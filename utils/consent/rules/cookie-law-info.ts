import { defineRule } from '../rule-types';

/**
 * CookieLawInfo, the legacy WordPress "GDPR Cookie Consent" plugin (CookieYes' predecessor): bar
 * #cookie-law-info-bar, settings popup #cliSettingsPopup (.cli-show) with one checkbox per category
 * (input.cli-user-preference-checkbox[data-id=checkbox-<category>]). Stored: viewed_cookie_policy=yes|no and
 * one cookie per category, cookielawinfo-checkbox-<category>=yes|no (read by the cookieLawInfo reader,
 * keyed like the checkboxes).
 */
export default defineRule({
  id: 'cookie-law-info',
  name: 'CookieLawInfo (GDPR Cookie Consent)',
  detect: {
    // One element per banner: the watcher starts a run for every new element that matches `present`.
    present: ['#cookie-law-info-bar'],
    showing: ['#cookie-law-info-bar', '#cliSettingsPopup.cli-show'],
  },
  // The popup and its backdrop only while the bar is up (they follow it in the body; jQuery hides the bar
  // with an inline display: none): reopened later from the "again" tab, they must be seen.
  prehide: [
    '#cookie-law-info-bar',
    '#cookie-law-info-bar:not([style*="display: none"]) ~ #cliSettingsPopup',
    '#cookie-law-info-bar:not([style*="display: none"]) ~ .cli-modal-backdrop',
  ],
  categories: {
    'checkbox-necessary': 'necessary',
    'checkbox-functional': 'functional',
    'checkbox-performance': 'analytics',
    'checkbox-analytics': 'analytics',
    'checkbox-advertisement': 'advertising',
    'checkbox-others': 'other',
  },
  actions: {
    rejectAll: [{ click: '#cookie_action_close_header_reject' }],
    acceptAll: [{ click: '#wt-cli-accept-all-btn' }],
    custom: [
      { click: '#cookie-law-info-bar .cli_settings_button' },
      { waitFor: '#cliSettingsPopup #wt-cli-privacy-save-btn' },
      { setToggles: { selector: '#cliSettingsPopup input.cli-user-preference-checkbox', category: { attribute: 'data-id' } } },
      { click: '#cliSettingsPopup #wt-cli-privacy-save-btn' },
    ],
  },
  stored: { reader: 'cookieLawInfo' },
  cleanup: { removeClasses: [{ selector: 'body', classes: ['cli-modal-open'] }] },
  fixtures: ['sites/cookie-law-info.example.com/index.html'],
});
