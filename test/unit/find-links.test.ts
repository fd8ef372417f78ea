import { describe, expect, it } from 'vitest';
import { parseJsonLd, parsePrivacyTxt, privacyTxtUrl, rankPolicyLinks } from '@/utils/rights/find';

const page = 'https://www.shop.example.co.uk/products/42';

describe('rankPolicyLinks', () => {
  it('puts the privacy policy first and the legal notice after, ignoring cookie settings, mailto and script links', () => {
    const ranked = rankPolicyLinks(
      [
        { href: '/cart', text: 'Basket' },
        { href: '/help/cookies', text: 'Cookie settings' },
        { href: '/legal/imprint', text: 'Imprint' },
        { href: '/p/8812', text: 'Privacy policy' },
        { href: 'mailto:hello@shop.example.co.uk', text: 'Privacy' },
        { href: 'javascript:void(0)', text: 'Privacy' },
        { href: 'https://partner.example.com/privacy', text: 'Privacy policy' },
      ],
      page,
    );
    expect(ranked.map((r) => [r.url, r.kind, r.sameSite])).toEqual([
      ['https://www.shop.example.co.uk/p/8812', 'privacy', true],
      ['https://www.shop.example.co.uk/legal/imprint', 'legal', true],
      ['https://partner.example.com/privacy', 'privacy', false],
    ]);
  });

  it.each([
    ['en', { href: '/x', text: 'Privacy Notice' }],
    ['fr', { href: '/x', text: 'Politique de confidentialité' }],
    ['de', { href: '/x', text: 'Datenschutzerklärung' }],
    ['es', { href: '/x', text: 'Política de privacidad' }],
    ['it', { href: '/x', text: 'Informativa sulla privacy' }],
    ['nl', { href: '/x', text: 'Privacyverklaring' }],
    ['title attribute', { href: '/x', text: '', title: 'Datenschutz' }],
    ['aria-label', { href: '/x', text: '🔒', ariaLabel: 'Vie privée' }],
    ['href path only', { href: '/fr/politique-de-confidentialite', text: 'En savoir plus' }],
  ])('recognises a privacy link by %s', (_lang, link) => {
    expect(rankPolicyLinks([{ href: '/about', text: 'About' }, link], page)[0]?.kind).toBe('privacy');
  });

  it.each([
    ['Impressum', '/impressum'],
    ['Mentions légales', '/mentions-legales'],
    ['Aviso legal', '/aviso-legal'],
    ['Note legali', '/note-legali'],
    ['Colofon', '/colofon'],
    ['Legal notice', '/legal-notice'],
  ])('recognises the legal notice "%s"', (text, href) => {
    expect(rankPolicyLinks([{ href, text }], page)).toEqual([
      { url: `https://www.shop.example.co.uk${href}`, kind: 'legal', score: expect.any(Number), sameSite: true },
    ]);
  });
});

describe('/.well-known/privacy.txt', () => {
  it('is at the origin', () => {
    expect(privacyTxtUrl('https://a.b.example.org/x?y')).toBe('https://a.b.example.org/.well-known/privacy.txt');
    expect(privacyTxtUrl('chrome://settings')).toBeNull();
  });
  it('gives contacts, policies and entity', () => {
    const txt = parsePrivacyTxt(
      '# privacy.txt\nContact: mailto:privacy@example.org\nContact: https://example.org/privacy-form\n' +
        'Privacy-policy: https://example.org/privacy\nPrivacy-policy-DE: https://example.org/de/datenschutz\n' +
        'Entity: Example e. V.\nEntity-country: DE\nnonsense line\n',
    );
    expect(txt).toEqual({
      contacts: ['privacy@example.org'],
      contactUrls: ['https://example.org/privacy-form'],
      policies: ['https://example.org/privacy', 'https://example.org/de/datenschutz'],
      entity: 'Example e. V.',
      entityCountry: 'de',
    });
  });
});

describe('schema.org JSON-LD', () => {
  it('reads legalName and the privacy contactPoint, skipping broken blocks', () => {
    const org = parseJsonLd([
      '{ not json',
      JSON.stringify({
        '@context': 'https://schema.org',
        '@graph': [
          { '@type': 'WebSite', name: 'Shop' },
          {
            '@type': ['Organization', 'Corporation'],
            name: 'Shop',
            legalName: 'Shop Example Ltd',
            email: 'hello@shop.example',
            contactPoint: [
              { '@type': 'ContactPoint', contactType: 'customer service', email: 'help@shop.example' },
              { '@type': 'ContactPoint', contactType: 'Data Protection Officer', email: 'mailto:dpo@shop.example' },
            ],
          },
        ],
      }),
    ]);
    expect(org).toEqual({
      legalName: 'Shop Example Ltd',
      name: 'Shop',
      emails: [
        { address: 'hello@shop.example', contactType: null },
        { address: 'help@shop.example', contactType: 'customer service' },
        { address: 'dpo@shop.example', contactType: 'Data Protection Officer' },
      ],
      privacyEmail: 'dpo@shop.example',
    });
  });
  it('returns null without an organisation', () => {
    expect(parseJsonLd(['{"@type":"WebPage"}'])).toBeNull();
  });
});
