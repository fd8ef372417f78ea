/**
 * The browser's own extension API, without webextension-polyfill: what the scripts that run inside web
 * pages (content script, consent engine, page info) import as `wxt/browser` (scripts/lib/page-scripts-native-api.ts).
 * They use only runtime.sendMessage and runtime.id, which return promises natively in both browsers under
 * Manifest V3; the polyfill cost ~3 ms of startup in every frame of every page (measured, scripts/bench).
 * Extension pages and the background keep the polyfill.
 *
 * `runtime` is looked up on first use, not when the script starts: the first touch builds the browser's
 * bindings for it (~1 ms in Chromium, measured), which a page without a banner never needs.
 */
type Api = typeof import('webextension-polyfill');
const g = globalThis as unknown as { browser?: Api; chrome?: Api };

let api: Api | undefined;
// `browser` can also be a page's element named "browser" (named access on window): the real one has runtime.id.
const pick = (): Api => (api ??= (g.browser?.runtime?.id ? g.browser : g.chrome)!);

export const browser = {
  get runtime() {
    return pick().runtime;
  },
} as Api;
