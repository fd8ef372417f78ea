import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { defaultSettings } from '@/utils/settings/schema';
import { recoverSettings } from '@/utils/settings/parse';
import {
  CORRUPT_KEY,
  SETTINGS_KEY,
  clearCorruptRecord,
  getCorruptRecord,
  loadSettings,
  saveSettings,
  updateSettings,
  watchSettings,
} from '@/utils/settings/store';

const mine = { functional: true, analytics: true, advertising: false, personalization: false, social: true, other: false };
const request = {
  id: 'r1', site: 'example.fr', contact: 'dpo@example.fr', type: 'access', language: 'fr',
  sentAt: '2026-01-10', dueAt: '2026-02-10',
};

describe('recoverSettings (pure)', () => {
  it('gives the defaults for nothing stored, without calling it corrupt', () => {
    expect(recoverSettings(undefined)).toEqual({ settings: defaultSettings(), corrupt: false });
    expect(recoverSettings(null)).toEqual({ settings: defaultSettings(), corrupt: false });
  });

  it('gives the defaults for garbage, and says it was corrupt', () => {
    for (const garbage of ['{{{', 42, true, [1, 2], { hello: 'world' }]) {
      expect(recoverSettings(garbage), JSON.stringify(garbage)).toEqual({ settings: defaultSettings(), corrupt: true });
    }
  });

  it('keeps the valid purposes when others have the wrong type', () => {
    const { settings, corrupt } = recoverSettings({ version: 1, purposes: { ...mine, advertising: 'maybe', other: 1 } });
    expect(corrupt).toBe(true);
    expect(settings.purposes).toEqual({ ...mine, advertising: false, other: false });
  });

  it('keeps the good sites when one site is bad, and the global choices too', () => {
    const { settings, corrupt } = recoverSettings({
      version: 1,
      purposes: mine,
      sites: {
        'good.fr': { paused: true },
        'bad.fr': { paused: 'yes' },
        'also-good.de': { purposes: { analytics: false } },
        'worse.fr': 'nonsense',
      },
      onboarded: true,
    });
    expect(corrupt).toBe(true);
    expect(settings.purposes).toEqual(mine);
    expect(settings.onboarded).toBe(true);
    expect(settings.sites).toEqual({ 'good.fr': { paused: true }, 'also-good.de': { purposes: { analytics: false } } });
  });

  it('keeps the good rights requests when one record is bad', () => {
    const { settings, corrupt } = recoverSettings({
      version: 1,
      purposes: mine,
      requests: [request, { ...request, id: 'r2', dueAt: 'soon' }, { ...request, id: 'r3' }],
    });
    expect(corrupt).toBe(true);
    expect(settings.requests.map((r) => r.id)).toEqual(['r1', 'r3']);
  });

  it('keeps the identity fields that are valid when one is not', () => {
    const { settings } = recoverSettings({
      version: 1,
      purposes: mine,
      identity: { name: 'Camille Martin', email: 42, accounts: { 'example.fr': 'C-1' } },
    });
    expect(settings.identity).toEqual({ name: 'Camille Martin', email: '', accounts: { 'example.fr': 'C-1' } });
    expect('postalAddress' in settings.identity).toBe(false);
  });

  it('does not call a valid older version corrupt: it migrates it', () => {
    expect(recoverSettings({ ...mine })).toMatchObject({ corrupt: false, settings: { version: 1, purposes: mine } });
  });
});

describe('settings store (browser.storage.local)', () => {
  beforeEach(() => fakeBrowser.reset());

  it('loads the defaults on a new install and writes nothing', async () => {
    expect(await loadSettings()).toEqual(defaultSettings());
    expect(await fakeBrowser.storage.local.get(null)).toEqual({});
  });

  it('saves and loads back the same settings', async () => {
    const settings = { ...defaultSettings(), purposes: mine, sites: { 'example.fr': { paused: true } } };
    await saveSettings(settings);
    expect(await loadSettings()).toEqual(settings);
  });

  it('refuses to save an invalid value and leaves storage as it was', async () => {
    await saveSettings({ ...defaultSettings(), purposes: mine });
    await expect(saveSettings({ ...defaultSettings(), purposes: { ...mine, social: 'yes' } } as never)).rejects.toThrow();
    expect((await loadSettings()).purposes).toEqual(mine);
  });

  it('repairs a corrupt value, keeps the original under settings.corrupt, and writes the repair back', async () => {
    const broken = { version: 1, purposes: mine, sites: { 'good.fr': { paused: true }, 'bad.fr': 7 } };
    await fakeBrowser.storage.local.set({ [SETTINGS_KEY]: broken });
    const settings = await loadSettings();
    expect(settings.purposes).toEqual(mine);
    expect(settings.sites).toEqual({ 'good.fr': { paused: true } });
    const kept = await getCorruptRecord();
    expect(kept?.value).toEqual(broken);
    expect(Date.parse(kept!.savedAt)).not.toBeNaN();
    expect((await fakeBrowser.storage.local.get(SETTINGS_KEY))[SETTINGS_KEY]).toEqual(settings);
  });

  it('does not overwrite the first kept corrupt value with a second one', async () => {
    await fakeBrowser.storage.local.set({ [SETTINGS_KEY]: 'first garbage' });
    await loadSettings();
    await fakeBrowser.storage.local.set({ [SETTINGS_KEY]: 'second garbage' });
    await loadSettings();
    expect((await getCorruptRecord())?.value).toBe('first garbage');
    await clearCorruptRecord();
    expect(await fakeBrowser.storage.local.get(CORRUPT_KEY)).toEqual({});
  });

  it('updateSettings changes one thing and keeps the rest', async () => {
    await saveSettings({ ...defaultSettings(), purposes: mine });
    const next = await updateSettings((s) => {
      s.sites['example.fr'] = { paused: true };
    });
    expect(next.purposes).toEqual(mine);
    expect((await loadSettings()).sites).toEqual({ 'example.fr': { paused: true } });
  });

  it('watchSettings reports each change, repaired, until unsubscribed', async () => {
    const seen: boolean[] = [];
    const stop = watchSettings((s) => seen.push(s.purposes.analytics));
    await saveSettings({ ...defaultSettings(), purposes: mine });
    await fakeBrowser.storage.local.set({ [SETTINGS_KEY]: { version: 1, purposes: { ...mine, analytics: 'x' } } });
    stop();
    await saveSettings({ ...defaultSettings(), purposes: mine });
    expect(seen).toEqual([true, false]);
  });
});
