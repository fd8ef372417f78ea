import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/svelte';
import { fakeBrowser } from 'wxt/testing';
import Options from '@/components/Options.svelte';
import { defaultSettings } from '@/utils/settings/schema';
import { loadSettings, saveSettings } from '@/utils/settings/store';
import { useLocale } from './locale';

describe('identity used in letters', () => {
  beforeEach(async () => {
    fakeBrowser.reset();
    await useLocale('en');
    await saveSettings({ ...defaultSettings(), onboarded: true, identity: { name: 'Ada', email: '', postalAddress: '1 Old Road', accounts: { 'shop.example': 'C-1' } } });
  });
  afterEach(() => cleanup());

  it('saves name, e-mail and postal address, trimmed; an emptied address is removed; accounts are kept', async () => {
    render(Options);
    const name = (await screen.findByLabelText('Full name')) as HTMLInputElement;
    await waitFor(() => expect(name.value).toBe('Ada'));
    await fireEvent.input(name, { target: { value: '  Ada Lovelace ' } });
    await fireEvent.input(screen.getByLabelText('E-mail address'), { target: { value: 'ada@example.org' } });
    await fireEvent.input(screen.getByLabelText('Postal address (optional)'), { target: { value: '  ' } });
    await fireEvent.click(screen.getByRole('button', { name: 'Save identity' }));
    await waitFor(async () =>
      expect((await loadSettings()).identity).toEqual({ name: 'Ada Lovelace', email: 'ada@example.org', accounts: { 'shop.example': 'C-1' } }),
    );
    expect(await screen.findByText('Saved.')).toBeTruthy();
  });
});
