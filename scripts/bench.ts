/**
 * `npm run bench`: runs every benchmark in scripts/bench/ (each module exports `run(): Promise<void>` and
 * prints its own figures), one after another so they do not disturb each other's timings.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const dir = path.join(path.dirname(fileURLToPath(import.meta.url)), 'bench');
const only = process.argv.slice(2);
for (const file of fs.readdirSync(dir).filter((f) => f.endsWith('.ts')).sort()) {
  if (only.length && !only.some((o) => file.includes(o))) continue;
  const mod = (await import(pathToFileURL(path.join(dir, file)).href)) as { run(): Promise<void> };
  console.log(`\n== ${file.replace(/\.ts$/, '')}`);
  await mod.run();
}
