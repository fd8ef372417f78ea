import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyzePolicy } from '@/utils/rights/analyze';

const seed = fs.readFileSync('test/fixtures/policies/imaweb-privacy-policy.txt', 'utf8');

describe('analyzePolicy on the seed policy (Imaweb France)', () => {
  const r = analyzePolicy(seed);
  it('finds the DPO address as THE contact', () => {
    expect(r.contact).toBe('dpo-cloud@imaweb.com');
    expect(r.emails).toEqual([{ address: 'dpo-cloud@imaweb.com', role: 'dpo', sources: ['text'], count: 2 }]);
  });
  it('lists the seven rights it grants', () => {
    // access, "corrected, completed or updated", deletion, "oppose their processing", portability,
    // directives "after your death", complaint to the CNIL. No restriction, no consent withdrawal named.
    expect([...r.rights].sort()).toEqual(
      ['access', 'complaint', 'erasure', 'objection', 'portability', 'post_mortem', 'rectification'].sort(),
    );
  });
  it('names the CNIL, French law, partners, the company and English', () => {
    expect(r.authority).toEqual({ name: 'CNIL', country: 'fr' });
    expect(r.country).toBe('fr');
    expect(r.sharesWithPartners).toBe(true);
    expect(r.company).toBe('Imaweb France');
    expect(r.language).toBe('en');
  });
});

describe('finding addresses', () => {
  const one = (html: string, contentType?: 'html' | 'text') => analyzePolicy(html, { contentType }).emails.map((e) => e.address);
  it.each([
    ['mailto percent-encoded', '<a href="mailto:dpo%40shop.fr?subject=RGPD">écrivez-nous</a>'],
    ['(at) / (dot)', 'Contact: dpo (at) shop (dot) fr'],
    ['[at] [dot]', 'Contact: dpo[at]shop[dot]fr'],
    ['{at}', 'Contact: dpo {at} shop.fr'],
    ['(ät)', 'Kontakt: dpo(ät)shop.fr'],
    ['spaced @', 'Contact: dpo @ shop.fr'],
    ['words at / dot', 'write to dpo at shop dot fr'],
    ['entity &#64;', '<p>dpo&#64;shop&#46;fr</p>'],
    ['entity &commat;', '<p>dpo&commat;shop&period;fr</p>'],
    ['zero-width characters', 'dpo\u200B@\u200Dshop.\uFEFFfr'],
    ['split by tags', '<p><span>dpo</span><span>@</span><span>shop.fr</span></p>'],
  ])('%s', (_name, input) => {
    expect(one(input)).toEqual(['dpo@shop.fr']);
  });
  it('marks obfuscated addresses as such', () => {
    expect(analyzePolicy('Contact: dpo (at) shop (dot) fr').emails[0]!.sources).toEqual(['obfuscated']);
  });
  it('ignores image names and supervisory authorities as contacts', () => {
    const r = analyzePolicy('logo@2x.png. Complaints: plaintes@cnil.fr. Our DPO: privacy@shop.fr');
    expect(r.emails.map((e) => [e.address, e.role])).toEqual([
      ['plaintes@cnil.fr', 'authority'],
      ['privacy@shop.fr', 'privacy'],
    ]);
    expect(r.contact).toBe('privacy@shop.fr');
  });
});

describe('choosing THE contact', () => {
  it('prefers the address named for exercising rights over a DPO mentioned elsewhere', () => {
    const r = analyzePolicy(
      'Our data protection officer can be reached at officer@group.com.\n\n' +
        'To exercise your rights of access or erasure, write to rights@shop.com.',
    );
    expect(r.contact).toBe('rights@shop.com');
    expect(r.contactReason).toBe('rights');
  });
  it('never picks the Italian "responsabile del trattamento" (processor), a no-reply or a vendor', () => {
    const r = analyzePolicy(
      'Titolare del trattamento: Rossi S.r.l., email info@rossi.it.\n' +
        'Responsabile del trattamento (hosting): Cloud S.p.A., privacy@cloudhost.it.\n' +
        'Le e-mail partono da noreply@rossi.it. Google: support@google.com.',
    );
    const roles = Object.fromEntries(r.emails.map((e) => [e.address, e.role]));
    expect(roles).toEqual({
      'info@rossi.it': 'controller',
      'privacy@cloudhost.it': 'other',
      'noreply@rossi.it': 'other',
      'support@google.com': 'other',
    });
    expect(r.contact).toBe('info@rossi.it');
  });
  it('returns the web form or postal address when no e-mail is given', () => {
    const r = analyzePolicy(
      'Pour exercer vos droits, utilisez notre formulaire de contact ou écrivez à :\nShop SAS\n12 rue de la Paix\n75002 Paris',
    );
    expect(r.contact).toBeNull();
    expect(r.webForm?.text).toContain('formulaire de contact');
    expect(r.postalAddress).toBe('Shop SAS, 12 rue de la Paix, 75002 Paris');
  });
});

describe('language, country, rights in other languages', () => {
  it.each([
    ['de', 'Sie haben das Recht auf Auskunft und Löschung. Bitte wenden Sie sich an datenschutz@firma.de, wir sind für Sie da und die Daten werden nicht weitergegeben.'],
    ['es', 'Usted puede ejercer sus derechos de acceso y supresión dirigiéndose a privacidad@empresa.es, por correo con los datos de su identidad.'],
    ['it', 'Per esercitare i diritti di accesso e di cancellazione può scrivere a privacy@azienda.it con la richiesta e i dati della sua identità.'],
    ['nl', 'U heeft het recht om uw gegevens in te zien en te verwijderen. Stuur uw verzoek naar privacy@bedrijf.nl en wij reageren binnen vier weken op het verzoek.'],
    ['fr', 'Vous pouvez exercer vos droits d’accès et de suppression en écrivant à dpo@societe.fr, nous vous répondrons dans le délai légal.'],
  ])('%s', (lang, text) => {
    const r = analyzePolicy(text);
    expect(r.language).toBe(lang);
    expect(r.country).toBe(lang);
    expect(r.rights).toEqual(['access', 'erasure']);
    expect(r.contact).toMatch(/@/);
  });
});
