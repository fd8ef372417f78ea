import { browser } from 'wxt/browser';
import { recoverSettings } from './parse';
import { SettingsSchema, type Settings } from './schema';

export const SETTINGS_KEY = 'settings';
/** Where a stored value that could not be read whole is kept, untouched, for the person or for support. */
export const CORRUPT_KEY = 'settings.corrupt';

export interface CorruptRecord {
  savedAt: string;
  value: unknown;
}

/**
 * Loads the settings, never failing: defaults fill gaps, and a corrupt stored value is set aside under
 * CORRUPT_KEY (once; an older copy is not overwritten) before the repaired settings are written back.
 */
export async function loadSettings(): Promise<Settings> {
  const stored = await browser.storage.local.get(SETTINGS_KEY);
  const raw = stored[SETTINGS_KEY];
  const { settings, corrupt } = recoverSettings(raw);
  if (corrupt) {
    const existing = await browser.storage.local.get(CORRUPT_KEY);
    if (!existing[CORRUPT_KEY]) {
      const record: CorruptRecord = { savedAt: new Date().toISOString(), value: raw };
      await browser.storage.local.set({ [CORRUPT_KEY]: record });
    }
    await browser.storage.local.set({ [SETTINGS_KEY]: settings });
  }
  return settings;
}

/** Saves settings after validating them; an invalid value is refused with an error and nothing changes. */
export async function saveSettings(settings: Settings): Promise<void> {
  const valid = SettingsSchema.parse(settings);
  await browser.storage.local.set({ [SETTINGS_KEY]: valid });
}

/** Reads, changes and saves in one step. */
export async function updateSettings(change: (s: Settings) => Settings | void): Promise<Settings> {
  const draft = structuredClone(await loadSettings());
  // A change that mutates the draft and returns nothing saves the draft.
  const next = change(draft) ?? draft;
  await saveSettings(next);
  return next;
}

export async function getCorruptRecord(): Promise<CorruptRecord | undefined> {
  return (await browser.storage.local.get(CORRUPT_KEY))[CORRUPT_KEY] as CorruptRecord | undefined;
}

export async function clearCorruptRecord(): Promise<void> {
  await browser.storage.local.remove(CORRUPT_KEY);
}

/** Calls back with the new settings whenever they change in storage (from any page of the extension). */
export function watchSettings(onChange: (s: Settings) => void): () => void {
  const listener = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area !== 'local' || !(SETTINGS_KEY in changes)) return;
    onChange(recoverSettings(changes[SETTINGS_KEY]!.newValue).settings);
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}
