import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, type BrowserName, type TestBrowser, type TestPage } from '../harness/browsers';
import fs from 'node:fs';
import path from 'node:path';
import { ROOT, SITES_DIR, serveFile, startSiteServer, type SiteServer } from '../harness/site-server';
import type { ConsentLogEntry } from '../../utils/consent/result-schema';
import { isMixed, type Purpose, type PurposeChoices } from '../../utils/settings/purposes';
import { ALL_ALLOWED, ALL_DENIED } from './consent-engine-helpers';

/**
 * The four open-source consent managers, real libraries (test/fixtures/sites/<host>), end to end with the
 * built extension in Chromium and Firefox: all denied, all allowed, mixed. For each site the test knows, from
 * the fixture's own config and independently of the rules and the classifier, which purpose each service or
 * category serves, reads what the library stored from the page, and checks it is exactly the person's choice.
 */

/** Functional and analytics allowed, the rest denied: every fixture has purposes on both sides. */
const MIXED: PurposeChoices = { ...ALL_DENIED, functional: true, analytics: true };

type Stored = Record<string, boolean> | null;

interface Site {
  host: string;
  manager: string;
  /** The library's unit of consent (service or category) → the purpose it serves on this site. */
  units: Record<string, Purpose>;
  /** What the library stored, per unit, read in the page; null when nothing is stored. */
  read: () => Stored;
  /** All-or-nothing banner: mixed choices are refused. */
  allOrNothing?: boolean;
  /** Only a "Got it" button, which the library counts as consent. */
  infoOnly?: boolean;
  banner: string;
}

// Readers run in the page (serialised by the driver): self-contained.
function readTarteaucitron(): Stored {
  const raw = /(?:^|;\s*)tarteaucitron=([^;]*)/.exec(document.cookie)?.[1];
  if (!raw) return null;
  const out: Record<string, boolean> = {};
  for (const pair of decodeURIComponent(raw).split('!').filter(Boolean)) {
    const [key, value] = pair.split('=');
    if (value === 'true' || value === 'false') out[key!] = value === 'true';
  }
  return Object.keys(out).length ? out : null;
}
function readKlaroCookie(): Stored {
  const raw = /(?:^|;\s*)klaro=([^;]*)/.exec(document.cookie)?.[1];
  return raw ? (JSON.parse(decodeURIComponent(raw)) as Record<string, boolean>) : null;
}
function readKlaroStorage(): Stored {
  const raw = localStorage.getItem('northwind_consent');
  return raw ? (JSON.parse(decodeURIComponent(raw)) as Record<string, boolean>) : null;
}
function readOrestbida(): Stored {
  const raw = /(?:^|;\s*)cc_cookie=([^;]*)/.exec(document.cookie)?.[1];
  if (!raw) return null;
  const value = JSON.parse(decodeURIComponent(raw)) as { categories?: string[]; level?: string[]; services?: object };
  // v2 lists granted categories in `level`, v3 in `categories` with one `services` key per category.
  const granted = value.level ?? value.categories ?? [];
  const all = value.services ? Object.keys(value.services) : [...document.querySelectorAll<HTMLInputElement>('#cc--main input.c-tgl')].map((i) => i.value);
  return Object.fromEntries([...new Set([...all, ...granted])].map((c) => [c, granted.includes(c)]));
}
function readOrestbidaNl(): Stored {
  const raw = /(?:^|;\s*)spaak_consent=([^;]*)/.exec(document.cookie)?.[1];
  if (!raw) return null;
  const level = (JSON.parse(decodeURIComponent(raw)) as { level: string[] }).level;
  return Object.fromEntries(['analytisch', 'marketing', 'social'].map((c) => [c, level.includes(c)]));
}
function readOsano(): Stored {
  const status = /(?:^|;\s*)cookieconsent_status=([^;]*)/.exec(document.cookie)?.[1];
  return status ? { all: status === 'allow' || status === 'dismiss' } : null;
}

const ALL_PURPOSES: Record<string, Purpose> = {};
const ALL_SITES: Site[] = [
  {
    host: 'tac.example.fr',
    manager: 'tarteaucitron',
    units: { gtag: 'analytics', hotjar: 'analytics', facebookpixel: 'advertising', youtube: 'social', twitter: 'social', googlemapsembed: 'functional' },
    read: readTarteaucitron,
    banner: '#tarteaucitronAlertBig',
  },
  {
    host: 'tac.example.co.uk',
    manager: 'tarteaucitron',
    units: { matomocloud: 'analytics', linkedininsighttag: 'advertising', vimeo: 'social', facebook: 'social', crisp: 'other' },
    read: readTarteaucitron,
    banner: '#tarteaucitronAlertBig',
  },
  {
    host: 'klaro.example.de',
    manager: 'klaro',
    units: { matomo: 'analytics', googleAds: 'advertising', openstreetmap: 'functional', youtube: 'social' },
    read: readKlaroCookie,
    banner: '.klaro .cookie-notice',
  },
  {
    host: 'klaro.example.com',
    manager: 'klaro',
    units: { googleAnalytics: 'analytics', criteo: 'advertising', algoliaRecommend: 'personalization', zendesk: 'functional' },
    read: readKlaroStorage,
    banner: '.klaro .cookie-notice',
  },
  {
    host: 'cc3.example.com',
    manager: 'cookieconsent-orestbida-v3',
    units: { functionality: 'functional', analytics: 'analytics', targeting: 'advertising' },
    read: readOrestbida,
    banner: '#cc-main .cm',
  },
  {
    host: 'cc3.example.es',
    manager: 'cookieconsent-orestbida-v3',
    units: { analiticas: 'analytics', publicidad: 'advertising', personalizacion: 'personalization', redes: 'social' },
    read: readOrestbida,
    banner: '#cc-main .cm',
  },
  {
    host: 'cc2.example.es',
    manager: 'cookieconsent-orestbida-v2',
    units: { analiticas: 'analytics', publicidad: 'advertising', preferencias: 'functional' },
    read: readOrestbida,
    banner: '#cc--main #cm',
  },
  {
    host: 'cc2.example.nl',
    manager: 'cookieconsent-orestbida-v2',
    units: { analytisch: 'analytics', marketing: 'advertising', social: 'social' },
    read: readOrestbidaNl,
    banner: '#cc--main #cm',
  },
  // Opt-in (English), opt-out (French), info only (Italian).
  ...['osano-oss.example.com', 'osano-oss.example.fr', 'osano-oss.example.it'].map(
    (host): Site => ({
      host,
      manager: 'osano-cookieconsent',
      units: ALL_PURPOSES,
      read: readOsano,
      allOrNothing: true,
      infoOnly: host.endsWith('.it'),
      banner: '.cc-window',
    }),
  ),
];

// OSS_SITES=host1,host2 narrows a run while debugging one library.
const SITES = ALL_SITES.filter((s) => !process.env.OSS_SITES || process.env.OSS_SITES.split(',').includes(s.host));

/** Shown to the person: laid out, not hidden, not transparent (the prehide sheet makes banners transparent). */
function bannerVisible(selector: string): boolean {
  return [...document.querySelectorAll(selector)].some((el) => {
    for (let node: Element | null = el; node; node = node.parentElement) {
      const style = getComputedStyle(node);
      if (style.display === 'none' || style.visibility === 'hidden' || Number(style.opacity) === 0) return false;
    }
    return el.getClientRects().length > 0;
  });
}

/** Forgets what the site stored, from one of its pages, so the next visit finds the banner again. */
function forgetSite(): void {
  // Libraries set host-only cookies or cookies for `domain=<host>`: remove both kinds.
  for (const c of document.cookie.split(/;\s*/).filter(Boolean)) {
    for (const domain of ['', `; domain=${location.hostname}`]) document.cookie = `${c.split('=')[0]}=; path=/; max-age=0${domain}`;
  }
  localStorage.clear();
}

interface Visit {
  site: Site;
  result: ConsentLogEntry;
  stored: Stored;
  visible: boolean;
  /** Animation frames painted while the page loaded and the engine answered, and how many showed the banner. */
  frames: { total: number; visible: number };
}

/**
 * Counts, from the first frame, the frames in which the banner is visible to the person, so a flash before
 * the engine answers shows up. Test instrumentation added to the fixture's HTML as it is served, not part of
 * the fixture. `__BANNER__` is the site's banner selector.
 */
const FRAME_SAMPLER = `<script>(() => {
  const frames = (window.__ossFrames = { total: 0, visible: 0 });
  const shown = ${bannerVisible.toString()};
  const tick = () => { frames.total++; if (shown(__BANNER__)) frames.visible++; requestAnimationFrame(tick); };
  requestAnimationFrame(tick);
})();</script>`;

/** Serves a fixture site like the plain server, with the frame sampler first in its pages. */
function serveWithSampler(site: Site) {
  return (_req: unknown, res: import('node:http').ServerResponse, url: URL) => {
    const rel = decodeURIComponent(url.pathname);
    if (rel.startsWith('/__vendor/')) return void (serveFile(res, path.join(ROOT, 'node_modules', path.posix.normalize(rel.slice(9)))) || res.writeHead(404).end());
    const file = path.join(SITES_DIR, site.host, path.posix.normalize(rel), rel.endsWith('/') ? 'index.html' : '');
    if (!file.endsWith('.html') || !fs.existsSync(file)) return void (serveFile(res, file) || res.writeHead(404).end());
    const sampler = FRAME_SAMPLER.replace('__BANNER__', JSON.stringify(site.banner));
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
    res.end(fs.readFileSync(file, 'utf8').replace(/<head>/i, `<head>${sampler}`));
  };
}

type ExtStorage = { storage: { local: { get(k: string): Promise<Record<string, unknown>>; set(v: object): Promise<void> } } };

/**
 * One extension page kept open for the whole file: it writes the person's settings and reads the engine's
 * log (storage.local), far cheaper than opening an extension page per poll (slow in Firefox).
 */
class Extension {
  private constructor(private readonly page: TestPage) {}

  static async open(browser: TestBrowser): Promise<Extension> {
    const page = await browser.newPage();
    await page.goto(browser.extensionBase + 'popup.html');
    return new Extension(page);
  }

  setChoices(purposes: PurposeChoices): Promise<void> {
    return this.page.evaluate(
      (settings) => ((globalThis as unknown as { browser?: ExtStorage }).browser ?? (globalThis as unknown as { chrome: ExtStorage }).chrome).storage.local.set({ settings }),
      { version: 1, purposes, sites: {}, onboarded: true },
    );
  }

  async resultFor(urlPart: string, timeoutMs = 15_000): Promise<ConsentLogEntry> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const log = await this.page.evaluate(async () => {
        const api = (globalThis as unknown as { browser?: ExtStorage }).browser ?? (globalThis as unknown as { chrome: ExtStorage }).chrome;
        return ((await api.storage.local.get('consentLog')).consentLog ?? []) as ConsentLogEntry[];
      });
      const entry = log.find((e) => e.url.includes(urlPart));
      if (entry) return entry;
      if (Date.now() > deadline) throw new Error(`no consent result for ${urlPart}`);
      await new Promise((r) => setTimeout(r, 150));
    }
  }
}

let seq = 0;
/** One visit in a tab the caller owns; what the site stored is read, then forgotten for the next test. */
async function visit(page: TestPage, ext: Extension, site: Site, revealed: boolean): Promise<Visit> {
  const tag = `oss=${Date.now()}-${seq++}`;
  await page.goto(`http://${site.host}/?${tag}`);
  const started = Date.now();
  const result = await ext.resultFor(tag).catch(async (e: Error) => {
    await page.screenshot(`oss-${site.host}-noresult`);
    throw new Error(`${site.host}: ${e.message}`);
  });
  if (process.env.OSS_DEBUG) console.log(site.host, Date.now() - started, 'ms', JSON.stringify(result));
  // A refused banner is given back to the person once the engine lifts its prehide: wait for that.
  if (revealed) await page.waitFor(bannerVisible, site.banner, 5_000).catch(() => {});
  const stored = await page.evaluate(site.read);
  const visible = await page.evaluate(bannerVisible, site.banner);
  const frames = await page.evaluate(() => ({ ...(window as unknown as { __ossFrames: Visit['frames'] }).__ossFrames }));
  await page.evaluate(forgetSite);
  return { site, result, stored, visible, frames };
}

/**
 * Visits every site with the same choices. Chromium runs three tabs at once; Firefox throttles background
 * tabs (timers, animation frames) so much that libraries never finish showing there: one tab at a time.
 */
async function visitAll(browser: TestBrowser, ext: Extension, choices: PurposeChoices): Promise<Visit[]> {
  await ext.setChoices(choices);
  const out: Visit[] = [];
  const queue = [...SITES];
  const tabs = browser.name === 'chromium' ? 3 : 1;
  await Promise.all(
    Array.from({ length: tabs }, async () => {
      const page = await browser.newPage();
      try {
        for (let site = queue.shift(); site; site = queue.shift()) {
          out.push(await visit(page, ext, site, isMixed(choices) && site.allOrNothing === true));
        }
      } finally {
        await page.close();
      }
    }),
  );
  return out.sort((a, b) => SITES.indexOf(a.site) - SITES.indexOf(b.site));
}

/** Per unit, what the person's choices require the library to have stored. */
function expected(site: Site, choices: PurposeChoices): Record<string, boolean> {
  if (site.allOrNothing) return { all: Object.values(choices).every(Boolean) };
  return Object.fromEntries(Object.entries(site.units).map(([unit, purpose]) => [unit, choices[purpose]]));
}

function storedUnits(v: Visit): Record<string, boolean | null> | null {
  if (!v.stored) return null;
  const keys = v.site.allOrNothing ? ['all'] : Object.keys(v.site.units);
  return Object.fromEntries(keys.map((k) => [k, v.stored![k] ?? null]));
}

function deniedButGranted(v: Visit, choices: PurposeChoices): string[] {
  const units = storedUnits(v) ?? {};
  return Object.entries(units)
    .filter(([unit, granted]) => granted && !(v.site.allOrNothing ? Object.values(choices).every(Boolean) : choices[v.site.units[unit]!]))
    .map(([unit]) => `${v.site.host}:${unit}`);
}

for (const name of ['chromium', 'firefox'] as BrowserName[]) {
  describe(`open-source consent managers: ${name}`, () => {
    let server: SiteServer;
    let browser: TestBrowser;
    let ext: Extension;
    beforeAll(async () => {
      server = await startSiteServer();
      for (const site of SITES) server.route(site.host, serveWithSampler(site));
      browser = await launch(name, { proxy: server.proxy });
      ext = await Extension.open(browser);
    });
    afterAll(async () => {
      await browser?.close();
      await server?.close();
    });

    it('all denied: every library stores every optional purpose refused, banners gone', async () => {
      const visits = await visitAll(browser, ext, ALL_DENIED);
      for (const v of visits) {
        const where = `${v.site.host}: ${JSON.stringify(v.result)}`;
        expect(v.result.manager.id, where).toBe(v.site.manager);
        expect(v.result, where).toMatchObject({ outcome: 'done', action: 'rejectAll', violation: false });
        expect(v.visible, where).toBe(false);
        expect(v.frames.total, where).toBeGreaterThan(0);
        expect(v.frames.visible, where).toBe(0);
        if (v.site.infoOnly) {
          // "Got it" would be consent: the notice is hidden, nothing answered.
          expect(v.stored, where).toBeNull();
          continue;
        }
        expect(v.result.verified, where).toBe(true);
        expect(storedUnits(v), where).toEqual(expected(v.site, ALL_DENIED));
      }
      expect(visits.flatMap((v) => deniedButGranted(v, ALL_DENIED))).toEqual([]);
    });

    it('all allowed: every library stores every purpose granted', async () => {
      const visits = await visitAll(browser, ext, ALL_ALLOWED);
      for (const v of visits) {
        const where = `${v.site.host}: ${JSON.stringify(v.result)}`;
        expect(v.result, where).toMatchObject({ outcome: 'done', action: 'acceptAll', verified: true, violation: false });
        expect(v.visible, where).toBe(false);
        expect(v.frames.visible, where).toBe(0);
        expect(storedUnits(v), where).toEqual(expected(v.site, ALL_ALLOWED));
      }
    });

    it('mixed: per-purpose libraries store exactly the choice; all-or-nothing banners are left to the person', async () => {
      const visits = await visitAll(browser, ext, MIXED);
      for (const v of visits) {
        const where = `${v.site.host}: ${JSON.stringify(v.result)}`;
        if (v.site.allOrNothing) {
          expect(v.result, where).toMatchObject({ outcome: 'refused', action: null });
          expect(v.stored, where).toBeNull();
          expect(v.visible, where).toBe(true);
          continue;
        }
        expect(v.result, where).toMatchObject({ outcome: 'done', action: 'custom', verified: true, violation: false });
        expect(v.visible, where).toBe(false);
        expect(v.frames.visible, where).toBe(0);
        expect(storedUnits(v), where).toEqual(expected(v.site, MIXED));
      }
      expect(visits.flatMap((v) => deniedButGranted(v, MIXED))).toEqual([]);
    });
  });
}
