/**
 * Issue 3's benchmark, in real Chromium, medians of RUNS runs:
 * - a busy page with no banner (busy.bench.test: ~3,000 nodes, DOM changes every 16 ms): main-thread script
 *   time (CDP Performance.getMetrics ScriptDuration) without the extension and with it;
 * - banner pages (every rule's first fixture, all purposes denied): time from navigation to the answer
 *   read back from what the manager stored (the engine's `ms`), and the number of frames in which the
 *   banner was visible (a sampler added before any page script checks the rule's `showing` elements on
 *   every animation frame: laid out, not hidden, no ancestor at opacity 0);
 * - the content script's size (minified, as built).
 * Run `npx wxt build` first (or set EXTENSION_DIR to a copy of .output/chrome-mv3).
 */
import fs from 'node:fs';
import path from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { tsImport } from 'tsx/esm/api';
import { CHROME_DIR, launchChromium } from '../../test/harness/browsers';
import { busyPage, busyReport, type Build } from './busy/page';
import { median } from './busy/profile';
import { ROOT, startSiteServer } from '../../test/harness/site-server';
import type { Rule } from '../../utils/consent/rule-schema';
import type { ConsentLogEntry } from '../../utils/consent/result-schema';

const RUNS = Number(process.env.BENCH_RUNS ?? 5);
/** The built extension (EXTENSION_DIR: a private copy, when other builds may rewrite .output meanwhile). */
const EXT_DIR = process.env.EXTENSION_DIR ?? CHROME_DIR;
/**
 * Builds compared on the busy page, `label=dir,label=dir` (e.g. a build with 8 rules against one with all,
 * or before/after a change); default: EXT_DIR alone.
 */
const BUILDS: Build[] = (process.env.BENCH_BUILDS ?? `extension=${EXT_DIR}`).split(',').map((pair) => {
  const [label, dir] = pair.split('=');
  return { label: label!, dir: dir! };
});

/**
 * Counts frames where any of `selectors` (light DOM, or first shadow level) is visible; runs before page
 * scripts, in the page and in every frame (tells the bench on the console, which hears all frames).
 */
function frameSampler(selectors: string[]): void {
  const w = window as unknown as { __ckVisibleFrames: number; __ckBannerAt: number | null; __ckFrames: number };
  w.__ckVisibleFrames = 0;
  w.__ckFrames = 0;
  w.__ckBannerAt = null;
  const shown = (el: Element) => {
    if (el.getClientRects().length === 0) return false;
    for (let node: Node | null = el; node; node = node.parentNode ?? (node as ShadowRoot).host ?? null) {
      if (!(node instanceof Element)) continue;
      const s = getComputedStyle(node);
      if (s.display === 'none' || s.visibility === 'hidden' || Number(s.opacity) === 0) return false;
    }
    return true;
  };
  const find = (sel: string): Element[] => {
    const [light, deep] = sel.split('>>>').map((p) => p.trim());
    const hosts = Array.from(document.querySelectorAll(light!));
    return deep ? hosts.flatMap((h) => (h.shadowRoot ? Array.from(h.shadowRoot.querySelectorAll(deep)) : [])) : hosts;
  };
  const sample = () => {
    w.__ckFrames++;
    try {
      const present = selectors.flatMap((s) => s.split(',').flatMap(find));
      // The manager is ready: its banner is in the page, laid out (our prehide makes it transparent only).
      // Told on the console too, in time since the epoch: a manager in a frame is ready when its frame's banner is.
      if (w.__ckBannerAt === null && present.some((el) => el.getClientRects().length > 0)) {
        w.__ckBannerAt = performance.now();
        console.debug(`__ck_ready ${performance.timeOrigin + w.__ckBannerAt}`);
      }
      if (present.some(shown)) {
        w.__ckVisibleFrames++;
        console.debug('__ck_visible');
      }
    } catch {
      /* a selector this sampler cannot read */
    }
    requestAnimationFrame(sample);
  };
  requestAnimationFrame(sample);
}

async function loadRules(): Promise<Rule[]> {
  const dir = path.join(ROOT, 'utils/consent/rules');
  const files = fs.readdirSync(dir).filter((f) => f.endsWith('.ts') && f !== 'index.ts');
  return Promise.all(files.map(async (f) => ((await tsImport(path.join(dir, f), import.meta.url)) as { default: Rule }).default));
}

function fixtureUrl(fixture: string): string {
  const m = /^sites\/([^/]+)\/?(.*)$/.exec(fixture)!;
  return `http://${m[1]}/${m[2]!.replace(/(^|\/)index\.html$/, '$1')}`;
}

async function logEntries(ext: BrowserContext, base: string): Promise<ConsentLogEntry[]> {
  const page = await ext.newPage();
  await page.goto(base + 'popup.html');
  const log = await page.evaluate(async () => ((await chrome.storage.local.get('consentLog')).consentLog ?? []) as unknown[]);
  await page.close();
  return log as ConsentLogEntry[];
}

interface BannerFigures {
  rule: string;
  ms: number;
  /** From the banner's first frame laid out (in the page, or in the manager's own frame for a frame rule) to the answer read back. */
  afterReady: number;
  visibleFrames: number;
  /** Frames the sampler saw in all (a sampler that saw none proves nothing). */
  sampledFrames: number;
  outcomes: string;
}

async function bannerPages(proxy: string): Promise<BannerFigures[]> {
  // BENCH_ONLY=id,id: those rules only (while tuning one manager).
  const only = process.env.BENCH_ONLY?.split(',');
  const rules = (await loadRules()).filter((r) => r.id !== 'engine-aon' && (!only || only.includes(r.id)));
  const ext = await launchChromium({ proxy, extensionDir: EXT_DIR });
  const setup = await ext.context.newPage();
  await setup.goto(ext.extensionBase + 'popup.html');
  await setup.evaluate(() =>
    chrome.storage.local.set({ settings: { version: 1, onboarded: true, sites: {}, purposes: { functional: false, analytics: false, advertising: false, personalization: false, social: false, other: false } } }),
  );
  await setup.close();
  const out: BannerFigures[] = [];
  for (const rule of rules.sort((a, b) => a.id.localeCompare(b.id))) {
    const url = fixtureUrl(rule.fixtures[0]!) + (rule.id === 'engine-test' ? '?always=1' : '');
    const ms: number[] = [];
    const afterReady: number[] = [];
    const sampledFrames: number[] = [];
    const frames: number[] = [];
    const outcomes = new Set<string>();
    for (let i = 0; i < RUNS; i++) {
      // A fresh context per run: the manager must ask again (no stored answer).
      await ext.context.clearCookies();
      const page: Page = await ext.context.newPage();
      // Every frame's sampler tells when the rule's banner was first laid out there (the page's or a frame's).
      const readyAt: number[] = [];
      let visibleInAnyFrame = 0;
      page.on('console', (m) => {
        const ready = /^__ck_ready (\S+)$/.exec(m.text());
        if (ready) readyAt.push(Number(ready[1]));
        if (m.text() === '__ck_visible') visibleInAnyFrame++;
      });
      // As source text: tsx wraps functions in a `__name` helper the page does not have.
      await page.addInitScript({ content: `var __name = (f) => f; (${frameSampler.toString()})(${JSON.stringify(rule.detect.showing)});` });
      const tag = `${url.includes('?') ? '&' : '?'}bench=${Date.now()}${i}`;
      await page.goto(url + tag, { waitUntil: 'load' }).catch(() => {});
      let entry: ConsentLogEntry | undefined;
      // The page's own entry: the answer read back where the page stored it, on the page's clock. A manager's
      // frame (whose URL may carry the page's) reports too, on its own clock: taken only if the page has none.
      const ours = (e: ConsentLogEntry) => e.url.includes(tag.slice(1));
      for (let t = 0; t < 40; t++) {
        await page.waitForTimeout(250);
        const entries = (await logEntries(ext.context, ext.extensionBase)).filter(ours);
        entry = entries.find((e) => e.frame === 'top') ?? entries[0];
        if (entry?.frame === 'top' || (entry && t >= 8)) break;
      }
      await page.waitForTimeout(300);
      const sampled = await page
        .evaluate(() => {
          const w = window as unknown as { __ckVisibleFrames: number; __ckBannerAt: number | null; __ckFrames: number };
          return { frames: w.__ckVisibleFrames, origin: performance.timeOrigin, sampled: w.__ckFrames };
        })
        .catch(() => ({ frames: NaN, origin: NaN, sampled: 0 }));
      sampledFrames.push(sampled.sampled);
      // The page's frames and its sub-frames' (a manager's own frame): each frame with the banner visible.
      frames.push(Math.max(sampled.frames, visibleInAnyFrame));
      if (entry) ms.push(entry.ms);
      // The answer (the page's entry: the top frame's clock) from the first moment the banner was laid out in any frame.
      if (entry?.frame === 'top' && readyAt.length) afterReady.push(sampled.origin + entry.ms - Math.min(...readyAt));
      outcomes.add(entry ? `${entry.outcome}${entry.verified ? '+verified' : ''}` : 'no result');
      await page.evaluate(() => localStorage.clear()).catch(() => {});
      await page.close();
    }
    out.push({ rule: rule.id, ms: median(ms), afterReady: median(afterReady), visibleFrames: Math.max(...frames), sampledFrames: median(sampledFrames), outcomes: [...outcomes].join(' ') });
  }
  await ext.close();
  return out;
}

export async function run(): Promise<void> {
  // Builds before the content script became an unlisted script had it at content-scripts/content.js.
  const script = ['content-script.js', 'content-scripts/content.js'].map((f) => path.join(EXT_DIR, f)).find((f) => fs.existsSync(f))!;
  const size = fs.statSync(script).size;
  const engineSize = fs.statSync(path.join(EXT_DIR, 'consent-engine.js')).size;
  const server = await startSiteServer();
  try {
    // BENCH_PART=busy|banners runs one half (while tuning).
    const part = process.env.BENCH_PART;
    const busy = part === 'banners' ? null : await busyPage(server.proxy, BUILDS, RUNS);
    const banners = part === 'busy' ? [] : await bannerPages(server.proxy);
    console.log(`runs: ${RUNS} (medians)`);
    console.log(`content script: ${(size / 1024).toFixed(1)} KB minified (target ≤ 40 KB); engine, injected on banner pages only: ${(engineSize / 1024).toFixed(1)} KB`);
    if (busy) for (const line of busyReport(busy)) console.log(line);
    console.log('banner pages (all denied): navigation → answer stored and read back | banner in page → answer (target ≤ 300 ms) | max visible banner frames (target 0)');
    const ms = (x: number) => (Number.isNaN(x) ? '—' : `${Math.round(x)} ms`).padStart(8);
    for (const b of banners) console.log(`  ${b.rule.padEnd(28)} ${ms(b.ms)} | ${ms(b.afterReady)} | ${b.visibleFrames} visible of ${b.sampledFrames} sampled frames  ${b.outcomes}`);
  } finally {
    await server.close();
  }
}
