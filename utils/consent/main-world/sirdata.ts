/**
 * Sirdata's CMP (#sd-cmp): its buttons carry only generated class names, so they are found by their text in
 * the languages Sirdata ships. Self-contained (the browser serialises it, see index.ts).
 */

/**
 * All allowed: "Accept all". Otherwise "Set your choices" then "Reject all", which refuses consent and objects
 * to legitimate interest; not the first layer's "Do not accept", which may leave legitimate interest on.
 */
export async function sirdataAnswer(desired: { categories: Record<string, boolean> }): Promise<boolean> {
  const TEXTS = {
    accept: ['Accept all', 'Tout accepter', 'Alle akzeptieren', 'Accetta tutto', 'Aceptar todo', 'Alles accepteren'],
    choices: ['Set your choices', 'Paramétrer vos choix', 'Ihre Auswahl treffen', 'Imposta le tue scelte', 'Establecer preferencias', 'Stel uw keuzes in'],
    reject: ['Reject all', 'Tout refuser', 'Alle ablehnen', 'Rifiuta tutto', 'Rechazar todo', 'Alles weigeren'],
  };
  const find = (texts: string[]): HTMLElement | null => {
    const root = document.getElementById('sd-cmp');
    const candidates = root ? Array.from(root.querySelectorAll<HTMLElement>('button, [role=button]')) : [];
    return candidates.find((el) => texts.includes((el.textContent ?? '').replace(/\s+/g, ' ').trim())) ?? null;
  };
  const waitFind = async (texts: string[]): Promise<HTMLElement | null> => {
    for (let i = 0; i < 40; i++) {
      const el = find(texts);
      if (el) return el;
      await new Promise((r) => setTimeout(r, 50));
    }
    return null;
  };
  // Every TCF purpose the rule maps wanted (the engine chose acceptAll), else refuse them all.
  if (Object.values(desired.categories).every(Boolean)) {
    const accept = find(TEXTS.accept);
    accept?.click();
    return !!accept;
  }
  const choices = find(TEXTS.choices);
  if (!choices) return false;
  choices.click();
  const reject = await waitFind(TEXTS.reject);
  reject?.click();
  return !!reject;
}
