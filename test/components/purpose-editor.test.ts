import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/svelte';
import { fakeBrowser } from 'wxt/testing';
import Options from '@/components/Options.svelte';
import { loadSettings, saveSettings } from '@/utils/settings/store';
import { defaultSettings } from '@/utils/settings/schema';
import { descriptionOf, useLocale } from './locale';

describe('global purpose choices', () => {
  beforeEach(async () => {
    fakeBrowser.reset();
    await useLocale('en');
  });
  afterEach(() => cleanup());

  it('shows each purpose with its definition, denied on a new install, and a note on necessary cookies', async () => {
    render(Options);
    const analytics = await screen.findByRole('switch', { name: /Analytics/ });
    expect((analytics as HTMLInputElement).checked).toBe(false);
    expect(descriptionOf(analytics)).toBe('Statistics, audience measurement and performance.');
    expect(screen.getAllByRole('switch')).toHaveLength(6);
    for (const s of screen.getAllByRole('switch')) expect((s as HTMLInputElement).checked).toBe(false);
    expect(screen.getByText(/strictly needs to work are always allowed/)).toBeTruthy();
    expect(descriptionOf(
      screen.getByRole('switch', { name: /Social media and embeds/ }),
    )).toBe('Social-media buttons and embedded third-party content: videos, maps.');
  });

  it('saves a switched purpose, and "Deny all" denies every one', async () => {
    render(Options);
    await fireEvent.click(await screen.findByRole('switch', { name: /Analytics/ }));
    await waitFor(async () => expect((await loadSettings()).purposes.analytics).toBe(true));
    expect((await loadSettings()).purposes.advertising).toBe(false);
    await fireEvent.click(screen.getByRole('button', { name: 'Allow all' }));
    await waitFor(async () => expect(Object.values((await loadSettings()).purposes).every(Boolean)).toBe(true));
    await fireEvent.click(screen.getByRole('button', { name: 'Deny all' }));
    await waitFor(async () => expect(Object.values((await loadSettings()).purposes).some(Boolean)).toBe(false));
    expect((screen.getByRole('switch', { name: /Functional/ }) as HTMLInputElement).checked).toBe(false);
  });

  it('first run: invites to choose and sets onboarded when the person confirms', async () => {
    render(Options);
    expect(await screen.findByRole('heading', { name: 'Welcome to Consent Keeper' })).toBeTruthy();
    expect((await loadSettings()).onboarded).toBe(false);
    await fireEvent.click(screen.getByRole('button', { name: 'Confirm my choices' }));
    await waitFor(async () => expect((await loadSettings()).onboarded).toBe(true));
    expect(await screen.findByText(/Your choices are saved/)).toBeTruthy();
    expect(screen.queryByRole('heading', { name: 'Welcome to Consent Keeper' })).toBeNull();
    expect(screen.getByRole('heading', { name: 'Your choices' })).toBeTruthy();
  });

  it('follows a change made elsewhere (another tab, the popup)', async () => {
    await saveSettings({ ...defaultSettings(), onboarded: true });
    render(Options);
    const advertising = await screen.findByRole('switch', { name: /Advertising/ });
    expect((advertising as HTMLInputElement).checked).toBe(false);
    await saveSettings({ ...defaultSettings(), onboarded: true, purposes: { ...defaultSettings().purposes, advertising: true } });
    await waitFor(() => expect((advertising as HTMLInputElement).checked).toBe(true));
  });

  it('reads in French', async () => {
    await useLocale('fr');
    render(Options);
    expect(descriptionOf(await screen.findByRole('switch', { name: /Mesure d'audience/ }))).toBe(
      'Statistiques, mesure d\'audience et performances.',
    );
    expect(screen.getByRole('button', { name: 'Confirmer mes choix' })).toBeTruthy();
    expect(screen.getByLabelText('Importer des réglages')).toBeTruthy();
  });
});
