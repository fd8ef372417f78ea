import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { classifyLabel, classifyWithConfidence, CONFIDENT, normalizeLabel, type ClassTarget } from '../../utils/consent/classifier';

// Labels as real consent managers and sites show them (tarteaucitron/Klaro translations, Cookiebot, OneTrust,
// orestbida, Complianz, CookieYes, Borlabs, Usercentrics and site-made names), with the purpose they are about.
const LABELS: [string, ClassTarget | null, string?][] = [
  // English
  ['Strictly Necessary Cookies', 'necessary'],
  ['Necessary', 'necessary'],
  ['Essential', 'necessary'],
  ['necessary', 'necessary'],
  ['Security', 'necessary'],
  ['Performance Cookies', 'analytics'],
  ['Performance', 'analytics'],
  ['Analytics', 'analytics'],
  ['analytics', 'analytics'],
  ['Statistics', 'analytics'],
  ['Audience measurement', 'analytics'],
  ['Google Analytics', 'analytics'],
  ['Hotjar', 'analytics'],
  ['Matomo', 'analytics'],
  ['Performance Optimization', 'analytics'],
  ['Targeting Cookies', 'advertising'],
  ['Marketing', 'advertising'],
  ['marketing', 'advertising'],
  ['Advertising', 'advertising'],
  ['Advertisement', 'advertising'],
  ['Advertising network', 'advertising'],
  ['Personalised ads', 'advertising'],
  ['Personalized advertising', 'advertising'],
  ['Measure ad performance', 'advertising'],
  ['Facebook Pixel', 'advertising'],
  ['Google Ads', 'advertising'],
  ['Criteo', 'advertising'],
  ['Affiliate marketing', 'advertising'],
  ['ads', 'advertising'],
  ['Social Media Cookies', 'social'],
  ['Social networks', 'social'],
  ['YouTube', 'social'],
  ['Vimeo', 'social'],
  ['Google Maps', 'social'],
  ['Videos', 'social'],
  ['video', 'social'],
  ['External Media', 'social'],
  ['social', 'social'],
  ['Comments', 'social'],
  ['Functional Cookies', 'functional'],
  ['Functionality', 'functional'],
  ['Preferences', 'functional'],
  ['preferences', 'functional'],
  ['Service Provision', 'functional'],
  ['Support', 'functional'],
  ['support', 'functional'],
  ['APIs', 'functional'],
  ['api', 'functional'],
  ['Live chat', 'functional'],
  ['Google Fonts', 'functional'],
  ['Personalisation', 'personalization'],
  ['Content personalisation', 'personalization'],
  ['Personalized content', 'personalization'],
  ['Recommendations', 'personalization'],
  ['Other', 'other'],
  ['Others', 'other'],
  ['Unclassified', 'other'],
  ['Sale of Personal Data', 'advertising'],
  ['Chatbot', 'functional'],
  ['Create a personalised ads profile', 'advertising'],
  ['Select personalised content', 'personalization'],
  ['Measure content performance', 'analytics'],
  ['Google Tag Manager', null],
  ['Develop and improve services', null],
  ['Cloudflare', null],
  // French
  ['Cookies strictement nécessaires', 'necessary'],
  ['Nécessaires', 'necessary'],
  ['Cookies techniques', 'necessary'],
  ['Essentiels', 'necessary'],
  ["Mesure d'audience", 'analytics'],
  ['Statistiques', 'analytics'],
  ['Analyse et performance', 'analytics'],
  ['Publicité ciblée', 'advertising'],
  ['Régies publicitaires', 'advertising'],
  ['Publicité personnalisée', 'advertising'],
  ['Annonces personnalisées', 'advertising'],
  ['Pub', 'advertising', 'fr'],
  ['Réseaux sociaux', 'social'],
  ['Vidéos', 'social'],
  ['Contenus externes', 'social'],
  ['Commentaires', 'social'],
  ['Fonctionnels', 'functional'],
  ['Préférences', 'functional'],
  ['Confort', 'functional'],
  ['Prestation de services', 'functional'],
  ['Personnalisation du contenu', 'personalization'],
  ['Contenu personnalisé', 'personalization'],
  ['Personnalisation', 'personalization'],
  ['Autres', 'other'],
  ['Autre', 'other'],
  // German
  ['Unbedingt erforderlich', 'necessary'],
  ['Notwendige Cookies', 'necessary'],
  ['Essenziell', 'necessary'],
  ['Technisch notwendig', 'necessary'],
  ['Statistiken', 'analytics'],
  ['Statistik', 'analytics'],
  ['Analyse', 'analytics'],
  ['Webanalyse', 'analytics'],
  ['Reichweitenmessung', 'analytics'],
  ['Besucher Zähldienste', 'analytics'],
  ['Marketing-Cookies', 'advertising'],
  ['Werbung', 'advertising'],
  ['Werbenetzwerke', 'advertising'],
  ['Personalisierte Werbung', 'advertising'],
  ['Personalisierte Anzeigen', 'advertising'],
  ['Inhalte messen', 'analytics'],
  ['Kundenservice', 'functional'],
  ['Soziale Netzwerke', 'social'],
  ['Externe Medien', 'social'],
  ['Karten', 'social'],
  ['Kommentare', 'social'],
  ['Komfort', 'functional'],
  ['Funktionell', 'functional'],
  ['Funktional', 'functional'],
  ['Präferenzen', 'functional'],
  ['Dienstbereitstellung', 'functional'],
  ['Personalisierte Inhalte', 'personalization'],
  ['Personalisierung', 'personalization'],
  ['Andere', 'other'],
  ['Sonstige', 'other'],
  ['Bewerbung', null],
  // Spanish
  ['Cookies necesarias', 'necessary'],
  ['Técnicas', 'necessary'],
  ['Estrictamente necesarias', 'necessary'],
  ['Analíticas', 'analytics'],
  ['Estadísticas', 'analytics'],
  ['Medición de audiencia', 'analytics'],
  ['Rendimiento', 'analytics'],
  ['Publicidad', 'advertising'],
  ['Publicidad comportamental', 'advertising'],
  ['Red de publicidad', 'advertising'],
  ['Anuncios personalizados', 'advertising'],
  ['Redes sociales', 'social'],
  ['Vídeos', 'social'],
  ['Funcionales', 'functional'],
  ['Preferencias', 'functional'],
  ['Soporte', 'functional'],
  ['Personalización', 'personalization'],
  ['Personalización de contenido', 'personalization'],
  ['Otros', 'other'],
  // Italian
  ['Cookie tecnici', 'necessary'],
  ['Strettamente necessari', 'necessary'],
  ['Necessari', 'necessary'],
  ['Analitici', 'analytics'],
  ['Statistiche', 'analytics'],
  ['Misura del pubblico', 'analytics'],
  ['Pubblicità', 'advertising'],
  ['Regie pubblicitarie', 'advertising'],
  ['Cookie di profilazione', 'advertising', 'it'],
  ['Marketing e pubblicità mirata', 'advertising'],
  ['Reti sociali', 'social'],
  ['Social media', 'social'],
  ['Funzionali', 'functional'],
  ['Preferenze', 'functional'],
  ['Supporto', 'functional'],
  ['Personalizzazione', 'personalization'],
  ['Contenuti personalizzati', 'personalization'],
  ['Altro', 'other'],
  // Dutch
  ['Noodzakelijke cookies', 'necessary'],
  ['Strikt noodzakelijk', 'necessary'],
  ['Analytische cookies', 'analytics'],
  ['Statistieken', 'analytics'],
  ['Bezoekers meting', 'analytics'],
  ['Advertentie', 'advertising'],
  ['Advertentienetwerk', 'advertising'],
  ['Reclame', 'advertising'],
  ['Marketingcookies', 'advertising'],
  ['Sociale netwerken', 'social'],
  ["Video's", 'social'],
  ['Functionele cookies', 'functional'],
  ['Voorkeuren', 'functional'],
  ['Personalisatie', 'personalization'],
  ['Gepersonaliseerde inhoud', 'personalization'],
  ['Overig', 'other'],
  ['Prestatiecookies', 'analytics'],
];

describe('classifyLabel: real-world labels in six languages', () => {
  it('has a table of at least 100 labels', () => expect(LABELS.length).toBeGreaterThanOrEqual(100));
  it.each(LABELS)('%s → %s', (label, want, lang) => {
    expect(classifyLabel(label, lang)).toBe(want);
  });
});

describe('classifyWithConfidence', () => {
  it('is confident on short names and reports what matched', () => {
    const r = classifyWithConfidence('Mesure d’audience');
    expect(r).toMatchObject({ target: 'analytics', targets: ['analytics'] });
    expect(r.confidence).toBeGreaterThanOrEqual(CONFIDENT);
    expect(r.matched).toContain('mesure d audience');
  });
  it('lists every purpose a combined label covers, strictest first', () => {
    const r = classifyWithConfidence('Analytics & marketing');
    expect(r.targets).toEqual(['advertising', 'analytics']);
    expect(classifyWithConfidence('Personalised content and ads').targets).toEqual(['advertising', 'personalization']);
  });
  it('drops necessary when an optional purpose is named too', () => {
    expect(classifyWithConfidence('Functional cookies necessary for the chat').targets).toEqual(['functional']);
  });
  it('modifiers alone are less certain than names', () => {
    expect(classifyWithConfidence('Performance').confidence).toBeLessThan(classifyWithConfidence('Statistics').confidence);
  });
  it('is not confident about long descriptions that only mention a modifier', () => {
    const r = classifyWithConfidence('These cookies help us measure how the site is used by people who visit it over time');
    expect(r.target).toBe('analytics');
    expect(r.confidence).toBeLessThan(CONFIDENT);
  });
  it('returns null with zero confidence for unknown labels', () => {
    expect(classifyWithConfidence('Foobar')).toEqual({ target: null, targets: [], confidence: 0, matched: [] });
    expect(classifyWithConfidence('')).toMatchObject({ target: null });
  });
  it('treats words only whole or at word starts', () => {
    expect(classifyLabel('Roads and loads')).toBeNull(); // "ads" inside words
    expect(classifyLabel('Canali')).toBeNull(); // "anal…" inside a word
    expect(classifyLabel('Erwerb')).toBeNull(); // German "acquisition", not "Werbung"
  });
  it('uses the page language for words that differ between languages', () => {
    expect(classifyLabel('Cookie relativi ad esempio al carrello', 'it')).toBeNull();
    expect(classifyLabel('Ad measurement', 'en')).toBe('advertising');
    expect(classifyLabel('Pub', 'en')).toBeNull();
  });
});

describe('classifyLabel is about words, not their dress', () => {
  // Sites write the same name in capitals, with accents dropped, with "cookies" or punctuation around it.
  const dress = fc.record({
    upper: fc.boolean(),
    stripAccents: fc.boolean(),
    before: fc.constantFrom('', '  ', '» ', '• ', 'Cookies : '),
    after: fc.constantFrom('', ' ', ' ›', ' (3)', ' cookies', '…'),
  });
  it('gives the same purpose for any casing, accents, punctuation and "cookies" around a label', () => {
    fc.assert(
      fc.property(fc.constantFrom(...LABELS.filter(([, want]) => want !== null)), dress, ([label, want, lang], d) => {
        let text = d.stripAccents ? label.normalize('NFD').replace(/[\u0300-\u036f]/g, '') : label;
        if (d.upper) text = text.toUpperCase();
        expect(classifyLabel(d.before + text + d.after, lang)).toBe(want);
      }),
      { numRuns: 500 },
    );
  });
});

describe('normalizeLabel', () => {
  it('folds accents, ligatures, case and punctuation', () => {
    expect(normalizeLabel('  Préférences — Œuvres  Straße ')).toBe('preferences oeuvres strasse');
  });
});
