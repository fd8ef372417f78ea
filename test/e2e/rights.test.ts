import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, type BrowserName, type TestBrowser, type TestPage } from '../harness/browsers';
import { startSiteServer, type SiteServer } from '../harness/site-server';
import { addCalendarMonths, responseDeadline, today } from '../../utils/rights/deadline';
import { defaultSettings, type RequestRecord, type Settings } from '../../utils/settings/schema';

const SHOP = 'http://shop.example.fr/';
const DPO = 'dpo-cloud@imaweb.com';

/** Reads or writes the extension's stored settings from one of its own pages. */
function storage(page: TestPage) {
  return {
    get: () =>
      page.evaluate(async () => {
        const api = (globalThis as unknown as { browser?: typeof chrome }).browser ?? chrome;
        return ((await api.storage.local.get('settings')) as { settings?: unknown }).settings ?? null;
      }) as Promise<Settings | null>,
    set: (settings: Settings) =>
      page.evaluate(async (value) => {
        const api = (globalThis as unknown as { browser?: typeof chrome }).browser ?? chrome;
        await api.storage.local.set({ settings: value });
      }, settings),
  };
}

/** The parts of a mailto: link, decoded as a mail client would (RFC 6068). */
function parseMailto(href: string) {
  const [path, query = ''] = href.slice('mailto:'.length).split('?') as [string, string?];
  const fields = Object.fromEntries(query.split('&').map((f) => f.split('=').map(decodeURIComponent) as [string, string]));
  return { to: decodeURIComponent(path), fields };
}

for (const name of ['chromium', 'firefox'] as BrowserName[]) {
  describe(`rights requests: ${name}`, () => {
    let server: SiteServer;
    let browser: TestBrowser;
    let options: TestPage;
    beforeAll(async () => {
      server = await startSiteServer();
      browser = await launch(name, { proxy: server.proxy, locale: 'en' });
      options = await browser.newPage();
      await options.goto(browser.extensionBase + 'options.html');
      const settings = (await storage(options).get()) ?? defaultSettings();
      settings.onboarded = true;
      settings.identity = { name: 'Marie Dupont', email: 'marie.dupont@example.org', accounts: { 'example.fr': 'CLIENT-2024-77' } };
      await storage(options).set(settings);
    });
    afterAll(async () => {
      await browser?.close();
      await server?.close();
    });

    it('finds the DPO on the demo shop and sends a French access request by a mailto: link that is recorded', async () => {
      const shop = await browser.newPage();
      await shop.goto(SHOP);
      const tabId = await options.evaluate(async (url) => {
        const api = (globalThis as unknown as { browser?: typeof chrome }).browser ?? chrome;
        const [tab] = await api.tabs.query({ url: `${url}*` });
        return tab!.id!;
      }, SHOP);
      const popup = await browser.newPage();
      await popup.goto(`${browser.extensionBase}popup.html?tab=${tabId}`);
      await popup.waitFor(() => document.querySelector('.rights .contact')?.getAttribute('data-contact'), undefined, 20_000);
      expect(await popup.evaluate(() => document.querySelector('.rights .contact')!.getAttribute('data-contact'))).toBe(DPO);
      // The seed policy is French, so the letter is; the person can switch.
      expect(await popup.evaluate(() => (document.getElementById('rights-language') as HTMLSelectElement).value)).toBe('fr');
      expect(await popup.evaluate(() => (document.getElementById('rights-type') as HTMLSelectElement).value)).toBe('access');
      // The shop's policy says it passes data to partners, and French law applies: both requests are offered.
      const offered = await popup.evaluate(() => [...document.querySelectorAll('#rights-type option')].map((o) => (o as HTMLOptionElement).value));
      expect(offered).toContain('objection_partners');
      expect(offered).toContain('post_mortem');

      const href = await popup.evaluate(() => document.querySelector('a.send')!.getAttribute('href')!);
      const { to, fields } = parseMailto(href);
      expect(to).toBe(DPO);
      expect(Object.keys(fields)).toEqual(['subject', 'body']);
      expect(fields.subject).toBe('Demande d’accès à mes données personnelles (article 15 du RGPD) – example.fr');
      const shown = await popup.evaluate(() => (document.getElementById('rights-letter-body') as HTMLTextAreaElement).value);
      expect(fields.body).toBe(shown.replace(/\r?\n/g, '\r\n'));
      for (const part of ['Madame, Monsieur,', 'article 15(3)', 'Marie Dupont', 'marie.dupont@example.org', 'CLIENT-2024-77', '01/2022']) {
        expect(fields.body).toContain(part);
      }
      await popup.screenshot('rights-popup');

      // Sending: the link is followed by the mail program; here the navigation is stopped, the click still records.
      await popup.evaluate(() =>
        document.addEventListener('click', (e) => (e.target as Element).closest('a[href^="mailto:"]') && e.preventDefault(), true),
      );
      await popup.click('a.send');
      await popup.waitFor(() => document.querySelector('.rights .notice.ok'));
      await popup.close();
      await shop.close();

      const due = responseDeadline(today(), { country: 'fr' });
      await options.goto(browser.extensionBase + 'options.html');
      await options.waitFor(() => document.querySelector('li.request[data-site="example.fr"]'));
      const row = await options.evaluate(() => {
        const li = document.querySelector('li.request[data-site="example.fr"]')!;
        return { due: li.getAttribute('data-due'), state: li.getAttribute('data-state'), text: li.textContent };
      });
      expect(row.due).toBe(due);
      expect(row.state).toBe('waiting');
      expect(row.text).toContain(DPO);
      const stored = (await storage(options).get())!.requests;
      expect(stored).toHaveLength(1);
      expect(stored[0]).toMatchObject({ site: 'example.fr', contact: DPO, type: 'access', language: 'fr', dueAt: due, state: 'waiting' });
    });

    it('marks a request sent two months ago overdue and offers the follow-up letter', async () => {
      const sentAt = addCalendarMonths(today(), -2);
      const old: RequestRecord = {
        id: 'old-request',
        site: 'example.fr',
        company: 'IMAWEB',
        contact: DPO,
        type: 'erasure',
        language: 'fr',
        sentAt,
        dueAt: responseDeadline(sentAt, { country: 'fr' }),
        state: 'waiting',
        country: 'fr',
      };
      const settings = (await storage(options).get())!;
      settings.requests.push(old);
      await storage(options).set(settings);
      // As a click on the overdue notification does: the list opened at that request.
      await options.goto(`${browser.extensionBase}options.html?from=notification#request-old-request`);
      await options.waitFor(() => document.querySelector('#request-old-request[data-state="overdue"] details.follow-up[open] a.send'));
      const href = await options.evaluate(() => document.querySelector('#request-old-request a.send')!.getAttribute('href')!);
      const { to, fields } = parseMailto(href);
      expect(to).toBe(DPO);
      expect(fields.subject).toMatch(/^Relance : ma demande d’effacement/);
      expect(fields.body).toContain('article 12(3)');
      expect(fields.body).toContain('Demande d’effacement de mes données personnelles'); // the original request, quoted
      await options.screenshot('rights-overdue');
      // The background's check (run when the list opens, and daily by alarm) stored the new state.
      await options.waitFor(async () => {
        const api = (globalThis as unknown as { browser?: typeof chrome }).browser ?? chrome;
        const s = ((await api.storage.local.get('settings')) as { settings: Settings }).settings;
        return s.requests.find((r) => r.id === 'old-request')?.state === 'overdue';
      });
      await options.evaluate(() =>
        document.addEventListener('click', (e) => (e.target as Element).closest('a[href^="mailto:"]') && e.preventDefault(), true),
      );
      await options.click('#request-old-request a.send');
      await options.waitFor(async () => {
        const api = (globalThis as unknown as { browser?: typeof chrome }).browser ?? chrome;
        const s = ((await api.storage.local.get('settings')) as { settings: Settings }).settings;
        return Boolean(s.requests.find((r) => r.id === 'old-request')?.followUpSentAt);
      });
      expect(await options.evaluate(() => document.querySelector('#request-old-request details.follow-up'))).toBeNull();
    });
  });
}
