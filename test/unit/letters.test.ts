import { describe, expect, it } from 'vitest';
import { LETTER_LANGUAGES, LETTER_TYPES, buildLetter, letterLanguage, type LetterType } from '@/utils/rights/letters';
import type { Identity } from '@/utils/settings/schema';

const identity: Identity = {
  name: 'Marie Curie-Dupont',
  email: 'marie@example.org',
  postalAddress: '12 rue des Lilas\n75011 Paris',
  accounts: { 'shop.example.fr': 'CUST-4711' },
};

/** Articles each letter must cite, as `15(1)(c)`; German letters write them `Art. 15 Abs. 1 lit. c`. */
const ARTICLES: Record<LetterType, string[]> = {
  access: ['15(1)', '15(2)', '15(3)', '4(5)', '46', '12(3)', '12(6)'],
  rectification: ['16', '19', '12(3)'],
  erasure: ['17(1)', '17(2)', '17(3)', '19', '7(3)', '12(3)'],
  restriction: ['18(1)', '18(3)', '19', '12(3)'],
  portability: ['20(1)', '20(2)', '12(3)'],
  objection: ['21(1)', '12(3)'],
  objection_marketing: ['21(2)', '21(3)', '12(3)'],
  withdraw_consent: ['7(3)', '12(3)'],
  objection_partners: ['21(2)', '7(3)', '15(1)(c)', '19', '12(3)'],
  automated_decision: ['22(3)', '15(1)(h)', '12(3)'],
  post_mortem: ['85', '12(3)'],
  follow_up: ['12(3)', '12(4)', '77'],
  complaint: ['77', '12(3)', '78(2)'],
};

function citation(language: string, ref: string): RegExp {
  const [, article, paragraph, point] = /^(\d+)(?:\((\d+)\))?(?:\(([a-z])\))?$/.exec(ref)!;
  const escape = (s: string) => s.replace(/[().]/g, '\\$&');
  if (!paragraph) return new RegExp(`\\b(Art\\.|Article|article|artículo|articolo|articoli)\\s+${article}\\b`);
  if (language === 'de') {
    const number = article === '4' ? `${article} Nr\\. ${paragraph}` : `${article} Abs\\. ${paragraph}`;
    return new RegExp(`Art\\. ${number}${point ? ` lit\\. ${point}` : ''}\\b`);
  }
  // Italian writes `articolo 15, paragrafo 1, lettera c)`.
  if (language === 'it') return new RegExp(`${article}, paragraf[oi] ${paragraph}\\b${point ? `(, del RGPD)?, lettera ${point}` : ''}`);
  // Spanish writes `artículo 15.1.c)`.
  if (language === 'es') return new RegExp(`${article}\\.${paragraph}${point ? `\\.${point}` : ''}\\b`);
  return new RegExp(`${escape(ref)}`);
}

const original = { type: 'access' as const, sentAt: '2026-01-05', dueAt: '2026-02-05', contact: 'dpo-cloud@imaweb.com' };

function build(type: LetterType, language: string, reason?: string) {
  return buildLetter({
    type,
    language,
    identity,
    company: 'IMAWEB SAS',
    site: 'shop.example.fr',
    reason,
    date: '2026-03-10',
    original: type === 'follow_up' || type === 'complaint' ? original : undefined,
    contact: 'dpo-cloud@imaweb.com',
    authority: 'la CNIL',
    country: 'fr',
  });
}

describe.each(LETTER_LANGUAGES)('letters in %s', (language) => {
  it.each(LETTER_TYPES)('%s: every placeholder filled, articles cited, identity used', (type) => {
    for (const reason of [undefined, 'My own words: {not a placeholder}']) {
      const { subject, body } = build(type, language, reason);
      const text = `${subject}\n${body}`.replace('{not a placeholder}', '');
      expect(text).not.toMatch(/[{}]/);
      expect(subject).toContain(type === 'complaint' ? 'IMAWEB SAS' : 'shop.example.fr');
      if (reason) expect(body).toContain(reason.trim()); // a person's braces are kept, not read as placeholders
      for (const ref of ARTICLES[type]) expect(body, `${type} cites ${ref}`).toMatch(citation(language, ref));
      expect(body).toContain('Marie Curie-Dupont');
      expect(body).toContain('marie@example.org');
      expect(body).toContain('CUST-4711');
      expect(body).toContain('12 rue des Lilas, 75011 Paris');
      expect(body).not.toMatch(/undefined|null|NaN/);
    }
  });
  it('requests state the deadline and ask for no ID document, citing the EDPB guidelines', () => {
    const expectedDue = { en: '10 April 2026', fr: '10 avril 2026', de: '10. April 2026', es: '10 de abril de 2026', it: '10 aprile 2026' }[language];
    for (const type of LETTER_TYPES.filter((t) => t !== 'follow_up' && t !== 'complaint')) {
      const { body } = build(type, language);
      expect(body).toContain(expectedDue);
      expect(body).toContain('01/2022');
    }
  });
  it('the follow-up dates the original request, gives a short deadline and quotes the request', () => {
    const { body } = build('follow_up', language);
    const dates = { en: ['5 January 2026', '5 February 2026', '24 March 2026'], fr: ['5 janvier 2026', '5 février 2026', '24 mars 2026'], de: ['5. Januar 2026', '5. Februar 2026', '24. März 2026'], es: ['5 de enero de 2026', '5 de febrero de 2026', '24 de marzo de 2026'], it: ['5 gennaio 2026', '5 febbraio 2026', '24 marzo 2026'] }[language];
    for (const date of dates) expect(body).toContain(date);
    expect(body).toContain('dpo-cloud@imaweb.com');
    expect(body).toMatch(/15\(3\)|15 Abs\. 3|15\.3|15, paragrafo 3/); // the original access request is quoted
  });
  it('the complaint names the authority, the controller and the request', () => {
    const { body } = build('complaint', language);
    expect(body).toContain('la CNIL');
    expect(body).toContain('IMAWEB SAS');
    expect(body).toContain('dpo-cloud@imaweb.com');
  });
});

describe('buildLetter', () => {
  it('uses the site when the company is unknown and leaves out absent identifiers', () => {
    const { body } = buildLetter({
      type: 'erasure',
      language: 'en',
      identity: { name: 'A B', email: 'a@b.org', accounts: {} },
      company: '',
      site: 'example.com',
      date: '2026-01-31',
    });
    expect(body).toContain('I ask example.com to erase');
    expect(body).not.toContain('Account identifier');
    expect(body).not.toContain('Postal address');
    expect(body).toContain('2 March 2026'); // Feb 28 2026 is a Saturday
  });
  it('writes in the site language when it has it, else English', () => {
    expect(letterLanguage('fr-FR')).toBe('fr');
    expect(letterLanguage('de')).toBe('de');
    expect(letterLanguage('pt')).toBe('en');
    expect(letterLanguage(null)).toBe('en');
    expect(build('access', 'fr').subject).toMatch(/^Demande d’accès/);
    expect(build('access', 'de').body).toMatch(/^Sehr geehrte Damen und Herren,\n\nhiermit/);
  });
  it('follows French typography for dates and labels', () => {
    const { body } = buildLetter({ type: 'follow_up', language: 'fr', identity, company: 'X', site: 'shop.example.fr', date: '2026-10-10', original: { ...original, sentAt: '2026-09-01' } });
    expect(body).toContain('Le 1er septembre 2026');
    expect(body).toContain('Nom : Marie Curie-Dupont');
  });
  it('lists every Art. 15(1) item (a) to (h) in an access request', () => {
    for (const language of LETTER_LANGUAGES) {
      const { body } = build('access', language);
      for (const item of 'abcdefgh') expect(body).toMatch(new RegExp(`^\\(?${item}\\) `, 'm'));
    }
  });
});
