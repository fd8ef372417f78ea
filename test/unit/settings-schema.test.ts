import { describe, expect, it } from 'vitest';
import { PURPOSES, allPurposes, isMixed } from '@/utils/settings/purposes';
import { SETTINGS_VERSION, SettingsSchema, defaultSettings } from '@/utils/settings/schema';
import { migrate, MigrationError } from '@/utils/settings/migrate';
import { parseSettings } from '@/utils/settings/parse';

const somePurposes = { functional: true, analytics: false, advertising: false, personalization: true, social: false, other: false };

describe('settings schema and defaults', () => {
  it('accepts { version, purposes } alone and fills every other field with its default', () => {
    const result = parseSettings({ version: 1, purposes: somePurposes });
    expect(result).toEqual({
      ok: true,
      settings: {
        version: 1,
        purposes: somePurposes,
        sites: {},
        identity: { name: '', email: '', accounts: {} },
        requests: [],
        onboarded: false,
      },
    });
  });

  it('denies every optional purpose on a new install, and has not been onboarded', () => {
    const settings = defaultSettings();
    expect(settings.version).toBe(SETTINGS_VERSION);
    for (const p of PURPOSES) expect(settings.purposes[p], p).toBe(false);
    expect(settings.onboarded).toBe(false);
    expect(SettingsSchema.safeParse(settings).success).toBe(true);
  });

  it('gives fresh objects each time, so changing one settings value never changes the defaults', () => {
    const first = defaultSettings();
    first.identity.accounts['example.com'] = 'client 42';
    first.sites['example.com'] = { paused: true };
    first.requests.push({} as never);
    const second = defaultSettings();
    expect(second.identity.accounts).toEqual({});
    expect(second.sites).toEqual({});
    expect(second.requests).toEqual([]);
    const parsed = parseSettings({ version: 1, purposes: somePurposes });
    expect(parsed.ok && parsed.settings.identity.accounts).toEqual({});
  });

  it('requires version and all six purposes, and refuses `necessary` as a choice only by ignoring it', () => {
    expect(parseSettings({ purposes: somePurposes, version: 1 }).ok).toBe(true);
    const missing = parseSettings({ version: 1, purposes: { ...somePurposes, social: undefined } });
    expect(missing).toMatchObject({ ok: false, error: expect.stringContaining('purposes.social') });
    const wrongType = parseSettings({ version: 1, purposes: { ...somePurposes, analytics: 'yes' } });
    expect(wrongType).toMatchObject({ ok: false, error: expect.stringContaining('purposes.analytics') });
    const withNecessary = parseSettings({ version: 1, purposes: { ...somePurposes, necessary: false } });
    expect(withNecessary.ok && 'necessary' in withNecessary.settings.purposes).toBe(false);
  });

  it('keeps per-site exceptions partial: a site may pause, or override only some purposes', () => {
    const result = parseSettings({
      version: 1,
      purposes: somePurposes,
      sites: { 'example.fr': { paused: true }, 'shop.co.uk': { purposes: { analytics: true } } },
    });
    expect(result.ok && result.settings.sites).toEqual({
      'example.fr': { paused: true },
      'shop.co.uk': { purposes: { analytics: true } },
    });
  });

  it('drops a `__proto__` site key instead of letting it rewrite an object prototype', () => {
    const raw = JSON.parse('{"version":1,"purposes":' + JSON.stringify(somePurposes) + ',"sites":{"__proto__":{"paused":true},"a.fr":{}}}');
    const result = parseSettings(raw);
    expect(result.ok).toBe(true);
    const sites = result.ok ? result.settings.sites : {};
    expect(Object.keys(sites)).toEqual(['a.fr']);
    expect((sites as Record<string, { paused?: boolean }>)['anything']?.paused).toBeUndefined();
    expect(Object.getPrototypeOf(sites)?.paused).toBeUndefined();
  });

  it('refuses an empty site key', () => {
    expect(parseSettings({ version: 1, purposes: somePurposes, sites: { '': { paused: true } } }).ok).toBe(false);
  });

  it('checks rights-request records: dates are ISO days, the type is a known one', () => {
    const request = {
      id: 'r1', site: 'example.fr', contact: 'dpo@example.fr', type: 'access', language: 'fr',
      sentAt: '2026-01-10', dueAt: '2026-02-10',
    };
    const good = parseSettings({ version: 1, purposes: somePurposes, requests: [request] });
    expect(good.ok && good.settings.requests[0]).toMatchObject({ state: 'waiting', company: '' });
    expect(parseSettings({ version: 1, purposes: somePurposes, requests: [{ ...request, sentAt: '10/01/2026' }] }).ok).toBe(false);
    expect(parseSettings({ version: 1, purposes: somePurposes, requests: [{ ...request, type: 'telepathy' }] }).ok).toBe(false);
  });
});

describe('purpose helpers', () => {
  it('allPurposes sets each purpose; isMixed is true only between all-allowed and all-denied', () => {
    expect(Object.values(allPurposes(true)).every(Boolean)).toBe(true);
    expect(isMixed(allPurposes(true))).toBe(false);
    expect(isMixed(allPurposes(false))).toBe(false);
    expect(isMixed(somePurposes)).toBe(true);
  });
});

describe('migrations', () => {
  it('migrates version 0 (a bare purposes object, no version) to version 1', () => {
    const result = parseSettings({ ...somePurposes });
    expect(result).toMatchObject({ ok: true, settings: { version: 1, purposes: somePurposes, sites: {} } });
  });

  it('migrates an unversioned object that already has purposes, keeping its other fields', () => {
    const result = parseSettings({ purposes: somePurposes, sites: { 'example.fr': { paused: true } } });
    expect(result).toMatchObject({ ok: true, settings: { version: 1, sites: { 'example.fr': { paused: true } } } });
  });

  it('leaves the current version as it is', () => {
    const current = { ...defaultSettings(), onboarded: true };
    expect(migrate(current)).toEqual(current);
  });

  it('refuses a future version with a clear error, and does not guess', () => {
    expect(() => migrate({ version: 2, purposes: somePurposes })).toThrow(MigrationError);
    const result = parseSettings({ version: 2, purposes: somePurposes });
    expect(result.ok).toBe(false);
    expect(!result.ok && result.error).toMatch(/version 2 is newer than this extension understands/);
  });

  it('refuses a version that is not a whole number instead of treating it as unversioned', () => {
    for (const version of ['1', '2', 1.5, -1, null, true]) {
      const result = parseSettings({ version, purposes: somePurposes });
      expect(result.ok, String(version)).toBe(false);
      expect(!result.ok && result.error, String(version)).toMatch(/version/);
    }
  });
});
