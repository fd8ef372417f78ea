import { afterEach, describe, expect, it, vi } from 'vitest';

/** The page scripts' API (utils/page-scripts/native-browser.ts) against a stand-in for Chromium's `chrome`. */
describe('native-browser', () => {
  const g = globalThis as Record<string, unknown>;
  const saved = { browser: g.browser, chrome: g.chrome };
  afterEach(() => {
    g.browser = saved.browser;
    g.chrome = saved.chrome;
    vi.resetModules();
  });

  function standIn() {
    const touches = { runtime: 0 };
    const runtime = { id: 'ext-id', sendMessage: vi.fn(async () => 'answer') };
    const chrome = {};
    Object.defineProperty(chrome, 'runtime', {
      get() {
        touches.runtime++;
        return runtime;
      },
    });
    return { chrome, touches };
  }

  it('does not touch runtime when the script starts, only when it is used (building it costs ~1 ms in every frame)', async () => {
    // Chromium 156 has both namespaces.
    const { chrome, touches } = standIn();
    g.browser = chrome;
    g.chrome = standIn().chrome;
    const { browser } = await import('../../utils/page-scripts/native-browser');
    expect(touches.runtime).toBe(0);
    await expect(browser.runtime.sendMessage({})).resolves.toBe('answer');
    expect(touches.runtime).toBeGreaterThan(0);
  });

  it('takes `chrome` when `browser` is not the extension API (a page element named "browser")', async () => {
    const { chrome } = standIn();
    g.browser = { tagName: 'DIV' };
    g.chrome = chrome;
    const { browser } = await import('../../utils/page-scripts/native-browser');
    expect(browser.runtime.id).toBe('ext-id');
  });
});
