import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import fs from 'node:fs';
import vm from 'node:vm';
import { defaultSettings, type Settings } from '@/utils/settings/schema';
import { effectiveChoices } from '@/utils/settings/effective';
import { GPC_RULE_IDS, gpcRules, type GpcRule } from '@/utils/gpc/rules';
import { gpcScriptTargets } from '@/utils/gpc/page-script';
import { asciiHost } from '@/utils/gpc/sites';

function settings(advertising: boolean, sites: Record<string, { advertising?: boolean; paused?: boolean }> = {}): Settings {
  const s = defaultSettings();
  s.purposes.advertising = advertising;
  for (const [key, site] of Object.entries(sites))
    s.sites[key] = { paused: site.paused, purposes: site.advertising === undefined ? { analytics: true } : { advertising: site.advertising } };
  return s;
}

/** declarativeNetRequest's domain condition: the domain itself or any subdomain. */
const inList = (host: string | undefined, list: string[] | undefined) => !!host && !!list?.some((d) => host === d || host.endsWith('.' + d));

/** How a browser applies one rule: the documented condition semantics, for the fields the rules use. */
function ruleMatches(rule: GpcRule, request: { host: string; initiator?: string; mainFrame: boolean }): boolean {
  const c = rule.condition;
  if ((c.resourceTypes?.includes('main_frame') ?? false) !== request.mainFrame) return false;
  if (c.requestDomains && !inList(request.host, c.requestDomains)) return false;
  if (inList(request.host, c.excludedRequestDomains)) return false;
  if (c.initiatorDomains && !inList(request.initiator, c.initiatorDomains)) return false;
  if (inList(request.initiator, c.excludedInitiatorDomains)) return false;
  return true;
}
const sendsGpc = (s: Settings, request: { host: string; initiator?: string; mainFrame: boolean }) =>
  gpcRules(s).some((rule) => ruleMatches(rule, request));

describe('GPC header rules', () => {
  it('global advertising denied: every request but to and from the sites allowing it', () => {
    const s = settings(false, { 'shop.fr': { advertising: true } });
    const rules = gpcRules(s);
    expect(rules.map((r) => r.id)).toEqual([1001, 1002]);
    expect(rules[0]!.condition).toEqual({ resourceTypes: ['main_frame'], excludedRequestDomains: ['shop.fr'] });
    expect(rules[1]!.condition).toEqual({ excludedRequestDomains: ['shop.fr'], excludedInitiatorDomains: ['shop.fr'] });
    expect(rules[0]!.action).toEqual({ type: 'modifyHeaders', requestHeaders: [{ header: 'Sec-GPC', operation: 'set', value: '1' }] });
    expect(sendsGpc(s, { host: 'news.fr', mainFrame: true })).toBe(true);
    expect(sendsGpc(s, { host: 'www.shop.fr', mainFrame: true })).toBe(false);
    // Leaving the allowed site for another one: the page loaded decides, not the page that linked to it.
    expect(sendsGpc(s, { host: 'news.fr', initiator: 'shop.fr', mainFrame: true })).toBe(true);
    // The allowed site's ad partners: no signal; the same partner on another site: the signal.
    expect(sendsGpc(s, { host: 'ads.net', initiator: 'www.shop.fr', mainFrame: false })).toBe(false);
    expect(sendsGpc(s, { host: 'ads.net', initiator: 'news.fr', mainFrame: false })).toBe(true);
  });

  it('global advertising allowed: only requests to and from the sites denying it', () => {
    const s = settings(true, { 'news.fr': { advertising: false }, 'shop.fr': { advertising: true } });
    expect(gpcRules(s).map((r) => [r.id, r.condition])).toEqual([
      [1003, { resourceTypes: ['main_frame'], requestDomains: ['news.fr'] }],
      [1004, { requestDomains: ['news.fr'] }],
      [1005, { initiatorDomains: ['news.fr'] }],
    ]);
    expect(sendsGpc(s, { host: 'm.news.fr', mainFrame: true })).toBe(true);
    expect(sendsGpc(s, { host: 'ads.net', initiator: 'news.fr', mainFrame: false })).toBe(true);
    expect(sendsGpc(s, { host: 'news.fr', initiator: 'blog.org', mainFrame: false })).toBe(true);
    expect(sendsGpc(s, { host: 'ads.net', initiator: 'blog.org', mainFrame: false })).toBe(false);
    expect(sendsGpc(s, { host: 'blog.org', initiator: 'news.fr', mainFrame: true })).toBe(false);
  });

  it('advertising allowed everywhere: no rule; a paused site keeps its choice; other purposes do not count', () => {
    expect(gpcRules(settings(true))).toEqual([]);
    expect(gpcRules(settings(true, { 'a.fr': {} }))).toEqual([]);
    expect(gpcRules(settings(true, { 'a.fr': { advertising: false, paused: true } })).map((r) => r.id)).toEqual([1003, 1004, 1005]);
    expect(gpcRules(settings(false)).map((r) => r.condition)).toEqual([{ resourceTypes: ['main_frame'] }, {}]);
    for (const rule of [...gpcRules(settings(false, { 'a.fr': { advertising: true }, 'b.fr': { advertising: false } }))])
      expect(GPC_RULE_IDS).toContain(rule.id);
  });

  it('site keys become ASCII host names; what is no host name is left out', () => {
    expect(asciiHost('Bücher.de')).toBe('xn--bcher-kva.de');
    expect(asciiHost('192.168.1.2')).toBe('192.168.1.2');
    for (const bad of ['a b.fr', 'a.fr/x', 'user@a.fr', '[::1]', 'a.fr:8080']) expect(asciiHost(bad)).toBeNull();
    expect(gpcRules(settings(true, { 'Bücher.de': { advertising: false }, 'a b': { advertising: false } }))[0]!.condition.requestDomains).toEqual(['xn--bcher-kva.de']);
  });

  it('a page load carries the signal exactly when advertising is denied for that site (any settings)', () => {
    const site = fc.constantFrom('a.fr', 'b.fr', 'c.co.uk', 'd.org');
    const choice = fc.option(fc.boolean(), { nil: undefined });
    fc.assert(
      fc.property(fc.boolean(), fc.dictionary(site, fc.record({ advertising: choice, paused: fc.boolean() })), site, fc.constantFrom('', 'www.', 'x.y.'), (global, sites, host, sub) => {
        const s = settings(global, sites);
        const url = `https://${sub}${host}/page`;
        expect(sendsGpc(s, { host: sub + host, initiator: 'elsewhere.net', mainFrame: true })).toBe(!effectiveChoices(s, url).purposes.advertising);
        // Same-site subresources follow the same choice.
        expect(sendsGpc(s, { host: sub + host, initiator: host, mainFrame: false })).toBe(!effectiveChoices(s, url).purposes.advertising);
      }),
    );
  });
});

describe('GPC page script', () => {
  it('is registered for every site but the allowed ones when advertising is denied globally', () => {
    expect(gpcScriptTargets(settings(false, { 'shop.fr': { advertising: true }, '10.0.0.1': { advertising: true } }))).toEqual({
      matches: ['<all_urls>'],
      excludeMatches: ['*://10.0.0.1/*', '*://shop.fr/*', '*://*.shop.fr/*'],
    });
  });

  it('is registered only for the denying sites when advertising is allowed globally, and not at all when none', () => {
    expect(gpcScriptTargets(settings(true, { 'news.fr': { advertising: false, paused: true } }))).toEqual({
      matches: ['*://news.fr/*', '*://*.news.fr/*'],
      excludeMatches: [],
    });
    expect(gpcScriptTargets(settings(true, { 'shop.fr': { advertising: true } }))).toBeNull();
  });

  it('defines only navigator.globalPrivacyControl, a true getter shaped like a browser attribute', () => {
    class Navigator {}
    const context = vm.createContext({ Navigator, navigator: new Navigator() });
    const before = Object.keys(vm.runInContext('globalThis', context) as object);
    vm.runInContext(fs.readFileSync('public/gpc-main.js', 'utf8'), context);
    expect(vm.runInContext('navigator.globalPrivacyControl', context)).toBe(true);
    const descriptor = Object.getOwnPropertyDescriptor(Navigator.prototype, 'globalPrivacyControl')!;
    expect({ enumerable: descriptor.enumerable, configurable: descriptor.configurable, set: descriptor.set }).toEqual({ enumerable: true, configurable: true, set: undefined });
    expect(Object.keys(vm.runInContext('globalThis', context) as object)).toEqual(before);
  });
});
