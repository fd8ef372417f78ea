/**
 * Issue 3's busy page (busy.bench.test: ~3,000 nodes, a change every 16 ms for 8 s, no banner): main-thread
 * script time (CDP Performance.getMetrics ScriptDuration) without an extension and with each build under
 * test, and each build's content-script own time from the sampling profiler. Runs are interleaved (one of
 * each per round) so a slow moment of the shared machine touches every side.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { BrowserContext } from 'playwright-core';
import { launchChromium } from '../../../test/harness/browsers';
import { median, ownTime, spread, type CpuProfile } from './profile';

const BUSY_URL = 'http://busy.bench.test/';
/** Past the watch (a few seconds after load) and the page's own 8 s of changes. */
const SETTLE_MS = 9_000;

export interface Build {
  label: string;
  dir: string;
}

export interface BusyFigures {
  /** ScriptDuration (ms) per run: without extension, then per build label. */
  none: number[];
  withExt: Record<string, number[]>;
  own: Record<string, number[]>;
  /** Per build: own time by function, summed over the runs then divided by the run count. */
  byFunction: Record<string, [string, number][]>;
  /** Load average at start and end. */
  load: string;
}

async function scriptMs(context: BrowserContext): Promise<number> {
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  await page.goto(BUSY_URL, { waitUntil: 'load' });
  await page.waitForTimeout(SETTLE_MS);
  const { metrics } = await cdp.send('Performance.getMetrics');
  await page.close();
  return (metrics.find((m) => m.name === 'ScriptDuration')?.value ?? NaN) * 1000;
}

async function profileRun(context: BrowserContext): Promise<CpuProfile> {
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
  await cdp.send('Profiler.start');
  await page.goto(BUSY_URL, { waitUntil: 'load' });
  await page.waitForTimeout(SETTLE_MS);
  const { profile } = await cdp.send('Profiler.stop');
  await page.close();
  return profile as CpuProfile;
}

/**
 * "Without": the same browser flags and a do-nothing extension (a service worker, no content script), so
 * the only difference measured is the content script.
 */
function stubExtension(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ck-bench-stub-'));
  fs.writeFileSync(path.join(dir, 'manifest.json'), JSON.stringify({ manifest_version: 3, name: 'stub', version: '1', background: { service_worker: 'bg.js' } }));
  fs.writeFileSync(path.join(dir, 'bg.js'), '');
  return dir;
}

const isContentScript = (url: string) => /^chrome-extension:.*content-scripts/.test(url);

export async function busyPage(proxy: string, builds: readonly Build[], runs: number): Promise<BusyFigures> {
  const load = () => os.loadavg().map((l) => l.toFixed(1)).join(' ');
  const startLoad = load();
  const stubDir = stubExtension();
  const plain = await launchChromium({ proxy, extensionDir: stubDir });
  const exts = await Promise.all(builds.map((b) => launchChromium({ proxy, extensionDir: b.dir })));
  const figures: BusyFigures = { none: [], withExt: {}, own: {}, byFunction: {}, load: '' };
  const sums = builds.map(() => new Map<string, number>());
  for (const b of builds) {
    figures.withExt[b.label] = [];
    figures.own[b.label] = [];
  }
  try {
    for (let i = 0; i < runs; i++) {
      figures.none.push(await scriptMs(plain.context));
      for (const [k, b] of builds.entries()) {
        figures.withExt[b.label]!.push(await scriptMs(exts[k]!.context));
        const own = ownTime(await profileRun(exts[k]!.context), isContentScript);
        figures.own[b.label]!.push(own.ms);
        for (const [fn, ms] of own.byFunction) sums[k]!.set(fn, (sums[k]!.get(fn) ?? 0) + ms);
      }
    }
  } finally {
    await plain.close();
    await Promise.all(exts.map((e) => e.close()));
    fs.rmSync(stubDir, { recursive: true, force: true });
  }
  for (const [k, b] of builds.entries()) {
    figures.byFunction[b.label] = [...sums[k]!].map(([fn, ms]) => [fn, ms / runs] as [string, number]).sort((x, y) => y[1] - x[1]);
  }
  figures.load = `${startLoad} → ${load()}`;
  return figures;
}

/** The lines the bench prints for the busy page. */
export function busyReport(f: BusyFigures, top = Number(process.env.BENCH_TOP ?? 0)): string[] {
  const none = median(f.none);
  const lines = [`busy page, no banner (load average 1/5/15 min: ${f.load}): ScriptDuration without extension ${none.toFixed(1)} ms (runs ${spread(f.none)})`];
  for (const [label, xs] of Object.entries(f.withExt)) {
    const extra = median(xs) - none;
    // Paired by round: each round's difference, so a slow round does not count against one side only.
    const paired = xs.map((x, i) => x - f.none[i]!);
    lines.push(
      `  ${label}: with ${median(xs).toFixed(1)} ms (runs ${spread(xs)}): ${extra >= 0 ? '+' : ''}${extra.toFixed(1)} ms; ` +
        `median of per-round differences ${median(paired).toFixed(1)} ms (${spread(paired)}) (target ≤ 10 ms); ` +
        `content script's own time (sampling profiler) ${median(f.own[label]!).toFixed(1)} ms (runs ${spread(f.own[label]!)})`,
    );
    for (const [fn, ms] of f.byFunction[label]!.slice(0, top)) lines.push(`      ${ms.toFixed(2).padStart(7)} ms  ${fn}`);
  }
  return lines;
}
