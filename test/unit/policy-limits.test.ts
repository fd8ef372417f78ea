import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyzePolicy, MAX_POLICY_CHARS } from '@/utils/rights/analyze';

/**
 * Generous bound for a busy 2-core machine (other suites run beside this one); idle, the 5 MB page takes
 * about 1.5 s. Quadratic behaviour would take minutes, so the bound still catches it.
 */
const BUDGET_MS = 8000;

function timed<T>(f: () => T): { value: T; ms: number } {
  const t = performance.now();
  const value = f();
  return { value, ms: performance.now() - t };
}

// The budget is asserted inside each test; vitest's own 5 s timeout must not cut in first on a busy machine.
describe('bounded time and size', { timeout: 30_000 }, () => {
  it(`reads a 5 MB page within ${BUDGET_MS} ms and says it was truncated at ${MAX_POLICY_CHARS} chars`, () => {
    const block =
      '<div class="x"><p>Filler text about cookies &amp; partners, <a href="/x">link</a> and more.</p>' +
      '<span>contact: info (at) filler (dot) com</span></div>\n';
    const dpo = '<p>To exercise your rights, write to our DPO: <a href="mailto:dpo@big.example">dpo@big.example</a></p>';
    let html = '<html><body>' + dpo;
    while (html.length < 5 * 1024 * 1024) html += block;
    const { value, ms } = timed(() => analyzePolicy(html, { contentType: 'html' }));
    console.log(`5 MB page analysed in ${Math.round(ms)} ms`);
    expect(value.truncated).toBe(true);
    expect(value.contact).toBe('dpo@big.example');
    expect(ms).toBeLessThan(BUDGET_MS);
  });

  it.each([
    ['unclosed tags and stray <', '<p><a href="mailto:x@y.fr"<<<< <div <span '.repeat(50_000) + 'dpo@shop.fr'],
    ['a <script> that never ends', '<p>dpo@shop.fr</p><script>' + 'var a = "<p>x@y.fr</p>";'.repeat(100_000)],
    ['a megabyte without a single space or @', 'a.'.repeat(600_000)],
    ['a megabyte of @', '@'.repeat(1_000_000)],
    ['a megabyte of (at) markers', ' (at) '.repeat(200_000)],
    ['nested quotes in attributes', '<a title="' + '"\''.repeat(300_000) + '">dpo@shop.fr</a>'],
    ['a long local part before @', 'x'.repeat(1_000_000) + '@shop.fr'],
    ['many words before a legal form', 'Word '.repeat(200_000) + 'GmbH'],
  ])('handles %s within the budget', (_name, input) => {
    const { value, ms } = timed(() => analyzePolicy(input));
    expect(ms).toBeLessThan(BUDGET_MS);
    expect(Array.isArray(value.emails)).toBe(true);
  });

  it('still finds the address after malformed markup', () => {
    const r = analyzePolicy('<div><p>Vos droits <b>: écrivez à <span>dpo</span>&#64;<i>shop.fr</i>');
    expect(r.contact).toBe('dpo@shop.fr');
  });
});


describe('never throws, never invents a malformed address (property-based)', () => {
  const pieces = fc.constantFrom(
    '<', '>', '</', '<a href="mailto:', '">', '<script>', '</p>', '@', ' @ ', '(at)', '[dot]', ' dot ', '&#64;', '&amp;', '&#',
    '\u200B', 'dpo', 'privacy', 'shop', '.fr', '.com', ' ', '\n', 'droit', 'right', 'CNIL', 'ä', '"', "'", '%40', 'mailto:',
  );
  const soup = fc.array(fc.oneof(pieces, fc.string({ maxLength: 8 })), { maxLength: 80 }).map((a) => a.join(''));

  it('on tag-and-marker soup', () => {
    fc.assert(
      fc.property(soup, fc.constantFrom<'html' | 'text' | undefined>('html', 'text', undefined), (input, contentType) => {
        const r = analyzePolicy(input, { contentType });
        for (const e of r.emails) expect(e.address).toMatch(/^[a-z0-9._%+-]{1,64}@(?:[a-z0-9-]{1,63}\.)+[a-z]{2,24}$/);
        if (r.contact) expect(r.emails.map((e) => e.address)).toContain(r.contact);
      }),
      { numRuns: 400 },
    );
  });
});
