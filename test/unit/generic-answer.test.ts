// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { findConsentDialog, planGenericAnswer, runGenericAnswer, wantedStates } from '../../utils/consent/generic';
import { dialogToggles, toggleLabel } from '../../utils/consent/generic/toggles';
import { allPurposes, type PurposeChoices } from '../../utils/settings/purposes';
import { markupLayout as probe, page } from './generic-helpers';

const DENY = allPurposes(false);
const ALLOW = allPurposes(true);
const MIXED: PurposeChoices = { functional: true, analytics: true, advertising: false, personalization: false, social: true, other: false };

/** Records which elements were clicked, in order (by data-id). */
function recordClicks(): string[] {
  const clicks: string[] = [];
  document.body.addEventListener('click', (e) => {
    const id = (e.target as Element).closest('[data-id]')?.getAttribute('data-id');
    if (id) clicks.push(id);
  }, true);
  return clicks;
}

const simpleBanner = (buttons: string) => `<div id=cb style="position: fixed"><p>Nous utilisons des cookies pour mesurer l'audience de ce site.</p>${buttons}</div>`;

describe('planGenericAnswer on first-layer buttons', () => {
  const buttons = `<button data-id=accept>Tout accepter</button><a href="#" data-id=reject>Continuer sans accepter</a>`;
  it('rejects when everything is denied', () => {
    page(simpleBanner(buttons), 'fr');
    const plan = planGenericAnswer(findConsentDialog(document, { probe })!, DENY, { probe });
    expect(plan).toMatchObject({ action: 'reject', label: 'Continuer sans accepter' });
  });
  it('accepts only when everything is allowed', () => {
    page(simpleBanner(buttons), 'fr');
    expect(planGenericAnswer(document.getElementById('cb')!, ALLOW, { probe })).toMatchObject({ action: 'accept', label: 'Tout accepter' });
  });
  it('refuses all-or-nothing banners when the choices are mixed', () => {
    page(simpleBanner(buttons), 'fr');
    expect(planGenericAnswer(document.getElementById('cb')!, MIXED, { probe })).toMatchObject({ action: 'refuse', label: 'Continuer sans accepter' });
  });
  it('never uses a reject "button" that is a link to another page', () => {
    page(simpleBanner(`<button>Accept all</button><a href="/cookie-policy">Decline</a>`));
    expect(planGenericAnswer(document.getElementById('cb')!, DENY, { probe })).toMatchObject({ action: 'none' });
  });
  it('goes to the settings for mixed choices when there are settings', () => {
    page(simpleBanner(`<button>Accept all</button><button>Reject all</button><button data-id=open>Manage preferences</button>`));
    const plan = planGenericAnswer(document.getElementById('cb')!, MIXED, { probe });
    expect(plan).toMatchObject({ action: 'settings', label: 'Manage preferences' });
  });
  it('does nothing when everything is allowed but only an accept of the ticked boxes exists', () => {
    page(simpleBanner(`<label><input type=checkbox checked> Statistiques</label><button>OK</button>`));
    expect(planGenericAnswer(document.getElementById('cb')!, ALLOW, { probe }).action).not.toBe('accept');
  });
});

describe('toggle labels', () => {
  it('reads labels, aria and the heading of the row', () => {
    page(`<div id=v>
      <label><input id=a type=checkbox> Mesure d'audience</label>
      <div class=row><h4>Werbung</h4><p>Beschreibung</p><span role=switch id=b aria-checked=false></span></div>
      <div><span id=t3>Redes sociales</span><button role=switch id=c aria-labelledby=t3 aria-checked=true></button></div></div>`);
    const root = document.getElementById('v')!;
    expect(['a', 'b', 'c'].map((id) => toggleLabel(document.getElementById(id)!, root))).toEqual(["Mesure d'audience", 'Werbung', 'Redes sociales']);
    expect(dialogToggles(root, probe).map((t) => t.classification.target)).toEqual(['analytics', 'advertising', 'social']);
  });
});

describe('wantedStates', () => {
  it('refuses when an optional toggle cannot be classified and something is denied, not when all is allowed', () => {
    page(`<div id=v><label><input type=checkbox> Statistics</label><label><input type=checkbox> Zorblax partners</label></div>`);
    const toggles = dialogToggles(document.getElementById('v')!, probe);
    expect(wantedStates(toggles, MIXED)).toBeNull();
    expect(wantedStates(toggles, ALLOW)?.map((w) => w.on)).toEqual([true, true]);
  });
  it('allows a toggle covering several purposes only when all are allowed; skips locked and master toggles', () => {
    page(`<div id=v><label><input type=checkbox> Select all</label><label><input type=checkbox disabled checked> Strictly necessary</label>
      <label><input type=checkbox> Analytics &amp; marketing</label><label><input type=checkbox> Social media</label></div>`);
    const wanted = wantedStates(dialogToggles(document.getElementById('v')!, probe), MIXED)!;
    expect(wanted.map((w) => [w.toggle.label, w.on])).toEqual([['Analytics & marketing', false], ['Social media', true]]);
  });
});

/** A banner whose "Paramétrer" button reveals a settings view with switches; "Enregistrer" stores the choice. */
function settingsBanner(lang: string, labels: string[], extraButtons = '') {
  page(`<div id=cb style="position: fixed">
    <div id=first><p>Ce site utilise des cookies. Vos données, vos choix.</p>
      <button data-id=accept>Tout accepter</button><button data-id=open>Paramétrer</button></div>
    <div id=prefs hidden>${labels.map((l, i) => `<div class=row><span class=title>${l}</span><input type=checkbox data-id=t${i}></div>`).join('')}
      ${extraButtons}<button data-id=save>Enregistrer mes choix</button></div></div>`, lang);
  document.querySelector('[data-id=open]')!.addEventListener('click', () => {
    setTimeout(() => document.getElementById('prefs')!.removeAttribute('hidden'), 100);
  });
}

describe('runGenericAnswer', () => {
  it('opens the settings, sets each toggle from the choices, saves', async () => {
    settingsBanner('fr', ['Cookies nécessaires', "Mesure d'audience", 'Publicité ciblée', 'Réseaux sociaux', 'Personnalisation du contenu']);
    const clicks = recordClicks();
    const dialog = findConsentDialog(document, { probe })!;
    const plan = planGenericAnswer(dialog, MIXED, { probe });
    const result = await runGenericAnswer(dialog, plan, { probe });
    const states = [1, 2, 3, 4].map((i) => (document.querySelector(`[data-id=t${i}]`) as HTMLInputElement).checked);
    expect(states).toEqual([true, false, true, false]);
    expect(clicks.filter((c) => !c.startsWith('t'))).toEqual(['open', 'save']);
    expect(result).toMatchObject({ action: 'settings', done: true, clicked: ['Paramétrer', 'Enregistrer mes choix'] });
    expect(result.purposes).toEqual({ analytics: true, advertising: false, social: true, personalization: false });
  });
  it('refuses everything through the settings when a toggle cannot be named', async () => {
    settingsBanner('fr', ["Mesure d'audience", 'Partenaires Zorblax'], '<button data-id=reject>Tout refuser</button>');
    const clicks = recordClicks();
    const dialog = findConsentDialog(document, { probe })!;
    const result = await runGenericAnswer(dialog, planGenericAnswer(dialog, MIXED, { probe }), { probe });
    expect(result.action).toBe('refuse');
    expect(clicks).toEqual(['open', 'reject']);
  });
  it('turns every toggle off and saves when refusing without a reject button', async () => {
    settingsBanner('fr', ["Mesure d'audience", 'Partenaires Zorblax']);
    (document.querySelector('[data-id=t0]') as HTMLInputElement).checked = true;
    const dialog = findConsentDialog(document, { probe })!;
    const result = await runGenericAnswer(dialog, planGenericAnswer(dialog, MIXED, { probe }), { probe });
    expect(result).toMatchObject({ action: 'refuse', done: true });
    expect([0, 1].map((i) => (document.querySelector(`[data-id=t${i}]`) as HTMLInputElement).checked)).toEqual([false, false]);
  });
  it('reports failure and saves nothing when the settings never show toggles', async () => {
    settingsBanner('fr', []);
    const clicks = recordClicks();
    const dialog = findConsentDialog(document, { probe })!;
    const result = await runGenericAnswer(dialog, planGenericAnswer(dialog, MIXED, { probe }), { probe, timeoutMs: 300 });
    expect(result.done).toBe(false);
    expect(clicks).toEqual(['open']);
  });
});
