import { browser } from 'wxt/browser';
import { MAIN_WORLD } from '../main-world';

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
