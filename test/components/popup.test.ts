import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/svelte';
import { fakeBrowser } from 'wxt/testing';
import Popup from '@/components/Popup.svelte';
import type { TabState } from '@/utils/messages';
import { defaultSettings } from '@/utils/settings/schema';
import { loadSettings, saveSettings } from '@/utils/settings/store';
import { siteWhereExtensionRuns } from '@/utils/ui/restricted';
import { useLocale } from './locale';

/** The popup as tests open it (popup.html?tab=7), with the background answering get-tab-state for tab 7. */
function openPopupOn(url: string, contentReady = true) {
  history.replaceState(null, '', '/popup.html?tab=7');
  fakeBrowser.runtime.onMessage.addListener((message: unknown) => {
    const m = message as { type: string; tabId?: number };
    if (m.type !== 'get-tab-state' || m.tabId !== 7) return undefined;
    return Promise.resolve({ url, site: null, contentReady, choices: null } satisfies TabState);
  });
  return render(Popup);
}

describe('popup', () => {
  beforeEach(async () => {
    fakeBrowser.reset();
    await useLocale('en');
    await saveSettings({ ...defaultSettings(), onboarded: true, purposes: { ...defaultSettings().purposes, functional: true } });
  });
  afterEach(() => cleanup());

  it('shows the registrable domain and what applies there, global or the site’s own', async () => {
    await saveSettings({ ...(await loadSettings()), sites: { 'example.co.uk': { purposes: { social: true } } } });
    openPopupOn('https://shop.example.co.uk/basket');
    expect(await screen.findByRole('heading', { name: 'example.co.uk' })).toBeTruthy();
    expect(screen.getByText('This site has its own choices.')).toBeTruthy();
    const list = screen.getByText('Functional').closest('ul')!;
    const rows = within(list)
      .getAllByRole('listitem')
      .map((li) => li.textContent?.replace(/\s+/g, ' ').trim());
    expect(rows).toContain('Functional Allowed');
    expect(rows).toContain('Analytics Denied');
    expect(rows).toContain('Social media and embeds Allowed (this site)');
  });

  it('pauses and resumes this site in one click', async () => {
    openPopupOn('https://www.news.example/article');
    const pause = await screen.findByRole('button', { name: 'Pause on this site' });
    expect(pause.getAttribute('aria-pressed')).toBe('false');
    await fireEvent.click(pause);
    await waitFor(async () => expect((await loadSettings()).sites['news.example']).toEqual({ paused: true }));
    const resume = await screen.findByRole('button', { name: 'Resume on this site' });
    expect(resume.getAttribute('aria-pressed')).toBe('true');
    expect(screen.getByText(/Paused on this site/)).toBeTruthy();
    expect(screen.getByText(/While paused, these choices are not applied here/)).toBeTruthy();
    await fireEvent.click(resume);
    await waitFor(async () => expect((await loadSettings()).sites['news.example']).toBeUndefined());
  });

  it('says it cannot run on a browser page and still offers the settings', async () => {
    const openOptionsPage = vi.fn(async () => {});
    (fakeBrowser.runtime as unknown as { openOptionsPage: unknown }).openOptionsPage = openOptionsPage;
    openPopupOn('chrome://extensions/', false);
    expect(await screen.findByRole('heading', { name: /cannot work on this page/ })).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Pause on this site' })).toBeNull();
    const buttons = screen.getAllByRole('button', { name: 'Settings' });
    await fireEvent.click(buttons.at(-1)!);
    expect(openOptionsPage).toHaveBeenCalledOnce();
  });

  it('asks for a reload where the content script has not run yet', async () => {
    openPopupOn('https://www.news.example/', false);
    expect(await screen.findByText('Reload the page to apply your choices.')).toBeTruthy();
  });
});

describe('where the extension runs', () => {
  it.each([
    ['https://www.example.com/a', 'example.com'],
    ['http://localhost:8080/', 'localhost'],
    ['chrome://newtab/', null],
    ['about:blank', null],
    ['file:///home/me/page.html', null],
    ['moz-extension://abc/options.html', null],
    ['https://chromewebstore.google.com/detail/x', null],
    ['https://chrome.google.com/webstore/detail/x', null],
    ['https://addons.mozilla.org/fr/firefox/', null],
    [null, null],
  ])('%s → %s', (url, site) => expect(siteWhereExtensionRuns(url)).toBe(site));
});
