// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import { RuleSchema, type Rule } from '../../utils/consent/rule-schema';
import { decide } from '../../utils/consent/engine/wanted';
import { runSteps, type StepEnv } from '../../utils/consent/engine/steps';
import { classifyLabel } from '../../utils/consent/classifier';
import { allPurposes, type PurposeChoices } from '../../utils/settings/purposes';
import tarteaucitron from '../../utils/consent/rules/tarteaucitron';
import klaro from '../../utils/consent/rules/klaro';
import cc2 from '../../utils/consent/rules/cookieconsent-orestbida-v2';
import cc3 from '../../utils/consent/rules/cookieconsent-orestbida-v3';
import osano from '../../utils/consent/rules/osano-cookieconsent';
import { tarteaucitronApply, tarteaucitronConsents } from '../../utils/consent/main-world/tarteaucitron';
import { klaroApply, klaroCategories, klaroConsents } from '../../utils/consent/main-world/klaro';
import {
  cookieconsent2Consents,
  cookieconsent3Apply,
  cookieconsent3Categories,
  cookieconsent3Consents,
} from '../../utils/consent/main-world/cookieconsent-orestbida';
import { osanoCookieconsentStatus } from '../../utils/consent/main-world/osano-cookieconsent';
import { MAIN_WORLD } from '../../utils/consent/main-world';
import { tarteaucitronFromPage } from '../../utils/consent/readers/tarteaucitron';
import { READERS } from '../../utils/consent/readers';

const FIXTURES = path.resolve(__dirname, '../fixtures');
const RULES: Rule[] = [tarteaucitron, klaro, cc2, cc3, osano];
const MIXED: PurposeChoices = { ...allPurposes(false), analytics: true };
const win = window as unknown as Record<string, unknown>;

function clearCookies() {
  for (const c of document.cookie.split(/;\s*/).filter(Boolean)) document.cookie = `${c.split('=')[0]}=; path=/; max-age=0`;
}
afterEach(() => {
  for (const name of ['tarteaucitron', 'klaro', 'CookieConsent']) delete win[name];
  document.body.innerHTML = '';
  document.documentElement.lang = '';
  clearCookies();
});

describe('open-source consent manager rules', () => {
  it.each(RULES.map((r) => [r.id, r] as const))('%s is a valid rule whose fixtures exist and whose functions ship', (_id, rule) => {
    const parsed = RuleSchema.parse(rule);
    for (const fixture of parsed.fixtures) expect(fs.existsSync(path.join(FIXTURES, fixture)), fixture).toBe(true);
    const named = JSON.stringify(rule).match(/"(?:call|reader)":"(?:main:)?([a-zA-Z0-9]+)"/g) ?? [];
    for (const ref of named) {
      // A reader without `main:` is one of readers.ts; everything else runs in the main world.
      const shipped = /^"reader":"(?!main:)/.test(ref) ? READERS : MAIN_WORLD;
      expect(shipped, ref).toHaveProperty(ref.replace(/.*"(?:main:)?([a-zA-Z0-9]+)"$/, '$1'));
    }
  });

  it('per-purpose managers answer mixed choices; Osano’s all-or-nothing banner refuses them', () => {
    for (const rule of [tarteaucitron, klaro, cc2, cc3]) expect(decide(rule, MIXED), rule.id).toEqual({ action: 'custom' });
    expect(decide(osano, MIXED)).toEqual({ refuse: 'mixed-without-custom' });
    expect(decide(osano, allPurposes(false))).toEqual({ action: 'rejectAll' });
    expect(decide(osano, allPurposes(true))).toEqual({ action: 'acceptAll' });
  });
});

describe('engine: a main-world call naming categories and labels', () => {
  it('classifies the labels so a later call with `desired` gets each category’s wanted value', async () => {
    const calls: [string, unknown[]][] = [];
    const env: StepEnv = {
      doc: document,
      rule: klaro,
      choices: MIXED,
      classify: classifyLabel,
      callMain: async (fn, args = []) => {
        calls.push([fn, args]);
        return fn === 'klaroCategories' ? { categories: { statistik: 'Statistiken', werbung: 'Marketing', x: 42 } } : true;
      },
      hide: () => {},
      wanted: {},
      labels: {},
    };
    await runSteps(env, klaro.actions.custom!.slice(0, 2));
    expect(env.labels).toEqual({ statistik: 'Statistiken', werbung: 'Marketing' });
    expect(calls[1]).toEqual(['klaroApply', [{ categories: { statistik: true, werbung: false }, purposes: MIXED }]]);
  });
});

describe('tarteaucitron main world', () => {
  function install(types: Record<string, string>, rendered = true) {
    const set: [string, boolean][] = [];
    // The library renders one allow button per service once ready.
    document.body.innerHTML = rendered ? Object.keys(types).map((key) => `<button id="${key}Allowed"></button>`).join('') : '';
    win.tarteaucitron = {
      job: Object.keys(types),
      services: Object.fromEntries(Object.entries(types).map(([key, type]) => [key, { key, type }])),
      setConsent: (key: string, value: boolean) => set.push([key, value]),
      cookie: { read: () => /tarteaucitron=([^;]*)/.exec(document.cookie)?.[1] ?? '' },
      userInterface: { closeAlert: () => {} },
    };
    return set;
  }

  it('sets each service by its type, Google consent-mode signals by key', () => {
    const set = install({ gtag: 'analytic', facebookpixel: 'ads', gcmadsuserdata: 'google' });
    expect(tarteaucitronApply({ categories: { analytic: true, ads: false, gcmadsuserdata: false } })).toBe(true);
    expect(set).toEqual([['gtag', true], ['facebookpixel', false], ['gcmadsuserdata', false]]);
  });

  it('changes nothing before the library rendered its services (the rule then clicks)', () => {
    const set = install({ gtag: 'analytic' }, false);
    expect(tarteaucitronApply({ categories: { analytic: false } })).toBe(false);
    expect(set).toEqual([]);
  });

  it('changes nothing when a service’s type has no wanted value (a site’s custom type)', () => {
    const set = install({ gtag: 'analytic', mywidget: 'widgets' });
    expect(tarteaucitronApply({ categories: { analytic: false } })).toBe(false);
    expect(set).toEqual([]);
  });

  it('reads the cookie per type: granted if any service is, `wait` is not a grant, null before any answer', () => {
    install({ gtag: 'analytic', hotjar: 'analytic', youtube: 'video', twitter: 'social' });
    document.cookie = 'tarteaucitron=!gtag=wait!hotjar=wait!youtube=wait; path=/';
    expect(tarteaucitronConsents()).toBeNull();
    document.cookie = 'tarteaucitron=!gtag=false!hotjar=true!youtube=wait!twitter=false!gone=true; path=/';
    expect(tarteaucitronConsents()).toEqual({ analytic: true, video: false, social: false });
  });

  it('reads the same in the isolated world from the cookie and the panel’s service rows, by key for Google signals', () => {
    document.body.innerHTML =
      '<ul id="tarteaucitronServices_analytic"><li id="gtagLine"></li><li id="hotjarLine"></li></ul>' +
      '<ul id="tarteaucitronServices_video"><li id="youtubeLine"></li></ul><ul id="tarteaucitronServices_social"><li id="twitterLine"></li></ul>' +
      '<ul id="tarteaucitronServices_google"><li id="gcmadstorageLine"></li></ul>';
    expect(tarteaucitronFromPage('tarteaucitron=!gtag=wait!hotjar=wait', document)).toBeNull();
    const cookie = 'a=1; tarteaucitron=!gtag=false!hotjar=true!youtube=wait!twitter=false!gone=true!gcmadstorage=false';
    expect(tarteaucitronFromPage(cookie, document)).toEqual({ analytic: true, video: false, social: false, gcmadstorage: false });
    // No rows (or a site's own cookie name): nothing read here, the reader asks the main world.
    document.body.innerHTML = '';
    expect(tarteaucitronFromPage(cookie, document)).toBeNull();
  });
});

describe('Klaro main world', () => {
  function install(stored: string | null = null) {
    const consents: Record<string, boolean> = {};
    let saved = 0;
    const manager = {
      config: {
        services: [
          { name: 'session', required: true, purposes: [] },
          { name: 'matomo', purposes: ['statistik'] },
          { name: 'intercom', purposes: ['statistik', 'support'] },
          { name: 'fonts', title: 'Web fonts', purposes: [] },
        ],
        translations: { de: { purposes: { statistik: 'Statistiken', support: { title: 'Kundendienst' } } }, zz: {} },
      },
      store: { get: () => stored },
      updateConsent: (name: string, value: boolean) => ((consents[name] = value), true),
      changeAll: () => 0,
      saveAndApplyConsents: () => void saved++,
    };
    win.klaro = { getManager: () => manager, language: () => 'de' };
    return { consents, saves: () => saved };
  }

  it('names purposes with the site’s labels, and services without a purpose by their title', () => {
    install();
    expect(klaroCategories()).toEqual({ categories: { statistik: 'Statistiken', support: 'Kundendienst', 'service:fonts': 'Web fonts' } });
  });

  it('grants a service only if all its purposes are wanted, then saves once', () => {
    const k = install();
    expect(klaroApply({ categories: { statistik: true, support: false, 'service:fonts': true } })).toBe(true);
    expect(k.consents).toEqual({ matomo: true, intercom: false, fonts: true });
    expect(k.saves()).toBe(1);
  });

  it('changes and saves nothing when a purpose has no wanted value', () => {
    const k = install();
    expect(klaroApply({ categories: { statistik: true } })).toBe(false);
    expect(k.consents).toEqual({});
    expect(k.saves()).toBe(0);
  });

  it('reads what the store holds per purpose; null before any answer', () => {
    install(null);
    expect(klaroConsents()).toBeNull();
    install(encodeURIComponent(JSON.stringify({ session: true, matomo: false, intercom: true, fonts: false })));
    expect(klaroConsents()).toEqual({ statistik: true, support: true, 'service:fonts': false });
  });
});

describe('orestbida cookieconsent main world', () => {
  function installV3() {
    const accepted: unknown[] = [];
    win.CookieConsent = {
      getConfig: (field: string) =>
        field === 'categories'
          ? { necesarias: { readOnly: true }, analiticas: {}, publicidad: {} }
          : {
              default: 'en',
              translations: {
                es: { preferencesModal: { sections: [{ title: 'Cookies <b>analíticas</b>', linkedCategory: 'analiticas' }] } },
                en: {},
              },
            },
      acceptCategory: (c: unknown) => accepted.push(c),
      hide: () => {},
      hidePreferences: () => {},
    };
    return accepted;
  }

  it('v3: labels from the page language’s preference sections, ids where there is no title', () => {
    installV3();
    document.documentElement.lang = 'es-ES';
    expect(cookieconsent3Categories()).toEqual({ categories: { analiticas: 'Cookies analíticas', publicidad: 'publicidad' } });
  });

  it('v3: accepts exactly the wanted optional categories, or nothing when one has no wanted value', () => {
    const accepted = installV3();
    expect(cookieconsent3Apply({ categories: { analiticas: true } })).toBe(false);
    expect(accepted).toEqual([]);
    expect(cookieconsent3Apply({ categories: { analiticas: true, publicidad: false } })).toBe(true);
    expect(accepted).toEqual([['analiticas']]);
  });

  it('v3 without a global API: reads the cookie by its shape, whatever its name', () => {
    const value = { categories: ['necessary', 'analytics'], revision: 0, services: { necessary: [], analytics: [], ads: [] } };
    document.cookie = `shop_consent=${encodeURIComponent(JSON.stringify(value))}; path=/`;
    expect(cookieconsent3Consents()).toEqual({ necessary: true, analytics: true, ads: false });
  });

  it('v2: granted categories from the cookie’s `level`, the others from the settings toggles', () => {
    document.body.innerHTML = '<div id="cc--main">' + ['necessary', 'analytics', 'ads'].map((v) => `<input class="c-tgl" value="${v}">`).join('') + '</div>';
    expect(cookieconsent2Consents()).toBeNull();
    document.cookie = `spaak_consent=${encodeURIComponent(JSON.stringify({ level: ['necessary', 'analytics'], revision: 0 }))}; path=/`;
    expect(cookieconsent2Consents()).toEqual({ necessary: true, analytics: true, ads: false });
  });
});

describe('Osano cookieconsent main world', () => {
  it.each([
    ['allow', true],
    ['dismiss', true],
    ['deny', false],
  ])('%s → every purpose %s', (status, granted) => {
    document.cookie = `cookieconsent_status=${status}; path=/`;
    expect(new Set(Object.values(osanoCookieconsentStatus()!))).toEqual(new Set([granted]));
    expect(Object.keys(osanoCookieconsentStatus()!).sort()).toEqual(Object.keys(osano.categories as object).sort());
  });

  it('null before any answer', () => {
    expect(osanoCookieconsentStatus()).toBeNull();
  });
});
