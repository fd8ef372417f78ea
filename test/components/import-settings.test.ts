import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/svelte';
import { fakeBrowser } from 'wxt/testing';
import Options from '@/components/Options.svelte';
import { parseSettingsFile, serializeSettings } from '@/utils/settings/parse';
import { defaultSettings, type Settings } from '@/utils/settings/schema';
import { SETTINGS_KEY, loadSettings, saveSettings } from '@/utils/settings/store';
import { useLocale } from './locale';

const before: Settings = {
  ...defaultSettings(),
  onboarded: true,
  purposes: { ...defaultSettings().purposes, functional: true },
  sites: { 'example.org': { paused: true } },
  identity: { name: 'Ada Lovelace', email: 'ada@example.org', accounts: {} },
};

async function importFile(text: string, name = 'settings.json') {
  const input = (await screen.findByLabelText('Import settings')) as HTMLInputElement;
  const file = new File([text], name, { type: 'application/json' });
  Object.defineProperty(input, 'files', { value: [file], configurable: true });
  await fireEvent.change(input);
}

async function storedRaw(): Promise<unknown> {
  return (await fakeBrowser.storage.local.get(SETTINGS_KEY))[SETTINGS_KEY];
}

describe('import settings', () => {
  beforeEach(async () => {
    fakeBrowser.reset();
    await useLocale('en');
    await saveSettings(before);
  });
  afterEach(() => cleanup());

  it.each([
    ['not JSON', '{"version": 1, "purposes": ', /not valid JSON/],
    ['wrong types', JSON.stringify({ version: 1, purposes: { ...before.purposes, analytics: 'yes' } }), /purposes\.analytics/],
    ['a future version', JSON.stringify({ ...before, version: 7 }), /newer/],
    ['not settings at all', '[1, 2, 3]', /.+/],
  ])('refuses %s with an alert and changes nothing', async (_, text, detail) => {
    render(Options);
    const storedBefore = structuredClone(await storedRaw());
    await importFile(text);
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('This file cannot be imported; nothing was changed.');
    expect(alert.textContent).toMatch(detail);
    expect(await storedRaw()).toEqual(storedBefore);
    expect((screen.getByRole('switch', { name: /Functional/ }) as HTMLInputElement).checked).toBe(true);
    expect((screen.getByLabelText('Full name') as HTMLInputElement).value).toBe('Ada Lovelace');
  });

  it('imports a good file, says so, and shows the imported values', async () => {
    const imported: Settings = {
      ...before,
      purposes: { ...before.purposes, functional: false, analytics: true },
      sites: { 'news.example': { purposes: { social: true } } },
      identity: { name: 'Grace Hopper', email: 'grace@example.org', accounts: {} },
    };
    render(Options);
    await importFile(serializeSettings(imported), 'backup.json');
    expect((await screen.findByText('Settings imported from backup.json.')).textContent).toBeTruthy();
    expect(screen.queryByRole('alert')).toBeNull();
    expect(await loadSettings()).toEqual(imported);
    await waitFor(() => expect((screen.getByRole('switch', { name: /Analytics/ }) as HTMLInputElement).checked).toBe(true));
    await waitFor(() => expect((screen.getByLabelText('Full name') as HTMLInputElement).value).toBe('Grace Hopper'));
    expect(screen.getByText('news.example')).toBeTruthy();
  });

  it('an error goes away when a good file follows', async () => {
    render(Options);
    await importFile('nope');
    await screen.findByRole('alert');
    await importFile(serializeSettings(before));
    await screen.findByText('Settings imported from settings.json.');
    expect(screen.queryByRole('alert')).toBeNull();
  });
});

describe('export settings', () => {
  beforeEach(async () => {
    fakeBrowser.reset();
    await useLocale('en');
    await saveSettings(before);
  });
  afterEach(() => {
    cleanup();
    vi.restoreAllMocks();
  });

  it('downloads a dated JSON file that imports back to the same settings', async () => {
    const blobs: Blob[] = [];
    vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => (blobs.push(blob as Blob), 'blob:settings'));
    vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => {});
    const downloads: string[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      downloads.push(this.download);
    });
    render(Options);
    await fireEvent.click(await screen.findByRole('button', { name: 'Export settings' }));
    expect(downloads).toEqual([expect.stringMatching(/^consent-keeper-settings-\d{4}-\d{2}-\d{2}\.json$/)]);
    const parsed = parseSettingsFile(await blobs[0]!.text());
    expect(parsed).toEqual({ ok: true, settings: before });
  });
});
