/**
 * Issue 3's busy page (busy.bench.test: ~3,000 nodes, a change every 16 ms for 8 s, no banner): main-thread
 * script time (CDP Performance.getMetrics ScriptDuration) without an extension and with each build under
 * test, the same as main-thread CPU time from a trace (steadier on a loaded machine), and each build's
 * content-script own time from the sampling profiler and from the trace. Runs are interleaved (one of
 * each per round) so a slow moment of the shared machine touches every side.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { BrowserContext } from 'playwright-core';
import { launchChromium } from '../../../test/harness/browsers';
import { median, ownTime, spread, type CpuProfile } from './profile';
import { scriptCpu, type ScriptCpu, type TraceEvent } from './trace';

const BUSY_URL = 'http://busy.bench.test/';
/** The content script: content-script.js (older builds, compared with BENCH_BUILDS: content-scripts/content.js). */
const isContentScript = (url: string) => /^chrome-extension:\/\/[^/]+\/content-script(?:s\/content)?\.js/.test(url);
/** Past the watch (a few seconds after load) and the page's own 8 s of changes. */
const SETTLE_MS = 9_000;

export interface Build {
  label: string;
  dir: string;
}

export interface BusyFigures {
  /** Per run, without extension: ScriptDuration (wall) and trace CPU of all script. */
  none: ScriptRun[];
  /** Per build label, per run. */
  withExt: Record<string, ScriptRun[]>;
  /** Per build label, per run: the content script's time in the sampling profiler (wall). */
  own: Record<string, number[]>;
  /** Per build: own time by function, summed over the runs then divided by the run count. */
  byFunction: Record<string, [string, number][]>;
  /** Load average at start and end. */
  load: string;
}

interface ScriptRun {
  /** ScriptDuration, ms of wall-clock time. */
  wall: number;
  /** From the trace: ms of main-thread CPU in script, in all and in the content script. */
  cpu: ScriptCpu;
}

async function scriptRun(context: BrowserContext, label: string): Promise<ScriptRun> {
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  await cdp.send('Tracing.start', { categories: 'devtools.timeline', transferMode: 'ReturnAsStream' });
  await page.goto(BUSY_URL, { waitUntil: 'load' });
  await page.waitForTimeout(SETTLE_MS);
  const { metrics } = await cdp.send('Performance.getMetrics');
  const complete = new Promise<string>((resolve) => cdp.once('Tracing.tracingComplete', (e) => resolve(e.stream!)));
  await cdp.send('Tracing.end');
  const stream = await complete;
  let text = '';
  for (;;) {
    const chunk = await cdp.send('IO.read', { handle: stream });
    text += chunk.base64Encoded ? Buffer.from(chunk.data, 'base64').toString() : chunk.data;
    if (chunk.eof) break;
  }
  await cdp.send('IO.close', { handle: stream });
  await page.close();
  // BENCH_TRACE_DIR: keep the last trace of each side, to open in DevTools' Performance panel.
  if (process.env.BENCH_TRACE_DIR) fs.writeFileSync(path.join(process.env.BENCH_TRACE_DIR, `${label}.json`), text);
  const parsed = JSON.parse(text) as { traceEvents: TraceEvent[] } | TraceEvent[];
  const events = Array.isArray(parsed) ? parsed : parsed.traceEvents;
  return { wall: (metrics.find((m) => m.name === 'ScriptDuration')?.value ?? NaN) * 1000, cpu: scriptCpu(events, BUSY_URL, isContentScript) };
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

/** BENCH_OWN_ONLY=1: the profiler's own time only (half the time; while tuning on a loaded machine). */
const ownOnly = process.env.BENCH_OWN_ONLY === '1';
/** BENCH_PROFILE=0: no sampling-profiler runs (the trace's CPU figures only). */
const noProfile = process.env.BENCH_PROFILE === '0';

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
      if (!ownOnly) figures.none.push(await scriptRun(plain.context, 'without'));
      for (const [k, b] of builds.entries()) {
        if (!ownOnly) figures.withExt[b.label]!.push(await scriptRun(exts[k]!.context, b.label));
        if (noProfile) continue;
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

const signed = (x: number) => `${x >= 0 ? '+' : ''}${x.toFixed(1)}`;

/** The lines the bench prints for the busy page. */
export function busyReport(f: BusyFigures, top = Number(process.env.BENCH_TOP ?? 0)): string[] {
  const wall = (runs: ScriptRun[]) => runs.map((r) => r.wall);
  const cpu = (runs: ScriptRun[]) => runs.map((r) => r.cpu.all);
  const lines = [
    `busy page, no banner (load average 1/5/15 min: ${f.load}); without extension: ScriptDuration ${median(wall(f.none)).toFixed(1)} ms (runs ${spread(wall(f.none))}), ` +
      `script CPU (trace) ${median(cpu(f.none)).toFixed(1)} ms (runs ${spread(cpu(f.none))})`,
  ];
  for (const [label, runs] of Object.entries(f.withExt)) {
    // Paired by round: each round's difference, so a slow round does not count against one side only.
    const pairedWall = runs.map((r, i) => r.wall - f.none[i]!.wall);
    const pairedCpu = runs.map((r, i) => r.cpu.all - f.none[i]!.cpu.all);
    const ours = runs.map((r) => r.cpu.ours);
    if (runs.length)
      lines.push(
        `  ${label}: ScriptDuration ${median(wall(runs)).toFixed(1)} ms (runs ${spread(wall(runs))}), extra: difference of medians ${signed(median(wall(runs)) - median(wall(f.none)))} ms, ` +
          `median of per-round differences ${signed(median(pairedWall))} ms (${spread(pairedWall)}) (target ≤ 10 ms)`,
        `  ${label}: script CPU (trace) extra: difference of medians ${signed(median(cpu(runs)) - median(cpu(f.none)))} ms, per-round ${signed(median(pairedCpu))} ms (${spread(pairedCpu)}); ` +
          `the content script's own calls ${median(ours).toFixed(1)} ms CPU (runs ${spread(ours)})`,
      );
    lines.push(`  ${label}: content script's own time, sampling profiler (wall clock) ${median(f.own[label]!).toFixed(1)} ms (runs ${spread(f.own[label]!)})`);
    for (const [fn, ms] of f.byFunction[label]!.slice(0, top)) lines.push(`      ${ms.toFixed(2).padStart(7)} ms  ${fn}`);
  }
  return lines;
}
