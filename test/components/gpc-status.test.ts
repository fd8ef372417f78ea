import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cleanup, render, screen, waitFor } from '@testing-library/svelte';
import { fakeBrowser } from 'wxt/testing';
import Popup from '@/components/Popup.svelte';
import type { TabState } from '@/utils/messages';
import { defaultSettings } from '@/utils/settings/schema';
import { saveSettings } from '@/utils/settings/store';
import { useLocale } from './locale';

/** The popup on tab 7 showing `url`, the background answering get-tab-state. */
function openPopupOn(url: string) {
  history.replaceState(null, '', '/popup.html?tab=7');
  fakeBrowser.runtime.onMessage.addListener((message: unknown) => {
    const m = message as { type: string; tabId?: number };
    if (m.type !== 'get-tab-state' || m.tabId !== 7) return undefined;
    return Promise.resolve({ url, site: null, contentReady: true, choices: null } satisfies TabState);
  });
  return render(Popup);
}

const line = async () => (await screen.findByTestId('gpc-status')).textContent?.replace(/\s+/g, ' ').trim();

describe('popup: Global Privacy Control line', () => {
  beforeEach(() => fakeBrowser.reset());
  afterEach(() => cleanup());

  it('says the signal is on where advertising is denied, off where the site allows it, and follows changes', async () => {
    await useLocale('en');
    await saveSettings({ ...defaultSettings(), onboarded: true, sites: { 'example.fr': { purposes: { advertising: true } } } });
    openPopupOn('https://www.example.fr/');
    expect(await line()).toBe('Global Privacy Control — off here, as you allow advertising on this site.');
    await saveSettings({ ...defaultSettings(), onboarded: true, sites: { 'example.fr': { paused: true } } });
    await waitFor(async () => expect(await line()).toMatch(/^Global Privacy Control — on: this site is told you object/));
  });

  it('in French', async () => {
    await useLocale('fr');
    await saveSettings({ ...defaultSettings(), onboarded: true });
    openPopupOn('https://www.exemple.fr/');
    expect(await line()).toMatch(/^Global Privacy Control — activé : ce site est informé/);
  });

  it('shows nothing where the extension cannot run', async () => {
    await useLocale('en');
    await saveSettings({ ...defaultSettings(), onboarded: true });
    openPopupOn('chrome://settings/');
    expect(await screen.findByText(/cannot work on this page/)).toBeTruthy();
    expect(screen.queryByTestId('gpc-status')).toBeNull();
  });
});
