import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fetchPolicy, findContact } from '@/utils/rights/find';

/** A local site: `localhost` and `127.0.0.1` on one port are two different sites for the same-site rule. */
let server: http.Server;
let port = 0;
const requests: string[] = [];
const bigState = { written: 0, closed: false };
const BIG_TOTAL = 20 * 1024 * 1024;

const policy = `<html><body><h1>Privacy policy</h1><p>The controller is Shop SAS.</p>
<p>To exercise your rights of access or erasure, write to our DPO: <a href="mailto:dpo@localhost.example">dpo (at) localhost.example</a>.</p>
<p>You may lodge a complaint with the CNIL.</p></body></html>`;

beforeAll(async () => {
  server = http.createServer((req, res) => {
    requests.push(`${req.headers.host?.split(':')[0]} ${req.url} cookie=${req.headers.cookie ?? ''}`);
    const url = req.url ?? '/';
    if (url === '/privacy') {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(policy);
    } else if (url === '/.well-known/privacy.txt') {
      res.writeHead(200, { 'content-type': 'text/plain' }).end('Contact: mailto:privacy-txt@localhost.example\n');
    } else if (url === '/imprint') {
      res.writeHead(200, { 'content-type': 'text/html' }).end('<p>Impressum: Shop SAS, info@localhost.example</p>');
    } else if (url === '/big') {
      res.writeHead(200, { 'content-type': 'text/html' });
      bigState.written = 0;
      bigState.closed = false;
      res.on('close', () => (bigState.closed = true));
      const chunk = Buffer.alloc(64 * 1024, 'a');
      const pump = () => {
        while (bigState.written < BIG_TOTAL && !bigState.closed) {
          bigState.written += chunk.length;
          if (!res.write(chunk)) return void res.once('drain', pump);
        }
        res.end();
      };
      pump();
    } else if (url === '/slow') {
      res.writeHead(200, { 'content-type': 'text/html' });
      res.write('<p>start');
      // never ends
    } else if (url === '/image') {
      res.writeHead(200, { 'content-type': 'image/png' }).end('png');
    } else if (url === '/away') {
      res.writeHead(302, { location: `http://127.0.0.1:${port}/privacy` }).end();
    } else if (url === '/gone') {
      res.writeHead(404, { 'content-type': 'text/html' }).end('no');
    } else res.writeHead(404).end();
  });
  // No host: dual-stack where available, so `localhost` works whether it resolves to ::1 or 127.0.0.1.
  await new Promise<void>((r) => server.listen(0, r));
  port = (server.address() as AddressInfo).port;
});
afterAll(() => {
  server.closeAllConnections();
  server.close();
});

const page = () => `http://localhost:${port}/shop`;

describe('fetchPolicy limits', () => {
  it('reads a same-site HTML page', async () => {
    const r = await fetchPolicy(`http://localhost:${port}/privacy`, { pageUrl: page() });
    expect(r).toMatchObject({ ok: true, contentType: 'html', truncated: false });
    expect(r.ok && r.body).toContain('dpo (at) localhost.example');
  });

  it('stops reading at maxBytes and cancels the download', async () => {
    const r = await fetchPolicy(`http://localhost:${port}/big`, { pageUrl: page(), maxBytes: 256 * 1024 });
    expect(r).toMatchObject({ ok: true, truncated: true });
    expect(r.ok && r.body.length).toBe(256 * 1024);
    await new Promise((res) => setTimeout(res, 200));
    expect(bigState.closed).toBe(true);
    expect(bigState.written).toBeLessThan(BIG_TOTAL);
  });

  it('gives up after the timeout', async () => {
    const t = Date.now();
    const r = await fetchPolicy(`http://localhost:${port}/slow`, { pageUrl: page(), timeoutMs: 300 });
    expect(r).toMatchObject({ ok: false, error: 'timeout' });
    expect(Date.now() - t).toBeLessThan(2000);
  });

  it('refuses other content types, errors, other sites and redirects to other sites', async () => {
    expect(await fetchPolicy(`http://localhost:${port}/image`, { pageUrl: page() })).toMatchObject({ ok: false, error: 'content-type' });
    expect(await fetchPolicy(`http://localhost:${port}/gone`, { pageUrl: page() })).toMatchObject({ ok: false, error: 'http', detail: '404' });
    const before = requests.length;
    expect(await fetchPolicy(`http://127.0.0.1:${port}/privacy`, { pageUrl: page() })).toMatchObject({ ok: false, error: 'other-site' });
    expect(requests.length).toBe(before); // not even asked
    expect(await fetchPolicy(`http://localhost:${port}/away`, { pageUrl: page() })).toMatchObject({ ok: false, error: 'other-site' });
    expect(await fetchPolicy('file:///etc/passwd', { pageUrl: page() })).toMatchObject({ ok: false, error: 'bad-url' });
  });

  it('asks fetch to omit credentials', async () => {
    let init: RequestInit | undefined;
    const spy = (async (input: RequestInfo | URL, i?: RequestInit) => {
      init = i;
      return fetch(input, i);
    }) as typeof fetch;
    await fetchPolicy(`http://localhost:${port}/privacy`, { pageUrl: page(), fetchImpl: spy });
    expect(init?.credentials).toBe('omit');
  });
});

describe('findContact', () => {
  it('combines privacy.txt, the policy link and the legal notice, and keeps the DPO named for rights', async () => {
    const found = await findContact({
      url: page(),
      links: [
        { href: '/imprint', text: 'Impressum' },
        { href: '/privacy', text: 'Privacy policy' },
        { href: `http://127.0.0.1:${port}/privacy`, text: 'Privacy' },
      ],
    });
    expect(found.analysis?.contact).toBe('dpo@localhost.example');
    expect(found.analysis?.authority).toEqual({ name: 'CNIL', country: 'fr' });
    expect(found.contactSource).toBe('privacy');
    expect(found.policyUrl).toBe(`http://localhost:${port}/privacy`);
    expect(found.sources.map((s) => [s.kind, s.ok, s.contact ?? null])).toEqual([
      ['privacy.txt', true, 'privacy-txt@localhost.example'],
      ['privacy', true, 'dpo@localhost.example'],
    ]);
  });

  it('falls back to privacy.txt and JSON-LD when the policy names no address', async () => {
    const found = await findContact({
      url: page(),
      links: [{ href: '/gone', text: 'Datenschutz' }, { href: '/imprint', text: 'Impressum' }],
      jsonLd: ['{"@type":"Organization","legalName":"Shop SAS"}'],
    });
    expect(found.analysis?.contact).toBe('privacy-txt@localhost.example');
    expect(found.contactSource).toBe('privacy.txt');
    expect(found.sources.find((s) => s.kind === 'privacy')).toMatchObject({ ok: false, error: 'http' });
  });
});
