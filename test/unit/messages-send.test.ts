import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { sendMessage } from '../../utils/messages';

describe('sendMessage', () => {
  afterEach(() => {
    vi.restoreAllMocks();
    fakeBrowser.reset();
  });

  it('returns the background\'s answer', async () => {
    vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockResolvedValue(true);
    await expect(sendMessage({ type: 'consent-load-engine' })).resolves.toBe(true);
  });

  it('rejects when the background\'s listener threw, as webextension-polyfill tells a sender without it (the page scripts in Chrome)', async () => {
    vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockResolvedValue({ __mozWebExtensionPolyfillReject__: true, message: 'no tab' });
    await expect(sendMessage({ type: 'consent-load-engine' })).rejects.toThrow('no tab');
  });
});
