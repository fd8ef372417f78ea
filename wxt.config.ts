import { defineConfig } from 'wxt';
import { consentDetectPlugin } from './utils/consent/build/detect-plugin';

// One code path for both browsers: Manifest V3 everywhere (`wxt build -b firefox --mv3`).
export default defineConfig({
  modules: ['@wxt-dev/module-svelte', '@wxt-dev/webextension-polyfill', '@wxt-dev/i18n/module'],
  manifestVersion: 3,
  // The content script carries only the rules' selectors, computed from the rule files at build time.
  vite: () => ({ plugins: [consentDetectPlugin(new URL('./utils/consent/rules', import.meta.url).pathname)] }),
  manifest: {
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    // Each permission is justified in README.md ("Permissions").
    permissions: ['storage', 'scripting', 'alarms', 'notifications'],
    host_permissions: ['<all_urls>'],
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
