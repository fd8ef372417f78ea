import { describe, expect, it } from 'vitest';
import { cookieValue, decodeValue, jsObjectToJson, readStoredData, storageKeyValue, toCategories } from '../../utils/consent/engine/decode';
import { READERS, tcfCategories, type ReaderContext } from '../../utils/consent/readers';
import { encodeTc } from './tc-encode';

function memoryStorage(entries: Record<string, string>): Pick<Storage, 'length' | 'key' | 'getItem'> {
  const keys = Object.keys(entries);
  return { length: keys.length, key: (i) => keys[i] ?? null, getItem: (k) => entries[k] ?? null };
}


describe('stored consent decoding', () => {
  it('reads Cookiebot’s URL-encoded JS object literal without eval', () => {
    const raw = encodeURIComponent("{stamp:'-1rZ+ab==',necessary:true,preferences:false,statistics:true,marketing:false,method:'explicit',ver:1,utc:1700000000000,region:'fr'}");
    const value = decodeValue(raw, 'js-object') as Record<string, unknown>;
    expect(value).toMatchObject({ stamp: '-1rZ+ab==', necessary: true, statistics: true, marketing: false, ver: 1 });
  });
  it('keeps quotes and colons inside strings', () => {
    expect(JSON.parse(jsObjectToJson(`{a:'it\\'s: {x}',b:"q\\"",c:[1,2]}`))).toEqual({ a: "it's: {x}", b: 'q"', c: [1, 2] });
  });
  it('reads OneTrust’s groups (query string, then pairs)', () => {
    const raw = 'isGpcEnabled=0&datestamp=Thu+Nov&groups=C0001%3A1%2CC0002%3A0%2CC0004%3A0&hosts=';
    const stored = readStoredData({ cookie: 'OptanonConsent', decode: 'query', path: 'groups', shape: 'pairs' }, { cookies: `a=1; OptanonConsent=${raw}; b=2`, storage: memoryStorage({}) });
    expect(stored).toEqual({ C0001: true, C0002: false, C0004: false });
  });
  it('reads a list of granted categories (orestbida v3 cc_cookie)', () => {
    const raw = encodeURIComponent(JSON.stringify({ categories: ['necessary', 'analytics'], revision: 0 }));
    expect(readStoredData({ cookie: 'cc_cookie', decode: 'uri-json', path: 'categories', shape: 'list' }, { cookies: `cc_cookie=${raw}`, storage: memoryStorage({}) })).toEqual({ necessary: true, analytics: true });
  });
  it('reads base64 JSON (Didomi token) and a map of yes/no text', () => {
    const token = btoa(JSON.stringify({ purposes: { consent: { enabled: ['a'], disabled: ['b'] } } }));
    expect(decodeValue(token, 'base64-json')).toEqual({ purposes: { consent: { enabled: ['a'], disabled: ['b'] } } });
    expect(toCategories({ analytics: 'no', ads: 'yes', n: 1, nested: {} }, { shape: 'map' })).toEqual({ analytics: false, ads: true, n: true });
  });
  it('finds cookies and storage keys by /regex/', () => {
    expect(cookieValue('x=1; __cmpconsentx123=ABC; y=2', '/^__cmpconsentx\\d+$/')).toBe('ABC');
    expect(cookieValue('x=1', 'missing')).toBeNull();
    expect(storageKeyValue(memoryStorage({ other: '1', _sp_user_consent_42: 'v' }), '/^_sp_user_consent_/')).toBe('v');
  });
  it('gives null, not a guess, for what it cannot read', () => {
    expect(readStoredData({ cookie: 'c', decode: 'json' }, { cookies: 'c=not json', storage: memoryStorage({}) })).toBeNull();
    expect(readStoredData({ localStorage: 'k', decode: 'json' }, { cookies: '', storage: memoryStorage({}) })).toBeNull();
  });
});

describe('TCF reader', () => {
  it('turns a TC string into consents and legitimate interests per purpose', () => {
    const out = tcfCategories(encodeTc([1, 7], [2, 8]));
    expect(out).toMatchObject({ '1': true, '2': false, '7': true, '8': false, 'li:2': true, 'li:7': false, 'li:8': true });
  });
  it('asks the page’s __tcfapi first, else reads euconsent-v2', async () => {
    const fromCookie: ReaderContext = { cookies: () => `euconsent-v2=${encodeTc([1], [])}`, storage: memoryStorage({}), callMain: async () => null };
    expect((await READERS.tcf!(fromCookie))?.['1']).toBe(true);
    const fromApi: ReaderContext = { ...fromCookie, callMain: async (fn) => (fn === 'tcfTcString' ? encodeTc([3], []) : null) };
    expect(await READERS.tcf!(fromApi)).toMatchObject({ '1': false, '3': true });
  });
});
