// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { runRule, type EngineEnv } from '../../utils/consent/engine/run';
import { classifyLabel } from '../../utils/consent/classifier';
import { allPurposes } from '../../utils/settings/purposes';
import type { ChoicePairSpec, Rule } from '../../utils/consent/rule-types';
import './happy-dom-layout';

/** Rows with a Refuser/Accepter pair each (Didomi's preferences), the id of the purpose in the title's id. */
const byId: ChoicePairSpec = {
  selector: '.row',
  category: { attribute: 'id', prefix: 'p-' },
  label: '.title',
  deny: '.no',
  allow: '.yes',
};

function ruleWith(spec: ChoicePairSpec, categories: Rule['categories']): Rule {
  return {
    id: 'pairs',
    name: 'Pairs CMP',
    detect: { present: ['#b'], showing: ['#b'] },
    categories,
    actions: { custom: [{ setChoicePairs: spec }, { click: '#save' }] },
    stored: { cookie: 'pairs', decode: 'json' },
    fixtures: ['sites/engine.test'],
  };
}

let store: Record<string, boolean> | null;
let clicks: string[];
function env(): EngineEnv {
  return { doc: document, callMain: async () => null, readStored: async () => store, hide: () => {}, now: () => 1, classify: classifyLabel };
}

function row(id: string, title: string, extra = ''): string {
  return `<div class="row"><span class="title" id="p-${id}">${title}</span><button class="no" ${extra}>Refuser</button><button class="yes">Accepter</button></div>`;
}

beforeEach(() => {
  store = null;
  clicks = [];
  document.body.innerHTML = `
    <div id="b">${row('cookies', 'Stocker des informations')}${row('ads', 'Publicité personnalisée')}${row('audience', "Mesure d'audience")}
      <button id="save">Enregistrer</button></div>
    <div class="row outside"><span id="p-ads">Publicité</span><button class="no">Refuser</button><button class="yes">Accepter</button></div>`;
  // Each pair remembers its last click, as Didomi's radio buttons do (aria-pressed).
  for (const b of document.querySelectorAll('.row button')) {
    b.addEventListener('click', () => {
      const r = b.closest('.row')!;
      clicks.push(`${r.querySelector('[id]')!.id}:${b.className}`);
      r.setAttribute('data-on', String(b.className === 'yes'));
    });
  }
  document.querySelector('#save')!.addEventListener('click', () => {
    store = Object.fromEntries(
      [...document.querySelectorAll('#b .row')].map((r) => [r.querySelector('[id]')!.id.slice(2), r.getAttribute('data-on') === 'true']),
    );
    document.querySelector('#b')!.remove();
  });
});

describe('setChoicePairs', () => {
  it('clicks each row’s deny or allow button per the category’s purpose (rule map, else its classified label)', async () => {
    const rule = ruleWith(byId, { cookies: 'necessary', ads: 'advertising' });
    const result = await runRule(rule, { ...allPurposes(false), analytics: true }, env());
    // cookies: necessary → allowed; ads: denied; audience: not in the map, "Mesure d'audience" → analytics → allowed.
    expect(store).toEqual({ cookies: true, ads: false, audience: true });
    expect(clicks).toEqual(['p-cookies:yes', 'p-ads:no', 'p-audience:yes']);
    expect(result).toMatchObject({ outcome: 'done', action: 'custom', verified: true, violation: false });
  });

  it('names rows by their label when the site names its categories, and classifies it', async () => {
    const rule = ruleWith({ ...byId, category: { labelOf: '.title' }, label: undefined }, 'classify');
    await runRule(rule, { ...allPurposes(true), advertising: false }, env());
    expect(clicks).toEqual(['p-cookies:yes', 'p-ads:no', 'p-audience:yes']);
  });

  it('stops, saving nothing, when a row lacks the button it needs or its deny is locked', async () => {
    document.querySelector('#p-ads')!.closest('.row')!.querySelector('.no')!.setAttribute('disabled', '');
    const rule = ruleWith(byId, { cookies: 'necessary', ads: 'advertising' });
    const result = await runRule(rule, { ...allPurposes(true), advertising: false }, env());
    expect(result).toMatchObject({ outcome: 'failed' });
    expect(result?.reason).toMatch(/ads: deny is disabled/);
    expect(store).toBeNull();

    document.querySelector('#p-ads')!.closest('.row')!.querySelector('.no')!.remove();
    const missing = await runRule(rule, { ...allPurposes(true), advertising: false }, env());
    expect(missing?.reason).toMatch(/ads: no deny button/);
    expect(store).toBeNull();
  });
});
