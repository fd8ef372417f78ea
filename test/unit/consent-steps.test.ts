// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { runRule, type EngineEnv } from '../../utils/consent/engine/run';
import { navigatesAway } from '../../utils/consent/engine/dom';
import { alternatives, lightPart, queryAllDeep } from '../../utils/consent/watch/selectors';
import { prehideCss } from '../../utils/consent/watch/prehide';
import { watchForBanners, type Found } from '../../utils/consent/watch/watcher';
import { allPurposes } from '../../utils/settings/purposes';
import type { Rule } from '../../utils/consent/rule-schema';
import './happy-dom-layout';

const rule: Rule = {
  id: 'unit',
  name: 'Unit CMP',
  detect: { present: ['#b'], showing: ['#b'] },
  prehide: ['#b'],
  categories: { stats: 'analytics', ads: 'advertising' },
  actions: {
    rejectAll: [{ click: '#reject' }],
    acceptAll: [{ click: '#accept' }],
    custom: [{ click: '#more' }, { waitFor: '#prefs' }, { setToggles: { selector: 'input[data-c]', category: { attribute: 'data-c' } } }, { click: '#save' }],
  },
  stored: { cookie: 'unit', decode: 'json' },
  fixtures: ['sites/engine.test'],
};

let store: Record<string, boolean> | null;
function env(): EngineEnv {
  return { doc: document, callMain: async () => null, readStored: async () => store, hide: () => {}, now: () => 42 };
}

beforeEach(() => {
  store = null;
  document.body.innerHTML = `
    <div id="b"><button id="reject">Reject</button><button id="accept">Accept</button><button id="more">More</button>
      <a id="policy" href="https://elsewhere.example/privacy">Policy</a>
      <div id="prefs" style="display:none"><input type="checkbox" data-c="stats"><input type="checkbox" data-c="ads" checked><button id="save">Save</button></div>
    </div>
    <button id="reject" class="outside">Reject (not the banner)</button>`;
  const $ = (s: string) => document.querySelector(s)!;
  const save = (v: Record<string, boolean>) => {
    store = v;
    $('#b').remove();
  };
  $('#reject').addEventListener('click', () => save({ stats: false, ads: false }));
  $('#accept').addEventListener('click', () => save({ stats: true, ads: true }));
  $('#more').addEventListener('click', () => (($('#prefs') as HTMLElement).style.display = 'block'));
  $('#save').addEventListener('click', () => save({ stats: ($('[data-c=stats]') as HTMLInputElement).checked, ads: ($('[data-c=ads]') as HTMLInputElement).checked }));
  document.querySelector('.outside')!.addEventListener('click', () => (store = { stats: true, ads: true }));
});

describe('interpreter', () => {
  it('rejects, reads back, verifies', async () => {
    const result = await runRule(rule, allPurposes(false), env());
    expect(result).toMatchObject({ outcome: 'done', action: 'rejectAll', verified: true, violation: false, ms: 42 });
  });
  it('sets toggles by category for mixed choices', async () => {
    const result = await runRule(rule, { ...allPurposes(false), analytics: true }, env());
    expect(store).toEqual({ stats: true, ads: false });
    expect(result).toMatchObject({ outcome: 'done', action: 'custom', verified: true });
  });
  it('fails, and says why, when a step cannot be done', async () => {
    const broken: Rule = { ...rule, actions: { rejectAll: [{ click: '#nope' }] } };
    expect(await runRule(broken, allPurposes(false), env())).toMatchObject({ outcome: 'failed', reason: 'nothing to click: #nope' });
  });
  it('never clicks outside the banner, nor a link that leaves the page', async () => {
    const outside: Rule = { ...rule, actions: { rejectAll: [{ click: '.outside' }] } };
    expect(await runRule(outside, allPurposes(false), env())).toMatchObject({ outcome: 'failed' });
    expect(store).toBeNull();
    expect(navigatesAway(document.querySelector('#policy')!)).toBe(true);
    const link: Rule = { ...rule, actions: { rejectAll: [{ click: '#policy' }] } };
    expect(await runRule(link, allPurposes(false), env())).toMatchObject({ outcome: 'failed' });
  });
  it('does nothing when the manager shows no banner', async () => {
    document.querySelector('#b')!.setAttribute('style', 'display:none');
    expect(await runRule(rule, allPurposes(false), env(), { showTimeoutMs: 100, lateShowMs: 300 })).toBeNull();
  });
  it('refuses mixed choices without custom steps', async () => {
    const aon: Rule = { ...rule, actions: { rejectAll: rule.actions.rejectAll, acceptAll: rule.actions.acceptAll } };
    expect(await runRule(aon, { ...allPurposes(false), analytics: true }, env())).toMatchObject({ outcome: 'refused' });
    expect(store).toBeNull();
  });
});

describe('selectors and prehide', () => {
  it('pierces open shadow roots with >>> and splits alternatives outside brackets', () => {
    document.body.innerHTML = '<div id="host"></div><p class="x">light</p>';
    document.querySelector('#host')!.attachShadow({ mode: 'open' }).innerHTML = '<button class="x">deep</button>';
    expect(queryAllDeep(document, '#host >>> .x, p.x').map((e) => e.textContent)).toEqual(['deep', 'light']);
    expect(alternatives('a[x="1,2"], b:is(c, d)')).toEqual(['a[x="1,2"]', 'b:is(c, d)']);
    expect(lightPart('#host >>> .x, p')).toBe('#host,p');
  });
  it('builds one stylesheet that keeps banners laid out but unseen and unclickable', () => {
    expect(prehideCss(['#a', '#h >>> .b', '.c, #h2 >>> x'])).toBe('#a,.c{opacity:0!important;pointer-events:none!important;transition:none!important;}');
  });
});

describe('watcher', () => {
  const later = () => new Promise((r) => setTimeout(r, 300));
  it('reports a banner inserted later, once', async () => {
    document.body.innerHTML = '';
    const found: Found[] = [];
    const watch = watchForBanners(document, { table: [{ id: 'unit', present: ['#b'], prehide: [] }], onFound: (f) => found.push(f) });
    await later();
    expect(found).toEqual([]);
    document.body.insertAdjacentHTML('beforeend', '<div id="b"></div>');
    await later();
    document.body.insertAdjacentHTML('beforeend', '<span></span>');
    await later();
    watch.stop();
    expect(found.map((f) => f.id)).toEqual(['unit']);
  });
  it('asks the generic detector (at most every 250 ms), and never where a rule found its manager', async () => {
    document.body.innerHTML = '';
    const found: Found[] = [];
    const asked: number[] = [];
    let seen = false;
    const precheck = (doc: Document) => {
      asked.push(Date.now());
      const fresh = !seen && doc.querySelector('#dialog') !== null;
      seen ||= fresh;
      return fresh;
    };
    const watch = watchForBanners(document, { table: [{ id: 'unit', present: ['#b'], prehide: [] }], genericPrecheck: precheck, onFound: (f) => found.push(f) });
    document.body.insertAdjacentHTML('beforeend', '<div id="dialog"></div>');
    await later();
    document.body.insertAdjacentHTML('beforeend', '<span></span>');
    await later();
    expect(found.map((f) => f.id)).toEqual(['generic']);
    for (let i = 1; i < asked.length; i++) expect(asked[i]! - asked[i - 1]!).toBeGreaterThanOrEqual(240);
    seen = false;
    watch.restart();
    document.body.innerHTML = '<div id="b"></div><div id="dialog"></div><span></span>';
    await later();
    watch.stop();
    expect(found.map((f) => f.id)).toEqual(['generic', 'unit']);
  });
});
