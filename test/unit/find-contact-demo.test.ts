import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { htmlToText } from '@/utils/rights/analyze/html-to-text';
import { findContact } from '@/utils/rights/find';

/** Serves test/fixtures/sites/<host>/<path> (dir → index.html) like the e2e harness, without a network. */
const fixtureFetch = (async (input: RequestInfo | URL) => {
  const url = new URL(String(input));
  let file = path.join('test/fixtures/sites', url.hostname, decodeURIComponent(url.pathname));
  if (fs.existsSync(file) && fs.statSync(file).isDirectory()) file = path.join(file, 'index.html');
  if (!fs.existsSync(file)) return new Response('not found', { status: 404, headers: { 'content-type': 'text/html' } });
  const type = file.endsWith('.txt') ? 'text/plain' : 'text/html; charset=utf-8';
  return new Response(fs.readFileSync(file), { headers: { 'content-type': type } });
}) as typeof fetch;

describe('findContact on the demo shop (seed policy)', () => {
  it('follows the footer link to the policy and finds the DPO, with the legal notice not needed', async () => {
    const home = fs.readFileSync('test/fixtures/sites/shop.example.fr/index.html', 'utf8');
    const links = htmlToText(home).links.map((l) => ({ href: l.href, text: l.text }));
    const found = await findContact({ url: 'http://shop.example.fr/', links }, { fetchImpl: fixtureFetch });
    expect(found.analysis?.contact).toBe('dpo-cloud@imaweb.com');
    expect(found.analysis?.authority).toEqual({ name: 'CNIL', country: 'fr' });
    expect(found.policyUrl).toBe('http://shop.example.fr/politique-de-confidentialite/');
    expect(found.contactSource).toBe('privacy');
    expect(found.sources.map((s) => [s.kind, s.ok])).toEqual([
      ['privacy.txt', false],
      ['privacy', true],
    ]);
  });
});
