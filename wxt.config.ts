import { defineConfig } from 'wxt';

// One code path for both browsers: Manifest V3 everywhere (`wxt build -b firefox --mv3`).
export default defineConfig({
  modules: ['@wxt-dev/module-svelte', '@wxt-dev/webextension-polyfill', '@wxt-dev/i18n/module'],
  manifestVersion: 3,
  manifest: {
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    // Each permission is justified in README.md ("Permissions").
    permissions: ['storage'],
    browser_specific_settings: {
      gecko: {
        id: 'consent-keeper@consentkeeper.org',
        strict_min_version: '128.0',
        // Firefox's built-in data consent: this extension collects and transmits nothing.
        data_collection_permissions: { required: ['none'] },
      },
    },
  },
});
