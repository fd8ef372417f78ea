/**
 * The browser's own extension API, without webextension-polyfill: what the scripts that run inside web
 * pages (content script, consent engine, page info) import as `wxt/browser` (scripts/lib/page-scripts-native-api.ts).
 * They use only runtime.sendMessage and runtime.id, which return promises natively in both browsers under
 * Manifest V3; the polyfill cost ~3 ms of startup in every frame of every page (measured, scripts/bench).
 * Extension pages and the background keep the polyfill.
 */
type Api = typeof import('webextension-polyfill');
const g = globalThis as unknown as { browser?: Api; chrome?: Api };

export const browser: Api = (g.browser?.runtime?.id ? g.browser : g.chrome)!;
