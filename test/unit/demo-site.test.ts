import { describe, expect, it } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import { POLICY_TEXT, SHOP_DIR, classifyLine, demoPages, escapeHtml, renderPolicy } from '../../scripts/lib/demo-site';

const seed = fs.readFileSync(POLICY_TEXT, 'utf8');
const read = (file: string) => fs.readFileSync(path.join(SHOP_DIR, file), 'utf8');

describe('demo shop (test/fixtures/sites/shop.example.fr)', () => {
  it('has its generated pages up to date (run `npx tsx scripts/lib/demo-site.ts` to rewrite them)', () => {
    for (const [file, html] of Object.entries(demoPages())) expect(read(file), file).toBe(html);
  });

  it('renders every line of the seed policy, in order, as the whole text of one element', () => {
    const html = renderPolicy(seed);
    const elements = [...html.matchAll(/<(h2|h3|li|p)>(.*)<\/\1>/g)].map((m) => m[2]);
    const lines = seed.split(/\r?\n/).filter((l) => l.trim() !== '');
    expect(elements).toEqual(lines.map(escapeHtml));
  });

  it('keeps the DPO address exactly as the seed writes it', () => {
    const page = read('politique-de-confidentialite/index.html');
    expect(page.match(/dpo-cloud@imaweb\.com/g)).toHaveLength(seed.match(/dpo-cloud@imaweb\.com/g)!.length);
    expect(page).toContain("contact Imaweb France's Data Protection Officer (dpo-cloud@imaweb.com)");
  });

  it('gives the policy its structure: titles, subsections, lists', () => {
    expect(classifyLine('1-INTRODUCTION')).toBe('h2');
    expect(classifyLine('1-day delivery is free')).toBe('p');
    expect(classifyLine('4- HOW LONG DO WE KEEP YOUR DATA?')).toBe('h2');
    expect(classifyLine('2.1 The data you send us directly')).toBe('h3');
    expect(classifyLine('– Compliance with a legal obligation, and/or')).toBe('li');
    expect(classifyLine('- www.cnil.fr')).toBe('li');
    expect(classifyLine('Data collected through cookies')).toBe('p');
    expect(renderPolicy('- a\n- b\ntext')).toBe('<ul>\n<li>- a</li>\n<li>- b</li>\n</ul>\n<p>text</p>');
  });

  it('links the home page to the privacy policy and the legal notice, and loads tarteaucitron', () => {
    const home = read('index.html');
    expect(home).toMatch(/<a href="\/politique-de-confidentialite\/">Politique de confidentialité<\/a>/);
    expect(home).toMatch(/<a href="\/mentions-legales\/">Mentions légales<\/a>/);
    expect(home).toContain('src="/__vendor/tarteaucitronjs/tarteaucitron.js"');
    expect(fs.existsSync(path.join(SHOP_DIR, '../../../../node_modules/tarteaucitronjs/tarteaucitron.js'))).toBe(true);
  });
});
