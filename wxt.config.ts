import { defineConfig } from 'wxt';
import { consentDetectPlugin, PREHIDE_STYLESHEET, prehideStylesheet } from './utils/consent/build/detect-plugin';
import { zodNoEvalPlugin } from './scripts/lib/zod-no-eval-plugin';
import { pageScriptsNativeApi } from './scripts/lib/page-scripts-native-api';

const RULES_DIR = new URL('./utils/consent/rules', import.meta.url).pathname;

/**
 * The content script: in every frame from document_start (about:blank, srcdoc and data: frames too, which
 * a consent manager may render its banner into), isolated world. With it the prehide stylesheet, which
 * hides known banners only while the content script marks <html> (utils/consent/watch/prehide.ts).
 */
const pageContentScript = {
  matches: ['<all_urls>'],
  js: ['content-script.js'],
  css: [PREHIDE_STYLESHEET],
  run_at: 'document_start' as const,
  all_frames: true,
  match_about_blank: true,
  match_origin_as_fallback: true,
};

// One code path for both browsers: Manifest V3 everywhere (`wxt build -b firefox --mv3`).
export default defineConfig({
  modules: ['@wxt-dev/module-svelte', '@wxt-dev/webextension-polyfill', '@wxt-dev/i18n/module'],
  manifestVersion: 3,
  // Components build their DOM with createElement, not HTML strings through innerHTML, which the Firefox
  // add-on linter flags (web-ext lint: UNSAFE_VAR_ASSIGNMENT); nothing here needs the HTML-string path.
  svelte: { vite: { compilerOptions: { fragments: 'tree' } } },
  // The content script carries only the rules' selectors, computed from the rule files at build time.
  // zodNoEvalPlugin: no Function constructor in the bundle (web-ext lint; see the plugin).
  vite: () => ({ plugins: [consentDetectPlugin(RULES_DIR), zodNoEvalPlugin()] }),
  hooks: {
    // The content script is an unlisted script (entrypoints/content-script.ts) declared here.
    'build:manifestGenerated': (_wxt, manifest) => {
      manifest.content_scripts = [...(manifest.content_scripts ?? []), pageContentScript];
    },
    // The prehide stylesheet, built from the rule files like the content script's table.
    'build:publicAssets': async (_wxt, files) => {
      files.push({ relativeDest: PREHIDE_STYLESHEET, contents: await prehideStylesheet(RULES_DIR) });
    },
    // Scripts that run inside web pages use the browser's own API, not webextension-polyfill (see the plugin).
    'vite:build:extendConfig': (entrypoints, config) => {
      if (!entrypoints.every((e) => e.type === 'content-script' || e.type === 'unlisted-script')) return;
      config.plugins = [...(config.plugins ?? []), pageScriptsNativeApi(new URL('./utils/page-scripts/native-browser.ts', import.meta.url).pathname)];
    },
  },
  // The sources archive Firefox review asks for: what builds the extension, not test fixtures or local results.
  zip: { excludeSources: ['test/**', 'test-results/**', 'bench-results/**', '**/*.log'] },
  manifest: {
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    // Each permission is justified in README.md ("Permissions").
    permissions: ['storage', 'scripting', 'alarms', 'notifications', 'declarativeNetRequestWithHostAccess'],
    host_permissions: ['<all_urls>'],
    // Firefox's default MV3 policy adds upgrade-insecure-requests, which turns the privacy-policy fetch of an
    // http:// site into an https:// one that fails; this is Chrome's default, the same in both browsers.
    content_security_policy: { extension_pages: "script-src 'self'; object-src 'self'" },
    browser_specific_settings: {
      gecko: {
        id: 'consent-keeper@consentkeeper.org',
        // data_collection_permissions exists from Firefox 140 (the current ESR) and 142 on Android.
        strict_min_version: '140.0',
        // Firefox's built-in data consent: this extension collects and transmits nothing.
        data_collection_permissions: { required: ['none'] },
      },
      gecko_android: { strict_min_version: '142.0' },
    },
  },
});
