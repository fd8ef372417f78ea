import type { Plugin } from 'vite';

const POLYFILL = '@wxt-dev/webextension-polyfill/browser';

/**
 * In the builds of scripts that run inside web pages (content scripts and the unlisted scripts injected
 * into pages), `wxt/browser` resolves to the browser's own API (utils/page-scripts/native-browser.ts) instead of
 * webextension-polyfill, which the polyfill module aliases it to everywhere. Added per entrypoint group by
 * wxt.config.ts's `vite:build:extendConfig` hook.
 */
export function pageScriptsNativeApi(nativeModule: string): Plugin {
  return {
    name: 'consent-keeper:page-scripts-native-api',
    enforce: 'pre',
    resolveId(id) {
      return id === POLYFILL ? nativeModule : undefined;
    },
  };
}
