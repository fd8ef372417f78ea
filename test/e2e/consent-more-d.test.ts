import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext } from 'playwright-core';
import { launch, type TestBrowser, type TestPage } from '../harness/browsers';
import { startSiteServer, type SiteServer } from '../harness/site-server';
import type { PurposeChoices, PurposeOrNecessary } from '../../utils/settings/purposes';
import { ALL_ALLOWED, ALL_DENIED, resultFor, setChoices } from './consent-engine-helpers';

/**
 * Consent managers of issue 5, batch D (Shopify's privacy banner, Termly, Civic Cookie Control), end to end in
 * Chromium: all denied, all allowed and mixed choices. Asserts per category what the manager itself stored
 * (parsed here, independently of the rules), that no denied purpose is granted, that the banner is not
 * visible at the end and was visible in no animation frame.
 */
const MIXED: PurposeChoices = { ...ALL_DENIED, analytics: true, social: true };
const CHOICES: [string, PurposeChoices][] = [['all denied', ALL_DENIED], ['all allowed', ALL_ALLOWED], ['mixed', MIXED]];

/** What the page's scripts see: its cookies (name → raw value) and localStorage. */
interface SiteStorage {
  cookies: Record<string, string>;
  local: Record<string, string>;
}

interface Fixture {
  name: string;
  url: string;
  /** The manager's own categories as granted or not; null before it stored an answer. */
  parse: (s: SiteStorage) => Record<string, boolean> | null;
  purposeOf: Record<string, PurposeOrNecessary>;
  /** Everything of the banner the person could see. */
  banner: string[];
  /** Any further check of what was stored. */
  extra?: (s: SiteStorage, choices: PurposeChoices) => void;
}

const FIXTURES: Fixture[] = [
  {
    name: 'Shopify privacy banner',
    url: 'http://shopify.example.com/',
    parse({ cookies }) {
      const raw = cookies._tracking_consent;
      return raw ? (JSON.parse(decodeURIComponent(raw)) as { purposes: Record<string, boolean> }).purposes : null;
    },
    purposeOf: { a: 'analytics', p: 'functional', m: 'advertising', t: 'advertising' },
    banner: ['#shopify-pc__banner', '#shopify-pc__prefs'],
    extra({ cookies }, choices) {
      // The per-field record the Customer Privacy API reads agrees, sale of data included.
      const con = (JSON.parse(decodeURIComponent(cookies._tracking_consent!)) as { con: { CMP: Record<string, string> } }).con.CMP;
      const flag = (on: boolean) => (on ? '1' : '0');
      expect(con).toEqual({ a: flag(choices.analytics), m: flag(choices.advertising), p: flag(choices.functional), s: flag(choices.advertising) });
    },
  },
  {
    name: 'Termly',
    url: 'http://termly.example.com/',
    parse({ local }) {
      const raw = local.TERMLY_API_CACHE;
      if (!raw) return null;
      return (JSON.parse(raw) as { TERMLY_COOKIE_CONSENT?: { value: Record<string, boolean> } }).TERMLY_COOKIE_CONSENT?.value ?? null;
    },
    purposeOf: {
      essential: 'necessary', performance: 'functional', analytics: 'analytics', advertising: 'advertising', social_networking: 'social', unclassified: 'other',
    },
    banner: ['#termly-code-snippet-support [data-tid=banner]', '#termly-code-snippet-support .t-preference-modal'],
  },
  {
    name: 'Civic Cookie Control',
    url: 'http://civic.example.co.uk/',
    parse({ cookies }) {
      const raw = cookies.CookieControl;
      if (!raw) return null;
      const value = JSON.parse(decodeURIComponent(raw)) as { interactedWith: boolean; optionalCookies: Record<string, string> };
      if (!value.interactedWith) return null;
      return Object.fromEntries(Object.entries(value.optionalCookies).map(([k, v]) => [k, v === 'accepted']));
    },
    purposeOf: { analytics: 'analytics', marketing: 'advertising', social: 'social' },
    banner: ['#ccc-notify', '#ccc-module', '#ccc-overlay'],
    extra({ cookies }, choices) {
      const { acceptedCategories } = JSON.parse(decodeURIComponent(cookies.CookieControl!)) as { acceptedCategories: string[] };
      const wanted = ['essentials', ...(['analytics', 'marketing', 'social'] as const).filter((g) => choices[g === 'marketing' ? 'advertising' : g])];
      expect(acceptedCategories).toEqual(wanted);
    },
  },
];

function readStorage(page: TestPage): Promise<SiteStorage> {
  return page.evaluate(() => {
    const cookies: Record<string, string> = {};
    for (const part of document.cookie.split('; ').filter(Boolean)) cookies[part.slice(0, part.indexOf('='))] = part.slice(part.indexOf('=') + 1);
    const local: Record<string, string> = {};
    for (let i = 0; i < localStorage.length; i++) local[localStorage.key(i)!] = localStorage.getItem(localStorage.key(i)!)!;
    return { cookies, local };
  });
}

/** A site's own storage emptied, so its banner shows again. */
async function resetSite(page: TestPage, url: string): Promise<void> {
  await page.goto(new URL('/__reset', url).href);
  await page.evaluate(() => {
    for (const part of document.cookie.split('; ')) {
      const name = part.split('=')[0];
      if (name) document.cookie = `${name}=; path=/; max-age=0`;
    }
    localStorage.clear();
  });
}

/**
 * Visible-frame sampler, run in the page: with `once`, whether a banner element is visible now (laid out,
 * no ancestor hidden or transparent); else installed before the page's scripts to count, per animation
 * frame, frames where the banner is present and where it is visible.
 */
function bannerSampler({ selectors, once }: { selectors: string[]; once: boolean }): boolean {
  const visible = (el: Element): boolean => {
    if (!el.isConnected || el.getClientRects().length === 0) return false;
    for (let node: Element | null = el; node; node = node.parentElement) {
      const style = getComputedStyle(node);
      if (style.display === 'none' || style.visibility === 'hidden' || Number(style.opacity) === 0) return false;
    }
    return true;
  };
  const found = () => selectors.flatMap((sel) => Array.from(document.querySelectorAll(sel)));
  if (once) return found().some(visible);
  const frames = { visible: 0, present: 0 };
  (window as unknown as { __moreDFrames: typeof frames }).__moreDFrames = frames;
  const sample = () => {
    const els = found();
    if (els.length) frames.present++;
    if (els.some(visible)) frames.visible++;
    requestAnimationFrame(sample);
  };
  requestAnimationFrame(sample);
  return false;
}

describe('consent managers, batch D: chromium', () => {
  let server: SiteServer;
  let browser: TestBrowser;
  let n = 0;

  beforeAll(async () => {
    server = await startSiteServer();
    // CK_CHROME_DIR: a private copy of the build, when others rebuild .output meanwhile.
    const extensionDir = process.env.CK_CHROME_DIR;
    browser = await launch('chromium', { proxy: server.proxy, ...(extensionDir ? { extensionDir } : {}) });
    const context = (browser as Partial<TestBrowser & { context: BrowserContext }>).context;
    await context?.addInitScript(bannerSampler, { selectors: FIXTURES.flatMap((f) => f.banner), once: false });
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  for (const fixture of FIXTURES) {
    for (const [label, choices] of CHOICES) {
      it(`${fixture.name}: ${label}`, async () => {
        await setChoices(browser, choices);
        const page = await browser.newPage();
        await resetSite(page, fixture.url);
        const tag = `run=d-${Date.now()}-${n++}`;
        await page.goto(`${fixture.url}?${tag}`);
        const result = await resultFor(browser, tag, 15_000);
        let stored: Record<string, boolean> | null = null;
        for (let i = 0; i < 20 && !stored; i++) {
          stored = fixture.parse(await readStorage(page));
          if (!stored) await new Promise((r) => setTimeout(r, 100));
        }
        expect(result, JSON.stringify(result)).toMatchObject({ outcome: 'done', verified: true, violation: false });
        expect(stored, 'stored consent').not.toBeNull();
        for (const [category, purpose] of Object.entries(fixture.purposeOf)) {
          expect(stored![category], `${category} (${purpose})`).toBe(purpose === 'necessary' || choices[purpose]);
        }
        fixture.extra?.(await readStorage(page), choices);
        expect(await page.evaluate(bannerSampler, { selectors: fixture.banner, once: true }), 'banner visible at the end').toBe(false);
        const frames = await page.evaluate(() => (window as unknown as { __moreDFrames: { visible: number; present: number } }).__moreDFrames);
        expect(frames.present, 'the manager did show its banner').toBeGreaterThan(0);
        expect(frames.visible, 'frames in which the banner was visible').toBe(0);
        await page.close();
      });
    }
  }
});
