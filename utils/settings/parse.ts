import { z } from 'zod';
import { migrate, MigrationError } from './migrate';
import { SettingsSchema, defaultSettings, type Settings } from './schema';
import { PURPOSES } from './purposes';

/** The largest settings file the import accepts; real ones are a few kilobytes. */
export const MAX_IMPORT_BYTES = 1_000_000;

export type ParseResult = { ok: true; settings: Settings } | { ok: false; error: string };

function describe(error: z.ZodError): string {
  return error.issues
    .slice(0, 5)
    .map((i) => `${i.path.length ? i.path.join('.') : '(root)'}: ${i.message}`)
    .join('; ');
}

/** Validates a settings value (already parsed JSON) of any known version. Never throws. */
export function parseSettings(raw: unknown): ParseResult {
  let migrated: unknown;
  try {
    migrated = migrate(raw);
  } catch (e) {
    return { ok: false, error: e instanceof MigrationError ? e.message : String(e) };
  }
  const result = SettingsSchema.safeParse(migrated);
  return result.success ? { ok: true, settings: result.data } : { ok: false, error: describe(result.error) };
}

/** Validates an imported settings file's text. Never throws; a wrong file changes nothing. */
export function parseSettingsFile(text: string): ParseResult {
  if (text.length > MAX_IMPORT_BYTES) {
    return { ok: false, error: `the file is too large (${Math.round(text.length / 1024)} KB; at most ${MAX_IMPORT_BYTES / 1000} KB)` };
  }
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return { ok: false, error: 'the file is not valid JSON' };
  }
  return parseSettings(raw);
}

/** The exported file's text: the settings as they are, pretty-printed, with a marker of what it is. */
export function serializeSettings(settings: Settings): string {
  return JSON.stringify({ $schema: 'https://consentkeeper.org/settings-v1.json', ...settings }, null, 2) + '\n';
}

/**
 * Reads a stored value leniently: what is valid is kept, what is missing or wrong takes its default.
 * `corrupt` says whether anything had to be dropped, so the caller can keep the original aside.
 */
export function recoverSettings(raw: unknown): { settings: Settings; corrupt: boolean } {
  if (raw === undefined || raw === null) return { settings: defaultSettings(), corrupt: false };
  const strict = parseSettings(raw);
  if (strict.ok) return { settings: strict.settings, corrupt: false };
  const base = defaultSettings();
  const value = (typeof raw === 'object' && !Array.isArray(raw) ? raw : {}) as Record<string, unknown>;
  // Salvage field by field: one bad site exception must not cost the person their global choices.
  const purposes = { ...base.purposes };
  const storedPurposes = (value.purposes ?? {}) as Record<string, unknown>;
  for (const p of PURPOSES) if (typeof storedPurposes[p] === 'boolean') purposes[p] = storedPurposes[p] as boolean;
  const salvaged: Settings = { ...base, purposes };
  for (const key of ['sites', 'identity', 'requests', 'onboarded'] as const) {
    const attempt = SettingsSchema.safeParse({ ...salvaged, [key]: value[key] });
    if (attempt.success) (salvaged as Record<string, unknown>)[key] = attempt.data[key];
  }
  if (value.sites && typeof value.sites === 'object') {
    for (const [domain, site] of Object.entries(value.sites as Record<string, unknown>)) {
      if (salvaged.sites[domain]) continue;
      const attempt = SettingsSchema.shape.sites.safeParse({ [domain]: site });
      if (attempt.success) salvaged.sites[domain] = attempt.data[domain]!;
    }
  }
  return { settings: salvaged, corrupt: true };
}
