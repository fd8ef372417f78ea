import { SETTINGS_VERSION } from './schema';

type Stored = Record<string, unknown>;

/**
 * Migrations from each older stored shape to the next, keyed by the version they start from.
 * Version 0 is the unversioned shape: a bare purposes object, or an object with `purposes` and no
 * `version`; it is kept as the first example of the path.
 */
const MIGRATIONS: Record<number, (old: Stored) => Stored> = {
  0: (old) => ('purposes' in old ? { ...old, version: 1 } : { version: 1, purposes: old }),
};

export class MigrationError extends Error {}

function storedVersion(value: Stored): number {
  if (!('version' in value) || value.version === undefined) return 0;
  const { version } = value;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 0) {
    throw new MigrationError(`settings version must be a whole number, not ${JSON.stringify(version)}`);
  }
  return version;
}

/** Brings a stored value of any known version up to the current one; throws on an unknown future version. */
export function migrate(raw: unknown): unknown {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return raw;
  let value = raw as Stored;
  let version = storedVersion(value);
  if (version > SETTINGS_VERSION) {
    throw new MigrationError(`settings version ${version} is newer than this extension understands (${SETTINGS_VERSION})`);
  }
  while (version < SETTINGS_VERSION) {
    const step = MIGRATIONS[version];
    if (!step) throw new MigrationError(`no migration from settings version ${version}`);
    value = step(value);
    version = storedVersion(value);
  }
  return value;
}
