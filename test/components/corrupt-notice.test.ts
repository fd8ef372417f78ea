import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/svelte';
import { fakeBrowser } from 'wxt/testing';
import Options from '@/components/Options.svelte';
import { CORRUPT_KEY, SETTINGS_KEY, getCorruptRecord } from '@/utils/settings/store';
import { useLocale } from './locale';

describe('corrupt stored settings', () => {
  beforeEach(async () => {
    fakeBrowser.reset();
    await useLocale('en');
  });
  afterEach(() => cleanup());

  it('says what happened, keeps what could be read, and can be dismissed', async () => {
    const broken = { version: 1, purposes: { analytics: true, advertising: 'maybe' }, sites: 42 };
    await fakeBrowser.storage.local.set({ [SETTINGS_KEY]: broken });
    render(Options);
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Some saved settings could not be read');
    expect(alert.textContent).toContain('The original value was kept aside.');
    expect(screen.getByRole('button', { name: 'Download the kept value' })).toBeTruthy();
    // What was readable survived: analytics stays allowed.
    expect((screen.getByRole('switch', { name: /Analytics/ }) as HTMLInputElement).checked).toBe(true);
    expect((await getCorruptRecord())?.value).toEqual(broken);
    await fireEvent.click(screen.getByRole('button', { name: 'Dismiss' }));
    await waitFor(() => expect(screen.queryByRole('alert')).toBeNull());
    expect((await fakeBrowser.storage.local.get(CORRUPT_KEY))[CORRUPT_KEY]).toBeUndefined();
  });

  it('shows nothing when the stored settings are fine', async () => {
    render(Options);
    await screen.findByRole('switch', { name: /Analytics/ });
    expect(screen.queryByRole('alert')).toBeNull();
  });
});
