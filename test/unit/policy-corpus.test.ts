import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyzePolicy } from '@/utils/rights/analyze';
import { FIELDS, fieldResults, type ExpectedAnswer, type Field } from '@/utils/rights/analyze/accuracy';

const dir = 'test/fixtures/policies/corpus';
const { files } = JSON.parse(fs.readFileSync(path.join(dir, 'answers.json'), 'utf8')) as {
  files: Record<string, ExpectedAnswer & { source: { repo: string; path: string } }>;
};
const names = Object.keys(files);

describe('corpus of real policies', () => {
  it('has at least 20 policies in at least 5 languages, each with its source and answers', () => {
    expect(names.length).toBeGreaterThanOrEqual(20);
    expect(new Set(names.map((n) => files[n]!.language)).size).toBeGreaterThanOrEqual(5);
    for (const n of names) {
      expect(fs.existsSync(path.join(dir, n)), n).toBe(true);
      expect(files[n]!.source.repo, n).toMatch(/^[\w.-]+\/[\w.-]+$/);
    }
    const onDisk = fs.readdirSync(dir).filter((f) => f !== 'answers.json');
    expect(onDisk.sort()).toEqual([...names].sort());
  });

  const right = Object.fromEntries(FIELDS.map((f) => [f, 0])) as Record<Field, number>;
  const misses: string[] = [];
  for (const n of names) {
    const results = fieldResults(analyzePolicy(fs.readFileSync(path.join(dir, n), 'utf8')), files[n]!);
    for (const f of FIELDS) if (results[f]) right[f]++;
    else misses.push(`${n}: ${f}`);
  }

  it('finds the right contact for at least 80% of them (per-field accuracy printed)', () => {
    const report = FIELDS.map((f) => `${f} ${Math.round((100 * right[f]) / names.length)}%`).join(', ');
    console.log(`policy corpus (${names.length}): ${report}${misses.length ? `\n  misses: ${misses.join('; ')}` : ''}`);
    expect(right.contact / names.length).toBeGreaterThanOrEqual(0.8);
    expect(right.language / names.length).toBeGreaterThanOrEqual(0.9);
  });
});
