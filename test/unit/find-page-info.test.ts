import { describe, expect, it } from 'vitest';
import { collectPageInfo } from '@/utils/rights/find/page-info';
import { rankPolicyLinks } from '@/utils/rights/find';

/** A stand-in for `document` with only what collectPageInfo reads, so the snapshot is tested in Node. */
function fakeDocument(url: string, anchors: Record<string, string | null>[], jsonLd: string[]) {
  const el = (attrs: Record<string, string | null>) => ({
    getAttribute: (name: string) => attrs[name] ?? null,
    textContent: attrs.__text ?? null,
  });
  return {
    URL: url,
    querySelectorAll: (selector: string) =>
      selector.startsWith('a[') ? anchors.map(el) : jsonLd.map((t) => el({ __text: t })),
  };
}

describe('collectPageInfo', () => {
  it('snapshots links (text, title, aria-label, rel) and JSON-LD as plain data', () => {
    const doc = fakeDocument(
      'https://shop.example.de/produkt/1',
      [
        { href: '/datenschutz', __text: '  Datenschutz\n  ', title: null, 'aria-label': null, rel: null },
        { href: '/impressum', __text: '', title: 'Impressum', 'aria-label': null, rel: null },
      ],
      ['{"@type":"Organization","legalName":"Shop GmbH"}'],
    );
    const info = collectPageInfo(doc);
    expect(info).toEqual({
      url: 'https://shop.example.de/produkt/1',
      links: [
        { href: '/datenschutz', text: 'Datenschutz', title: undefined, ariaLabel: undefined, rel: undefined },
        { href: '/impressum', text: '', title: 'Impressum', ariaLabel: undefined, rel: undefined },
      ],
      jsonLd: ['{"@type":"Organization","legalName":"Shop GmbH"}'],
    });
    expect(rankPolicyLinks(info.links, info.url).map((l) => l.kind)).toEqual(['privacy', 'legal']);
  });
  it('caps the number of links', () => {
    const many = Array.from({ length: 50 }, (_, i) => ({ href: `/p${i}`, __text: `p${i}` }));
    expect(collectPageInfo(fakeDocument('https://x.example/', many, []), 10).links).toHaveLength(10);
  });
});
