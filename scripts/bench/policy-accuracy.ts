/** Per-field accuracy of analyzePolicy over the corpus of real policies (test/fixtures/policies/corpus). */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { analyzePolicy } from '../../utils/rights/analyze/index';
import { FIELDS, fieldResults, type ExpectedAnswer, type Field } from '../../utils/rights/analyze/accuracy';

const dir = path.join(path.dirname(fileURLToPath(import.meta.url)), '../../test/fixtures/policies/corpus');

export async function run(): Promise<void> {
  const { files } = JSON.parse(fs.readFileSync(path.join(dir, 'answers.json'), 'utf8')) as { files: Record<string, ExpectedAnswer> };
  const right = Object.fromEntries(FIELDS.map((f) => [f, 0])) as Record<Field, number>;
  const misses: string[] = [];
  let ms = 0;
  const names = Object.keys(files);
  for (const name of names) {
    const input = fs.readFileSync(path.join(dir, name), 'utf8');
    const t = performance.now();
    const got = analyzePolicy(input);
    ms += performance.now() - t;
    const results = fieldResults(got, files[name]!);
    for (const f of FIELDS) {
      if (results[f]) right[f]++;
      else misses.push(`${name} ${f}: got ${JSON.stringify(f === 'authority' ? got.authority?.country ?? null : got[f])}`);
    }
  }
  console.log(`${names.length} policies, ${(ms / names.length).toFixed(1)} ms each`);
  for (const f of FIELDS) console.log(`${f.padEnd(20)} ${((100 * right[f]) / names.length).toFixed(0).padStart(3)}%  (${right[f]}/${names.length})`);
  if (misses.length) console.log('misses:\n  ' + misses.join('\n  '));
}
