// @vitest-environment happy-dom
import fs from 'node:fs';
import path from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { GVL, TCModel, TCString } from '@iabtechlabtcf/core';
import { runRule, type EngineEnv } from '../../utils/consent/engine/run';
import { verify } from '../../utils/consent/engine/verify';
import { decide } from '../../utils/consent/engine/wanted';
import { tcfCategories } from '../../utils/consent/readers';
import { RuleSchema } from '../../utils/consent/rule-schema';
import { TCF_PURPOSE_NAMES } from '../../utils/consent/tcf-purposes';
import sourcepointFrame from '../../utils/consent/rules/sourcepoint-frame';
import sourcepointTop from '../../utils/consent/rules/sourcepoint-top';
import { sourcepointOpenPrivacyManager } from '../../utils/consent/main-world/sourcepoint';
import { allPurposes, type PurposeChoices } from '../../utils/settings/purposes';

// happy-dom lays nothing out: give every connected element a box so "shown" means display/visibility.
Element.prototype.getClientRects = function (this: Element) {
  return (this.isConnected ? [{ width: 1, height: 1 }] : []) as unknown as DOMRectList;
};

const SITES = path.resolve(import.meta.dirname, '../fixtures/sites');
const NONE = allPurposes(false);
const ALL = allPurposes(true);
const MIXED: PurposeChoices = { ...NONE, analytics: true, social: true };
const LI_ALLOWED = [2, 7, 8, 9, 10, 11];
const IDS = Object.keys(TCF_PURPOSE_NAMES).map(Number);

function tcString(consents: number[], legitimateInterests: number[]): string {
  const model = new TCModel(new GVL(JSON.parse(fs.readFileSync(path.join(SITES, 'cdn.privacy-mgmt.test/vendor-list.json'), 'utf8'))));
  model.cmpId = 6;
  model.cmpVersion = 1;
  model.purposeConsents.set(consents);
  model.purposeLegitimateInterests.set(legitimateInterests);
  return TCString.encode(model);
}

describe('Sourcepoint: where each rule runs', () => {
  const frameUrl = new RegExp(RuleSchema.parse(sourcepointFrame).detect.frameUrl!);

  it('the frame rule runs in the message and privacy manager, on Sourcepoint hosts and publishers’ CNAMEs', () => {
    for (const url of [
      'https://cdn.privacy-mgmt.com/index.html?message_id=1093211&consentUUID=abc&preload_message=true&version=v1',
      'https://cdn.privacy-mgmt.com/privacy-manager/index.html?message_id=1093214&consentUUID=abc&site_id=31337',
      'https://sourcepoint.theguardian.com/index.html?message_id=12&consentUUID=x',
      'https://cmpv2.independent.co.uk/privacy-manager/index.html?requestUUID=r&message_id=9',
    ]) expect(frameUrl.test(url), url).toBe(true);
  });

  it('and nowhere else: not the publisher page, not a page merely mentioning a message id', () => {
    for (const url of [
      'https://sourcepoint.example.co.uk/',
      'https://example.com/index.html',
      'https://example.com/?message_id=1',
      'https://example.com/news/index.html?message_id=1',
      'https://example.com/search?q=/index.html?message_id=1',
    ]) expect(frameUrl.test(url), url).toBe(false);
  });
});

describe('Sourcepoint: which answer, and what the TC string must say', () => {
  it('both rules answer all denied by rejecting, all allowed by accepting, anything between by the privacy manager', () => {
    for (const rule of [sourcepointTop, sourcepointFrame]) {
      expect(decide(rule, NONE)).toEqual({ action: 'rejectAll' });
      expect(decide(rule, ALL)).toEqual({ action: 'acceptAll' });
      expect(decide(rule, MIXED)).toEqual({ action: 'custom' });
      // Functional and social are no TCF purpose: choices differing only there are not mixed here.
      expect(decide(rule, { ...NONE, functional: true, social: true })).toEqual({ action: 'rejectAll' });
    }
  });

  it('the top rule verifies consent and legitimate interest: an objection not made is a violation', () => {
    const analytics = [8, 9];
    const objected = tcfCategories(tcString([1, ...analytics], analytics));
    expect(verify(sourcepointTop, MIXED, objected)).toMatchObject({ verified: true, violation: false });
    // Consent refused everywhere else but advertising's legitimate interest (2, 7) left on, as a first-layer reject may.
    const leftOn = tcfCategories(tcString([1, ...analytics], [2, 7, ...analytics]));
    const check = verify(sourcepointTop, MIXED, leftOn);
    expect(check).toMatchObject({ verified: false, violation: true });
    expect(check.purposes.find((p) => p.purpose === 'advertising')).toMatchObject({ wanted: false, stored: true });
  });
});

describe('Sourcepoint: the frame rule in the message and the privacy manager', () => {
  let clicks: string[];
  /** A fresh root per test: listeners of earlier tests stay on <body>. */
  let root: HTMLElement;
  const env = (): EngineEnv => ({ doc: document, callMain: async () => null, readStored: async () => null, hide: () => {}, now: () => 7 });

  /** The privacy manager as the fixture and the live one draw it: consent off, legitimate interest on. */
  function privacyManager(): string {
    const row = (p: number, kind: string, on: boolean) =>
      `<div class="message-component stack-row tcfv2-stack" title="${TCF_PURPOSE_NAMES[String(p) as keyof typeof TCF_PURPOSE_NAMES]}">` +
      `<button class="pm-switch" role="switch" aria-checked="${on}" data-kind="${kind}" data-p="${p}"></button></div>`;
    return `<div class="message-container"><div class="message-component privacy-manager-tcfv2">` +
      `<div class="category-consent">${IDS.map((p) => row(p, 'consent', false)).join('')}</div>` +
      `<div class="category-li">${LI_ALLOWED.map((p) => row(p, 'li', true)).join('')}</div>` +
      `<button class="sp_choice_type_REJECT_ALL">Reject All</button><button class="sp_choice_type_ACCEPT_ALL">Accept All</button>` +
      `<button class="sp_choice_type_SAVE_AND_EXIT">Save &amp; Exit</button></div></div>`;
  }
  function firstLayer(): string {
    return `<div class="message-container"><button class="sp_choice_type_12">Settings</button>` +
      `<button class="sp_choice_type_13">Reject all</button><button class="sp_choice_type_11">Accept all</button></div>`;
  }
  /** Which switches are on, by kind: purpose ids. */
  const on = (kind: string) =>
    [...document.querySelectorAll(`.pm-switch[data-kind=${kind}][aria-checked=true]`)].map((el) => Number(el.getAttribute('data-p')));

  beforeEach(() => {
    clicks = [];
    root = document.createElement('div');
    document.body.replaceChildren(root);
    root.innerHTML = firstLayer();
    root.addEventListener('click', (e) => {
      const target = e.target as Element;
      const sw = target.closest('.pm-switch');
      if (sw) sw.setAttribute('aria-checked', String(sw.getAttribute('aria-checked') !== 'true'));
      const choice = /sp_choice_type_(\w+)/.exec(target.className)?.[1];
      if (!choice) return;
      clicks.push(choice);
      // "Settings" opens the privacy manager in place here (the live one may load it as a new document instead).
      if (choice === '12') root.innerHTML = privacyManager();
      else if (choice === 'SAVE_AND_EXIT' || choice === '11') document.querySelector('.message-container')!.remove();
    });
  });

  it('all denied: the first layer’s "Reject All", one click, no privacy manager', async () => {
    root.addEventListener('click', (e) => {
      if ((e.target as Element).classList.contains('sp_choice_type_13')) document.querySelector('.message-container')!.remove();
    });
    const result = await runRule(sourcepointFrame, NONE, env());
    expect(result).toMatchObject({ action: 'rejectAll', outcome: 'done' });
    expect(clicks).toEqual(['13']);
  });

  it('all denied with the first layer’s reject hidden: through the privacy manager, never the hidden button', async () => {
    (document.querySelector('.sp_choice_type_13') as HTMLElement).style.display = 'none';
    const result = await runRule(sourcepointFrame, NONE, env());
    expect(result).toMatchObject({ action: 'rejectAll', outcome: 'done' });
    expect(clicks).toEqual(['12', 'SAVE_AND_EXIT']);
  });

  it('all denied on a first layer without a reject: through the privacy manager, every switch off, then save', async () => {
    document.querySelector('.sp_choice_type_13')!.remove();
    let state: { consent: number[]; li: number[] } | null = null;
    root.addEventListener('click', (e) => {
      if ((e.target as Element).classList.contains('sp_choice_type_SAVE_AND_EXIT')) state = { consent: on('consent'), li: on('li') };
    }, { capture: true });
    const result = await runRule(sourcepointFrame, NONE, env());
    expect(result).toMatchObject({ action: 'rejectAll', outcome: 'done' });
    expect(clicks).toEqual(['12', 'SAVE_AND_EXIT']);
    expect(state).toEqual({ consent: [], li: [] });
  });

  it('mixed: each purpose’s consent and legitimate interest set by its name, the denied ones objected to', async () => {
    let state: { consent: number[]; li: number[] } | null = null;
    root.addEventListener('click', (e) => {
      if ((e.target as Element).classList.contains('sp_choice_type_SAVE_AND_EXIT')) state = { consent: on('consent'), li: on('li') };
    }, { capture: true });
    const result = await runRule(sourcepointFrame, MIXED, env());
    expect(result).toMatchObject({ action: 'custom', outcome: 'done' });
    // Purpose 1 (storage) is needed by the analytics the person allowed; 8 and 9 are analytics.
    expect(state).toEqual({ consent: [1, 8, 9], li: [8, 9] });
  });

  it('opened on the privacy manager (a new document after "settings"), it answers there without looking for the first layer', async () => {
    root.innerHTML = privacyManager();
    const result = await runRule(sourcepointFrame, NONE, env());
    expect(result).toMatchObject({ action: 'rejectAll', outcome: 'done' });
    expect(clicks).toEqual(['SAVE_AND_EXIT']);
  });

  it('all allowed: the first layer’s accept, and never its reject', async () => {
    const result = await runRule(sourcepointFrame, ALL, env());
    expect(result).toMatchObject({ action: 'acceptAll', outcome: 'done' });
    expect(clicks).toEqual(['11']);
  });
});

describe('Sourcepoint: reopening the privacy manager to repair a reject that kept legitimate interest', () => {
  type Sp = { gdpr?: { loadPrivacyManagerModal?: (id: number) => void }; loadPrivacyManagerModal?: (id: number) => void };
  const w = window as unknown as { _sp_?: Sp };
  let opened: number[];
  beforeEach(() => {
    opened = [];
    w._sp_ = { gdpr: { loadPrivacyManagerModal: (id) => opened.push(id) } };
  });

  it('with the id the site’s own "Privacy settings" link passes, in an onclick or a javascript: href', () => {
    document.body.innerHTML = `<a href="#" onclick="window._sp_.gdpr.loadPrivacyManagerModal(1093214); return false;">Privacy settings</a>`;
    expect(sourcepointOpenPrivacyManager()).toBe(true);
    document.body.innerHTML = `<a href="javascript:window._sp_.gdpr.loadPrivacyManagerModal('555')">Cookies</a>`;
    expect(sourcepointOpenPrivacyManager()).toBe(true);
    // The older wrapper's API on _sp_ itself.
    w._sp_ = { loadPrivacyManagerModal: (id) => opened.push(id) };
    expect(sourcepointOpenPrivacyManager()).toBe(true);
    expect(opened).toEqual([1093214, 555, 555]);
  });

  it('not without such a link, nor with an id that is not a number, nor without the wrapper’s API', () => {
    document.body.innerHTML = `<a href="/privacy">Privacy</a>`;
    expect(sourcepointOpenPrivacyManager()).toBe(false);
    document.body.innerHTML = `<a onclick="_sp_.gdpr.loadPrivacyManagerModal(x + 1)">Privacy</a>`;
    expect(sourcepointOpenPrivacyManager()).toBe(false);
    document.body.innerHTML = `<a onclick="_sp_.gdpr.loadPrivacyManagerModal(7)">Privacy</a>`;
    delete w._sp_;
    expect(sourcepointOpenPrivacyManager()).toBe(false);
    expect(opened).toEqual([]);
  });
});
