import { browser } from 'wxt/browser';
import { MAIN_WORLD } from '../main-world';
import { CONTENT_SCRIPT_MARK } from '../../page-scripts/content-mark';

/** The engine bundle (entrypoints/consent-engine.ts), injected only into frames where a banner was found. */
export const ENGINE_FILE = '/consent-engine.js';

export interface FrameRef {
  tabId: number;
  frameId: number;
}

export async function injectEngine(frame: FrameRef): Promise<boolean> {
  await browser.scripting.executeScript({ target: { tabId: frame.tabId, frameIds: [frame.frameId] }, files: [ENGINE_FILE] });
  return true;
}

/** Runs a named main-world function of the extension in one frame and returns what it returned. */
export async function callMainWorld(
  frame: FrameRef,
  fn: string,
  args: unknown[],
): Promise<{ ok: true; result: unknown } | { ok: false; error: string }> {
  const func = Object.hasOwn(MAIN_WORLD, fn) ? MAIN_WORLD[fn] : undefined;
  if (!func) return { ok: false, error: `no main-world function ${fn}` };
  try {
    const [injection] = await browser.scripting.executeScript({
      target: { tabId: frame.tabId, frameIds: [frame.frameId] },
      world: 'MAIN',
      func: func as (...a: unknown[]) => unknown,
      args,
    } as Parameters<typeof browser.scripting.executeScript>[0]);
    return { ok: true, result: injection?.result ?? null };
  } catch (e) {
    return { ok: false, error: e instanceof Error ? e.message : String(e) };
  }
}

/** The page a tab shows: its top document's identity, and whether the content script runs there. */
export interface TopDocument {
  /** performance.timeOrigin of the top document: different for every page load in the tab. */
  page: number;
  /** The content script's mark is there (not, e.g., in a tab opened before the extension was installed). */
  contentScript: boolean;
}

/** Asked from the tab's top frame, in the content script's world; null where no extension may run script. */
export async function topDocument(tabId: number): Promise<TopDocument | null> {
  try {
    const [injection] = await browser.scripting.executeScript({ target: { tabId }, func: describeTopDocument, args: [CONTENT_SCRIPT_MARK] });
    const result = injection?.result as TopDocument | undefined;
    return typeof result?.page === 'number' ? result : null;
  } catch {
    return null; // a page no extension may script (the store, the browser's own pages)
  }
}

/** Runs in the tab (serialized by scripting.executeScript): self-contained. */
function describeTopDocument(mark: string): TopDocument {
  return { page: performance.timeOrigin, contentScript: mark in globalThis };
}
