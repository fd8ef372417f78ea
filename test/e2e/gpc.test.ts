import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, type BrowserName, type TestBrowser, type TestPage } from '../harness/browsers';
import { startSiteServer, type SiteServer } from '../harness/site-server';
import { ALL_ALLOWED, ALL_DENIED } from './consent-engine-helpers';

/**
 * Global Privacy Control end to end: Sec-GPC on the document, a same-site subresource and a third-party
 * request, and navigator.globalPrivacyControl as the page's first script sees it, where advertising is
 * denied and where it is allowed, following the settings when they change.
 */
const DENIED_SITE = 'adsno.test';
const ALLOWED_SITE = 'adsyes.test';
const PARTNER = 'adpartner.test';

type Ext = {
  storage: { local: { set(v: object): Promise<void> } };
  declarativeNetRequest: { getDynamicRules(): Promise<{ id: number; condition: object }[]> };
  scripting: { getRegisteredContentScripts(): Promise<{ matches?: string[]; excludeMatches?: string[] }[]> };
};

/** A page whose first script records the property, loading a same-site script, an image and a partner's script. */
function page(nonce: string): string {
  return `<!doctype html><html><head><script>window.__gpcFirst = navigator.globalPrivacyControl;
window.__gpcDescriptor = JSON.stringify(Object.getOwnPropertyDescriptor(Navigator.prototype, 'globalPrivacyControl') ?? null, (k, v) => typeof v === 'function' ? 'fn' : v);</script>
<script src="/sub.js?n=${nonce}"></script><script src="http://${PARTNER}/ad.js?n=${nonce}"></script></head>
<body><img src="/pixel.svg?n=${nonce}" alt=""><p>gpc test</p><iframe src="/frame.html?n=${nonce}"></iframe></body></html>`;
}

/** A same-site frame telling its parent what its own first script saw. */
const frame = '<!doctype html><script>parent.__gpcFrame = String(navigator.globalPrivacyControl);</script>';

for (const name of ['chromium', 'firefox'] as BrowserName[]) {
  describe(`Global Privacy Control: ${name}`, () => {
    let server: SiteServer;
    let browser: TestBrowser;
    let settingsPage: TestPage;
    let tab: TestPage;
    let loads = 0;

    beforeAll(async () => {
      server = await startSiteServer();
      for (const host of [DENIED_SITE, ALLOWED_SITE, PARTNER, 'plain.test']) {
        server.route(host, (_req, res, url) => {
          const n = url.searchParams.get('n') ?? '';
          const [type, body] = url.pathname === '/' ? ['text/html; charset=utf-8', page(n)]
            : url.pathname === '/frame.html' ? ['text/html; charset=utf-8', frame]
            : url.pathname.endsWith('.svg') ? ['image/svg+xml', '<svg xmlns="http://www.w3.org/2000/svg" width="1" height="1"/>']
            : ['text/javascript', '/* nothing */'];
          res.writeHead(200, { 'content-type': type, 'cache-control': 'no-store' });
          res.end(body);
        });
      }
      browser = await launch(name, { proxy: server.proxy });
      settingsPage = await browser.newPage();
      await settingsPage.goto(browser.extensionBase + 'popup.html');
      tab = await browser.newPage();
    });
    afterAll(async () => {
      await browser?.close();
      await server?.close();
    });

    /** Saves settings as the options page would, then waits until the background applied them. */
    async function setAdvertising(global: boolean, sites: Record<string, boolean>, applied: (rules: string, scripts: string) => boolean) {
      const purposes = global ? ALL_ALLOWED : ALL_DENIED;
      const siteSettings = Object.fromEntries(Object.entries(sites).map(([site, advertising]) => [site, { purposes: { advertising } }]));
      await settingsPage.evaluate(
        (settings) => ((globalThis as unknown as { browser?: Ext }).browser ?? (globalThis as unknown as { chrome: Ext }).chrome).storage.local.set({ settings }),
        { version: 1, purposes, sites: siteSettings, onboarded: true },
      );
      const deadline = Date.now() + 10_000;
      for (;;) {
        const state = await settingsPage.evaluate(async () => {
          const api = (globalThis as unknown as { browser?: Ext }).browser ?? (globalThis as unknown as { chrome: Ext }).chrome;
          return [JSON.stringify(await api.declarativeNetRequest.getDynamicRules()), JSON.stringify(await api.scripting.getRegisteredContentScripts())];
        });
        if (applied(state[0]!, state[1]!)) return;
        if (Date.now() > deadline) throw new Error(`settings not applied: ${state.join(' ')}`);
        await new Promise((r) => setTimeout(r, 100));
      }
    }

    /** Loads a site's page; what its requests carried and what its first script saw. */
    async function visit(host: string) {
      const nonce = `${name}-${++loads}`;
      await tab.goto(`http://${host}/?n=${nonce}`);
      await tab.waitFor(() => (document.querySelector('img') as HTMLImageElement | null)?.complete === true && '__gpcFrame' in window);
      const seen = await tab.evaluate(() => {
        const w = window as unknown as { __gpcFirst: unknown; __gpcDescriptor: string; __gpcFrame: string };
        return { first: w.__gpcFirst, frame: w.__gpcFrame, now: (navigator as unknown as { globalPrivacyControl?: boolean }).globalPrivacyControl, descriptor: w.__gpcDescriptor };
      });
      const header = (path: string) => {
        const request = server.requests.find((r) => r.url.includes(path) && r.url.endsWith(`n=${nonce}`));
        if (!request) throw new Error(`no request for ${path} (${nonce})`);
        return request.headers['sec-gpc'] ?? null;
      };
      return {
        ...seen,
        document: header(`//${host}/?`),
        script: header(`//${host}/sub.js`),
        image: header(`//${host}/pixel.svg`),
        frameDocument: header(`//${host}/frame.html`),
        partner: header(`//${PARTNER}/ad.js`),
      };
    }

    const signalled = { first: true, now: true, frame: 'true', document: '1', script: '1', image: '1', frameDocument: '1', partner: '1' };
    const silent = { document: null, script: null, image: null, frameDocument: null, partner: null };

    it('global advertising denied, one site allowing it: the signal everywhere but there', async () => {
      await setAdvertising(false, { [ALLOWED_SITE]: true }, (rules, scripts) => rules.includes(ALLOWED_SITE) && scripts.includes(`*://${ALLOWED_SITE}/*`));
      expect(await visit(DENIED_SITE)).toMatchObject(signalled);
      const allowed = await visit(ALLOWED_SITE);
      expect(allowed).toMatchObject(silent);
      // Chromium has no property of its own; Firefox has one, false unless its own GPC setting is on.
      expect(allowed.first).toBe(name === 'chromium' ? undefined : false);
      expect(allowed.now).toBe(allowed.first);
      expect(allowed.frame).toBe(String(allowed.first));
      // Firefox's own attribute, where ours is absent: ours below has the same shape.
      expect(JSON.parse(allowed.descriptor)).toEqual(name === 'chromium' ? null : { get: 'fn', enumerable: true, configurable: true });
      expect(await visit('plain.test')).toMatchObject(signalled);
    });

    it('global advertising allowed, one site denying it: the signal only there, after a reload', async () => {
      await setAdvertising(true, { [DENIED_SITE]: false }, (rules, scripts) => !rules.includes(ALLOWED_SITE) && scripts.includes(`*://${DENIED_SITE}/*`));
      const denied = await visit(DENIED_SITE);
      expect(denied).toMatchObject(signalled);
      expect(await visit(ALLOWED_SITE)).toMatchObject({ ...silent, first: name === 'chromium' ? undefined : false });
      expect(await visit('plain.test')).toMatchObject({ ...silent, first: name === 'chromium' ? undefined : false });
      // Same shape as a browser's own attribute: an enumerable, configurable getter on Navigator.prototype.
      expect(JSON.parse(denied.descriptor)).toEqual({ get: 'fn', enumerable: true, configurable: true });
    });

    it('everything allowed: no signal anywhere, and nothing left registered', async () => {
      await setAdvertising(true, {}, (rules, scripts) => rules === '[]' && scripts === '[]');
      expect(await visit(DENIED_SITE)).toMatchObject({ ...silent, first: name === 'chromium' ? undefined : false });
    });
  });
}
