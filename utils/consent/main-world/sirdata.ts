/**
 * Sirdata's CMP (#sd-cmp): its buttons carry only generated class names, so they are found by their text in
 * the languages Sirdata ships. Self-contained (the browser serialises it, see index.ts).
 */

/**
 * `desired.categories` is keyed by TCF purpose id (the rule's map). Purposes 2-11 all wanted: "Accept all".
 * None: "Set your choices" then "Reject all", which refuses consent and objects to legitimate interest (not
 * the first layer's "Do not accept", which may leave legitimate interest on). Mixed: "Set your choices", then
 * in the settings (#details_body) each purpose's switches (consent, and legitimate interest where it has
 * one) set to what the person wants for that purpose, then "Save". A row is known by its purpose's IAB name (English,
 * as the rule's map names it, or French); a switch in a row not known leaves everything unchanged and unsaved (false).
 */
export async function sirdataAnswer(desired: { categories: Record<string, boolean> }): Promise<boolean> {
  const TEXTS = {
    accept: ['Accept all', 'Tout accepter', 'Alle akzeptieren', 'Accetta tutto', 'Aceptar todo', 'Alles accepteren'],
    choices: ['Set your choices', 'Paramétrer vos choix', 'Ihre Auswahl treffen', 'Imposta le tue scelte', 'Establecer preferencias', 'Stel uw keuzes in'],
    reject: ['Reject all', 'Tout refuser', 'Alle ablehnen', 'Rifiuta tutto', 'Rechazar todo', 'Alles weigeren'],
    save: ['Save', 'Save my choices', 'Enregistrer', 'Enregistrer mes choix', 'Speichern', 'Salva', 'Guardar', 'Opslaan'],
  };
  // The IAB's French purpose names, index + 1 = purpose id. The English ones are the keys of
  // `desired.categories` besides the ids (the rule's map, utils/consent/tcf-purposes.ts).
  const FRENCH = [
    'Stocker et/ou accéder à des informations sur un appareil',
    'Utiliser des données limitées pour sélectionner la publicité',
    'Créer des profils pour la publicité personnalisée',
    'Utiliser des profils pour sélectionner des publicités personnalisées',
    'Créer des profils de contenus personnalisés',
    'Utiliser des profils pour sélectionner des contenus personnalisés',
    'Mesurer la performance des publicités',
    'Mesurer la performance des contenus',
    'Comprendre les publics par le biais de statistiques ou de combinaisons de données provenant de différentes sources',
    'Développer et améliorer les services',
    'Utiliser des données limitées pour sélectionner le contenu',
  ];
  const norm = (text: string | null) => (text ?? '').replace(/\s+/g, ' ').trim().toLowerCase();
  const root = () => document.getElementById('sd-cmp');
  const find = (texts: string[]): HTMLElement | null => {
    const candidates = Array.from(root()?.querySelectorAll<HTMLElement>('button, [role=button]') ?? []);
    return candidates.find((el) => texts.includes((el.textContent ?? '').replace(/\s+/g, ' ').trim())) ?? null;
  };
  const waitFor = async <T>(get: () => T | null): Promise<T | null> => {
    for (let i = 0; i < 40; i++) {
      const found = get();
      if (found) return found;
      await new Promise((r) => setTimeout(r, 50));
    }
    return null;
  };
  const SWITCH = '[role=switch], input[type=checkbox]';
  const SETTINGS_SWITCHES = '#sd-cmp #details_body [role=switch], #sd-cmp #details_body input[type=checkbox]';
  /** Purpose name (normalised) → its key in desired.categories: the English name itself, or the id. */
  const keys = new Map<string, string>([
    ...Object.keys(desired.categories).filter((k) => !/^\d+$/.test(k)).map((k) => [norm(k), k] as [string, string]),
    ...FRENCH.map((name, i) => [norm(name), String(i + 1)] as [string, string]),
  ]);
  /** The purpose key of the row holding `el`: the closest ancestor with an element named like a purpose. */
  const purposeOf = (el: Element): string | null => {
    for (let node = el.parentElement; node && node.id !== 'details_body'; node = node.parentElement) {
      for (const label of Array.from(node.querySelectorAll('*'))) {
        if (label.querySelector(SWITCH)) continue;
        const key = keys.get(norm(label.textContent));
        if (key) return key;
      }
    }
    return null;
  };
  const isOn = (el: Element) => (el instanceof HTMLInputElement ? el.checked : el.getAttribute('aria-checked') === 'true');

  const wants = [2, 3, 4, 5, 6, 7, 8, 9, 10, 11].map((id) => desired.categories[String(id)] === true);
  if (wants.every(Boolean)) {
    const accept = find(TEXTS.accept);
    accept?.click();
    return !!accept;
  }
  const choices = find(TEXTS.choices);
  if (!choices) return false;
  choices.click();
  if (!wants.some(Boolean)) {
    const reject = await waitFor(() => find(TEXTS.reject));
    reject?.click();
    return !!reject;
  }
  const switches = await waitFor(() => {
    const found = Array.from(document.querySelectorAll(SETTINGS_SWITCHES));
    return found.length ? found : null;
  });
  if (!switches) return false;
  // Every switch's purpose first: one unknown row and nothing is touched.
  const rows = switches.map((el) => ({ el, key: purposeOf(el) }));
  if (rows.some((r) => r.key === null)) return false;
  for (const { el, key } of rows) {
    // A row's consent switch and its legitimate-interest one both follow the purpose.
    const want = desired.categories[key!] === true;
    if (isOn(el) !== want) (el as HTMLElement).click();
    if (isOn(el) !== want) return false;
  }
  const save = find(TEXTS.save);
  save?.click();
  return !!save;
}
