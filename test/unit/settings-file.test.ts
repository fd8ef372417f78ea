import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { PURPOSES } from '@/utils/settings/purposes';
import { REQUEST_TYPES, SettingsSchema, defaultSettings, type Settings } from '@/utils/settings/schema';
import { MAX_IMPORT_BYTES, parseSettingsFile, recoverSettings, serializeSettings } from '@/utils/settings/parse';

const purposeBooleans = Object.fromEntries(PURPOSES.map((p) => [p, fc.boolean()])) as Record<(typeof PURPOSES)[number], fc.Arbitrary<boolean>>;
const purposesArb = fc.record(purposeBooleans);
const text = (maxLength: number, minLength = 0) => fc.string({ unit: 'binary', minLength, maxLength });
const siteKeyArb = text(60, 1).filter((k) => k !== '__proto__');
const dayArb = fc
  .date({ min: new Date('1970-01-01T00:00:00Z'), max: new Date('9999-12-31T00:00:00Z'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));

const partialPurposesArb = fc.record(purposeBooleans, { requiredKeys: [] });
const requestArb = fc.record(
  {
    id: text(20, 1),
    site: text(40),
    company: text(40),
    contact: text(40),
    type: fc.constantFrom(...REQUEST_TYPES),
    language: text(5, 2),
    sentAt: dayArb,
    dueAt: dayArb,
    state: fc.constantFrom('waiting', 'answered', 'extended', 'overdue'),
    followUpSentAt: dayArb,
    complaintSentAt: dayArb,
    country: text(2, 2),
  },
  { requiredKeys: ['id', 'site', 'company', 'contact', 'type', 'language', 'sentAt', 'dueAt', 'state'] },
);

/** Property tests take about a second; the margin is for a loaded 2-core CI machine. */
const PROPERTY_TIMEOUT = 60_000;

/** Any settings value the schema accepts, built independently of the schema. */
const settingsArb: fc.Arbitrary<Settings> = fc.record({
  version: fc.constant(1 as const),
  purposes: purposesArb,
  sites: fc.dictionary(siteKeyArb, fc.record({ paused: fc.boolean(), purposes: partialPurposesArb }, { requiredKeys: [] }), { maxKeys: 8 }),
  identity: fc.record(
    {
      name: text(200),
      email: text(254),
      postalAddress: text(1000),
      accounts: fc.dictionary(siteKeyArb, text(200), { maxKeys: 4 }),
    },
    { requiredKeys: ['name', 'email', 'accounts'] },
  ),
  requests: fc.array(requestArb, { maxLength: 5 }),
  onboarded: fc.boolean(),
});

describe('export and import', () => {
  it('round-trips the defaults and a realistic settings value', () => {
    const realistic: Settings = {
      ...defaultSettings(),
      purposes: { functional: true, analytics: true, advertising: false, personalization: false, social: true, other: false },
      sites: { 'lemonde.fr': { purposes: { advertising: true } }, 'example.co.uk': { paused: true } },
      identity: { name: 'Camille Martin', email: 'camille@example.org', postalAddress: '1 rue de la Paix\n75002 Paris', accounts: { 'shop.fr': 'C-42' } },
      onboarded: true,
    };
    for (const settings of [defaultSettings(), realistic]) {
      expect(parseSettingsFile(serializeSettings(settings))).toEqual({ ok: true, settings });
    }
  });

  it('writes readable JSON that names its format and version', () => {
    const file = JSON.parse(serializeSettings(defaultSettings()));
    expect(file.$schema).toMatch(/settings-v1/);
    expect(file.version).toBe(1);
    expect(serializeSettings(defaultSettings())).toContain('\n  "purposes": {\n');
  });

  it('property: any valid settings value survives export then import unchanged', () => {
    fc.assert(
      fc.property(settingsArb, (settings) => {
        expect(SettingsSchema.safeParse(settings).success).toBe(true);
        expect(parseSettingsFile(serializeSettings(settings))).toEqual({ ok: true, settings: SettingsSchema.parse(settings) });
      }),
      { numRuns: 200 },
    );
  }, PROPERTY_TIMEOUT);
});

describe('rejection of bad files', () => {
  it('says when the file is not JSON', () => {
    for (const bad of ['', 'not json', '{"version":1,', '<html></html>', '\u0000']) {
      expect(parseSettingsFile(bad), JSON.stringify(bad)).toEqual({ ok: false, error: 'the file is not valid JSON' });
    }
  });

  it('says which field is wrong when the JSON has the wrong types', () => {
    const wrong = parseSettingsFile(JSON.stringify({ version: 1, purposes: { ...defaultSettings().purposes, analytics: 'on' } }));
    expect(wrong).toEqual({ ok: false, error: expect.stringContaining('purposes.analytics') });
    const site = parseSettingsFile(JSON.stringify({ ...defaultSettings(), sites: { 'a.fr': { paused: 1 } } }));
    expect(site).toEqual({ ok: false, error: expect.stringContaining('sites.a.fr.paused') });
    for (const notSettings of ['[]', '42', '"settings"', 'null', '{}']) {
      expect(parseSettingsFile(notSettings).ok, notSettings).toBe(false);
    }
  });

  it('refuses a file of a future version with a clear message', () => {
    const future = parseSettingsFile(JSON.stringify({ ...defaultSettings(), version: 7 }));
    expect(future).toEqual({ ok: false, error: expect.stringMatching(/version 7 is newer/) });
  });

  it('refuses a 10 MB file at once, with a message that gives its size', () => {
    const inner = JSON.stringify(defaultSettings()).slice(0, -1);
    const huge = `${inner},"padding":"${'x'.repeat(10_000_000)}"}`;
    expect(huge.length).toBeGreaterThan(MAX_IMPORT_BYTES);
    const start = performance.now();
    const result = parseSettingsFile(huge);
    const elapsed = performance.now() - start;
    expect(result).toEqual({ ok: false, error: 'the file is too large (10.0 MB); a settings file is at most 1 MB' });
    expect(elapsed).toBeLessThan(50);
  });

  it('accepts a file just under the limit (the limit is about size, not content)', () => {
    const inner = JSON.stringify(defaultSettings()).slice(0, -1);
    const padded = `${inner},"padding":"${'x'.repeat(MAX_IMPORT_BYTES - inner.length - 20)}"}`;
    expect(padded.length).toBeLessThanOrEqual(MAX_IMPORT_BYTES);
    expect(parseSettingsFile(padded).ok).toBe(true);
  });

  it('property: parseSettingsFile never throws, on any string or any JSON', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: 'binary' }), fc.json(), settingsArb.map((s) => serializeSettings(s).slice(0, -7))), (input) => {
        const result = parseSettingsFile(input);
        expect(typeof result.ok).toBe('boolean');
        if (!result.ok) expect(result.error.length).toBeGreaterThan(0);
      }),
      { numRuns: 500 },
    );
  }, PROPERTY_TIMEOUT);

  it('property: recoverSettings turns anything into valid settings, keeping what was valid', () => {
    fc.assert(
      fc.property(fc.anything({ withNullPrototype: true, withObjectString: true }), (raw) => {
        const { settings } = recoverSettings(raw);
        expect(SettingsSchema.safeParse(settings).success).toBe(true);
      }),
      { numRuns: 500 },
    );
    fc.assert(
      fc.property(settingsArb, (settings) => {
        expect(recoverSettings(settings)).toEqual({ settings: SettingsSchema.parse(settings), corrupt: false });
      }),
      { numRuns: 100 },
    );
  }, PROPERTY_TIMEOUT);
});
