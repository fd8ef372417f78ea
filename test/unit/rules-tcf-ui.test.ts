// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { sirdataAnswer } from '../../utils/consent/main-world/sirdata';
import consentmanagerNcmp from '../../utils/consent/rules/consentmanager-ncmp';
import type { Step } from '../../utils/consent/rule-schema';
import { TCF_PURPOSE_NAMES } from '../../utils/consent/tcf-purposes';

/** Wanted per TCF purpose id, as the engine passes it for a rule mapping ids (purpose 1 follows necessity). */
function wanted(allowed: number[]): { categories: Record<string, boolean> } {
  return { categories: Object.fromEntries(Array.from({ length: 11 }, (_, i) => [String(i + 1), i === 0 || allowed.includes(i + 1)])) };
}

/** As the engine passes it for the Sirdata rule, whose map names each purpose by id and by English name. */
function wantedByIdAndName(allowed: number[]): { categories: Record<string, boolean> } {
  const byId = wanted(allowed).categories;
  const byName = Object.entries(TCF_PURPOSE_NAMES).map(([id, name]) => [name, byId[id]!] as [string, boolean]);
  return { categories: { ...byId, ...Object.fromEntries(byName) } };
}

const FR = ['Stocker et/ou accéder à des informations sur un appareil', 'Mesurer la performance des contenus', 'Mesurer la performance des publicités'];
const IDS = [1, 8, 7];

/** Sirdata's settings as the fixture renders them: a row per purpose, consent switch, then LI where it has one. */
function sirdataPage(names = FR): { clicked: string[] } {
  const clicked: string[] = [];
  const row = (name: string, i: number) =>
    `<div class="sd-x"><div class="sd-y"><span>${name}</span><button role="switch" aria-checked="false" data-k="c${IDS[i]}"></button></div>` +
    (i > 0 ? `<div><span>Intérêt légitime</span><button role="switch" aria-checked="true" data-k="li${IDS[i]}"></button></div>` : '') + '</div>';
  document.body.innerHTML =
    '<div id="sd-cmp"><div role="dialog"><div id="main_body"><span role="button">Paramétrer vos choix</span></div></div></div>';
  const details = `<div id="details_body">${names.map(row).join('')}</div><div><button>Tout refuser</button><button>Enregistrer</button></div>`;
  document.getElementById('sd-cmp')!.addEventListener('click', (e) => {
    const el = (e.target as Element).closest('button, [role=button]')!;
    const text = el.textContent!.trim();
    if (el.getAttribute('role') === 'switch') el.setAttribute('aria-checked', String(el.getAttribute('aria-checked') !== 'true'));
    else clicked.push(text);
    if (text === 'Paramétrer vos choix') document.getElementById('main_body')!.outerHTML = details;
  });
  return { clicked };
}
const state = (k: string) => document.querySelector(`[data-k=${k}]`)!.getAttribute('aria-checked');

describe('Sirdata settings (main world): each purpose switch from the choices', () => {
  beforeEach(() => {
    document.body.innerHTML = '';
  });

  it('mixed: consent and legitimate interest set per purpose by its name, then saved', async () => {
    const page = sirdataPage();
    expect(await sirdataAnswer(wanted([8]))).toBe(true);
    expect(page.clicked).toEqual(['Paramétrer vos choix', 'Enregistrer']);
    expect([state('c1'), state('c8'), state('li8'), state('c7'), state('li7')]).toEqual(['true', 'true', 'true', 'false', 'false']);
  });

  it('mixed, English rows: known by the English names the rule\'s map carries', async () => {
    const page = sirdataPage(['1', '8', '7'].map((id) => TCF_PURPOSE_NAMES[id as '1']));
    expect(await sirdataAnswer(wantedByIdAndName([8]))).toBe(true);
    expect(page.clicked).toEqual(['Paramétrer vos choix', 'Enregistrer']);
    expect([state('c1'), state('c8'), state('li8'), state('c7'), state('li7')]).toEqual(['true', 'true', 'true', 'false', 'false']);
  });

  it('all denied: "Reject all" in the settings (objects to legitimate interest), no switch touched', async () => {
    const page = sirdataPage();
    expect(await sirdataAnswer(wanted([]))).toBe(true);
    expect(page.clicked).toEqual(['Paramétrer vos choix', 'Tout refuser']);
  });

  it('a row it cannot name: nothing changed, nothing saved', async () => {
    const page = sirdataPage([FR[0]!, 'Une finalité inconnue', FR[2]!]);
    expect(await sirdataAnswer(wanted([8]))).toBe(false);
    expect(page.clicked).toEqual(['Paramétrer vos choix']);
    expect([state('c1'), state('c7'), state('li7')]).toEqual(['false', 'false', 'true']);
  });
});

describe('consentmanager.net ncmp rule', () => {
  const clicks = (steps: readonly Step[] = []) => steps.flatMap((s) => ('click' in s ? [s.click] : []));

  it('never answers "no" with the banner\'s reject (its LI signals are unknown): both settings views instead', () => {
    const reject = clicks(consentmanagerNcmp.actions.rejectAll);
    expect(reject.some((c) => c.includes('reject'))).toBe(false);
    expect(reject.some((c) => c.includes('ncmp__toggle-purposes-off'))).toBe(true);
    expect(reject.some((c) => c.includes('ncmp__toggle-legint-purposes-off'))).toBe(true);
  });

  it('mixed: the consent toggles and the legitimate-interest toggles both set by purpose name, then saved', () => {
    const custom = consentmanagerNcmp.actions.custom ?? [];
    expect(custom.filter((s) => 'setToggles' in s)).toHaveLength(2);
    expect(clicks(custom).at(-1)).toContain('hideModal');
  });
});
