import { SETTINGS_VERSION } from './schema';

/**
 * Migrations from each older stored shape to the next, keyed by the version they start from.
 * Version 0 is the unversioned shape (a bare purposes object), kept as the first example of the path.
 */
const MIGRATIONS: Record<number, (old: Record<string, unknown>) => Record<string, unknown>> = {
  0: (old) => ({ version: 1, purposes: old.purposes ?? old }),
};

export class MigrationError extends Error {}

/** Brings a stored value of any known version up to the current one; throws on an unknown future version. */
export function migrate(raw: unknown): unknown {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return raw;
  let value = raw as Record<string, unknown>;
  let version = typeof value.version === 'number' ? value.version : 0;
  if (version > SETTINGS_VERSION) {
    throw new MigrationError(`settings version ${version} is newer than this extension understands (${SETTINGS_VERSION})`);
  }
  while (version < SETTINGS_VERSION) {
    const step = MIGRATIONS[version];
    if (!step) throw new MigrationError(`no migration from settings version ${version}`);
    value = step(value);
    version = value.version as number;
  }
  return value;
}
