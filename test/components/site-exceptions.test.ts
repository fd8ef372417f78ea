import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/svelte';
import { fakeBrowser } from 'wxt/testing';
import Options from '@/components/Options.svelte';
import { defaultSettings } from '@/utils/settings/schema';
import { loadSettings, saveSettings } from '@/utils/settings/store';
import { setSitePaused, setSitePurpose } from '@/utils/ui/site-exceptions';
import { useLocale } from './locale';

async function addSite(text: string) {
  const input = (await screen.findByLabelText('Site (domain or web address)')) as HTMLInputElement;
  await fireEvent.input(input, { target: { value: text } });
  await fireEvent.click(screen.getByRole('button', { name: 'Add exception' }));
}

function select(label: string): HTMLSelectElement {
  return screen.getByLabelText(label, { selector: 'select' }) as HTMLSelectElement;
}

describe('site exceptions', () => {
  beforeEach(async () => {
    fakeBrowser.reset();
    await useLocale('en');
    await saveSettings({ ...defaultSettings(), onboarded: true, purposes: { ...defaultSettings().purposes, analytics: true } });
  });
  afterEach(() => cleanup());

  it('adds a site by its registrable domain and edits one purpose, then back to "same as global"', async () => {
    render(Options);
    await addSite('https://www.Shop.example.co.uk/basket?x=1');
    expect(await screen.findByText('example.co.uk')).toBeTruthy();
    // The editor opens on the new site; "same as global" names the global choice it stands for.
    const analytics = select('Analytics');
    expect(analytics.value).toBe('global');
    expect(analytics.options[0]!.textContent?.trim()).toBe('Same as global (Allowed)');
    await fireEvent.change(analytics, { target: { value: 'deny' } });
    await waitFor(async () => expect((await loadSettings()).sites['example.co.uk']).toEqual({ purposes: { analytics: false } }));
    expect(await screen.findByText('1 own choice')).toBeTruthy();
    await fireEvent.change(select('Social media and embeds'), { target: { value: 'allow' } });
    await waitFor(async () =>
      expect((await loadSettings()).sites['example.co.uk']?.purposes).toEqual({ analytics: false, social: true }),
    );
    expect(screen.getByText('2 own choices')).toBeTruthy();
    await fireEvent.change(select('Analytics'), { target: { value: 'global' } });
    await waitFor(async () => expect((await loadSettings()).sites['example.co.uk']?.purposes).toEqual({ social: true }));
    // The global choices are untouched by a site's exception.
    expect((await loadSettings()).purposes.analytics).toBe(true);
  });

  it('pauses a site and removes an exception', async () => {
    await saveSettings({ ...(await loadSettings()), sites: { 'news.example': { purposes: { advertising: true } } } });
    render(Options);
    await fireEvent.click(await screen.findByRole('button', { name: 'Edit news.example' }));
    await fireEvent.click(screen.getByLabelText(/Pause Consent Keeper on this site/));
    await waitFor(async () =>
      expect((await loadSettings()).sites['news.example']).toEqual({ paused: true, purposes: { advertising: true } }),
    );
    await fireEvent.click(screen.getByRole('button', { name: 'Remove exception for news.example' }));
    await waitFor(async () => expect((await loadSettings()).sites).toEqual({}));
    expect(await screen.findByText('The exception for news.example was removed.')).toBeTruthy();
    expect(screen.getByText(/No exceptions yet/)).toBeTruthy();
  });

  it('refuses what is not a site, with an alert, and stores nothing', async () => {
    render(Options);
    await addSite('not a domain');
    expect((await screen.findByRole('alert')).textContent).toContain('This is not a site name or web address: not a domain');
    expect(screen.getByLabelText('Site (domain or web address)').getAttribute('aria-invalid')).toBe('true');
    expect((await loadSettings()).sites).toEqual({});
  });

  it('says so when the site already has an exception', async () => {
    await saveSettings({ ...(await loadSettings()), sites: { 'news.example': { paused: true } } });
    render(Options);
    await addSite('www.news.example');
    expect(await screen.findByText(/news.example already has an exception/)).toBeTruthy();
    expect(screen.getAllByText('news.example')).toHaveLength(1);
  });
});

describe('site exception helpers', () => {
  it('drop an exception that says nothing, keep one that still says something', () => {
    const s = defaultSettings();
    setSitePurpose(s, 'a.example', 'analytics', true);
    setSitePaused(s, 'a.example', true);
    setSitePurpose(s, 'a.example', 'analytics', undefined);
    expect(s.sites['a.example']).toEqual({ paused: true });
    setSitePaused(s, 'a.example', false);
    expect(s.sites).toEqual({});
  });
});
