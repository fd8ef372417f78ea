import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { RULES } from '../../utils/consent/rules';
import { RuleSchema } from '../../utils/consent/rule-schema';
import { MAIN_WORLD } from '../../utils/consent/main-world';
import { READERS } from '../../utils/consent/readers';
import { ruleFiles } from '../../utils/consent/build/detect-plugin';

const ROOT = path.resolve(import.meta.dirname, '../..');
const FIXTURES = path.join(ROOT, 'test/fixtures');
const E2E = path.join(ROOT, 'test/e2e');
const e2eTexts = fs
  .readdirSync(E2E)
  .filter((f) => f.endsWith('.test.ts'))
  .map((f) => fs.readFileSync(path.join(E2E, f), 'utf8'));

/** How a test reaches a fixture: its host, and the path below it (`''` for the site's home page). */
function fixtureAddress(fixture: string): { host: string; rest: string } | null {
  const m = /^sites\/([^/]+)\/?(.*)$/.exec(fixture);
  if (!m) return null;
  return { host: m[1]!, rest: m[2]!.replace(/(^|\/)index\.html$/, '').replace(/\/$/, '') };
}

/** Opened by some e2e file: it names the host, and the path when it is not the home page (URLs may be built). */
function exercised({ host, rest }: { host: string; rest: string }): boolean {
  return e2eTexts.some((text) => text.includes(host) && (!rest || text.includes(rest)));
}

function stepNames(value: unknown, out: { calls: string[] } = { calls: [] }): { calls: string[] } {
  if (Array.isArray(value)) value.forEach((v) => stepNames(v, out));
  else if (value && typeof value === 'object') {
    for (const [key, v] of Object.entries(value)) {
      if (key === 'call' && typeof v === 'string') out.calls.push(v);
      else stepNames(v, out);
    }
  }
  return out;
}

describe('consent rules registry', () => {
  it('holds every rule file of utils/consent/rules, ids unique and equal to the file name', () => {
    const files = ruleFiles(path.join(ROOT, 'utils/consent/rules')).map((f) => path.basename(f, '.ts'));
    expect(RULES.map((r) => r.id).sort()).toEqual(files.sort());
  });

  for (const rule of RULES) {
    describe(rule.id, () => {
      it('is valid by RuleSchema', () => {
        const parsed = RuleSchema.safeParse(rule);
        expect(parsed.success ? [] : parsed.error.issues).toEqual([]);
      });

      it('names only main-world functions and readers that exist', () => {
        const calls = stepNames([rule.actions, rule.repair, rule.detect]).calls;
        const reader = rule.stored?.reader;
        if (reader?.startsWith('main:')) calls.push(reader.slice(5));
        else if (reader) expect(Object.keys(READERS)).toContain(reader);
        for (const fn of calls) expect(Object.keys(MAIN_WORLD)).toContain(fn);
      });

      it('has fixtures that exist and that an end-to-end test opens', () => {
        for (const fixture of rule.fixtures) {
          expect(fs.existsSync(path.join(FIXTURES, fixture)), `${fixture} exists under test/fixtures`).toBe(true);
          const address = fixtureAddress(fixture);
          expect(address, `${fixture} is a site under sites/`).not.toBeNull();
          expect(exercised(address!), `an e2e test opens ${address!.host}/${address!.rest}`).toBe(true);
        }
      });

      it('has selectors a browser accepts', () => {
        const selectors = [...rule.detect.present, ...rule.detect.showing, ...(rule.prehide ?? [])];
        for (const s of selectors) expect(s, 'no empty alternative').not.toMatch(/(^|,)\s*(,|$)/);
      });
    });
  }
});
