import { z } from 'zod';
import { migrate, MigrationError } from './migrate';
import {
  IdentitySchema,
  RequestRecordSchema,
  SettingsSchema,
  SiteKeySchema,
  SiteSettingsSchema,
  defaultSettings,
  type Settings,
} from './schema';
import { PurposeChoicesSchema } from './purposes';

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
  // Checked before parsing so a huge file is refused at once; characters never outnumber UTF-8 bytes.
  if (text.length > MAX_IMPORT_BYTES) {
    const mb = (text.length / 1_000_000).toFixed(1);
    return { ok: false, error: `the file is too large (${mb} MB); a settings file is at most ${MAX_IMPORT_BYTES / 1_000_000} MB` };
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

function asObject(value: unknown): Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
}

/** The entries of a stored record that are valid on their own; the rest are dropped. */
function validEntries<T>(value: unknown, entry: z.ZodType<T>): Record<string, T> {
  const kept: Record<string, T> = {};
  for (const [key, item] of Object.entries(asObject(value))) {
    const parsed = entry.safeParse(item);
    if (parsed.success && SiteKeySchema.safeParse(key).success && key !== '__proto__') kept[key] = parsed.data;
  }
  return kept;
}

/** Each field of a stored object that is valid on its own, over the defaults for the rest. */
function validFields<T extends Record<string, unknown>>(value: unknown, fields: Record<keyof T, z.ZodType>, base: T): T {
  const stored = asObject(value);
  const kept = { ...base };
  for (const key of Object.keys(fields) as (keyof T)[]) {
    const parsed = fields[key].safeParse(stored[key as string]);
    // An absent optional field stays absent rather than becoming an explicit `undefined`.
    if (parsed.success && parsed.data !== undefined) kept[key] = parsed.data as T[keyof T];
  }
  return kept;
}

/**
 * Reads a stored value leniently: what is valid is kept, what is missing or wrong takes its default,
 * down to one purpose, one site, one identity field or one rights request.
 * `corrupt` says whether anything had to be dropped, so the caller can keep the original aside.
 */
export function recoverSettings(raw: unknown): { settings: Settings; corrupt: boolean } {
  if (raw === undefined || raw === null) return { settings: defaultSettings(), corrupt: false };
  const strict = parseSettings(raw);
  if (strict.ok) return { settings: strict.settings, corrupt: false };
  const base = defaultSettings();
  const value = asObject(raw);
  const identity = asObject(value.identity);
  const requests = Array.isArray(value.requests) ? value.requests : [];
  const settings: Settings = {
    ...base,
    purposes: validFields(value.purposes, PurposeChoicesSchema.shape, base.purposes),
    sites: validEntries(value.sites, SiteSettingsSchema),
    identity: {
      ...validFields(identity, IdentitySchema.shape, base.identity),
      accounts: validEntries(identity.accounts, IdentitySchema.shape.accounts.unwrap().valueType),
    },
    requests: requests.flatMap((r) => {
      const parsed = RequestRecordSchema.safeParse(r);
      return parsed.success ? [parsed.data] : [];
    }),
    onboarded: value.onboarded === true,
  };
  return { settings, corrupt: true };
}
