import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

describe('npm run analyze-policy', () => {
  it('prints one JSON line per file in input order, an error line for an unreadable one, and exits 1', () => {
    const seed = 'test/fixtures/policies/imaweb-privacy-policy.txt';
    const fr = 'test/fixtures/policies/corpus/fr-faimaison-mentions-legales.html';
    const run = spawnSync('node_modules/.bin/tsx', ['scripts/analyze-policy.ts', seed, 'no/such/file.txt', fr], {
      encoding: 'utf8',
    });
    expect(run.status).toBe(1);
    const lines = run.stdout.trim().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(lines.map((l) => l.file)).toEqual([seed, 'no/such/file.txt', fr]);
    expect(lines[0]).toMatchObject({
      language: 'en',
      contact: 'dpo-cloud@imaweb.com',
      emails: [{ address: 'dpo-cloud@imaweb.com', role: 'dpo' }],
      company: 'Imaweb France',
      country: 'fr',
      authority: { name: 'CNIL', country: 'fr' },
      sharesWithPartners: true,
    });
    expect(lines[1]).toEqual({ file: 'no/such/file.txt', error: 'ENOENT' });
    expect(lines[2]).toMatchObject({ contact: 'bureau@faimaison.net', language: 'fr' });
    expect(run.stderr).toContain('cannot read no/such/file.txt');
  }, 30_000);
});
