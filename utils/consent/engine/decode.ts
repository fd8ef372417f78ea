import type { Stored } from '../rule-schema';

/** What a manager stored, per its own category: granted or not. */
export type StoredCategories = Record<string, boolean>;

/** A JS object literal as some managers store it (Cookiebot: `{stamp:'x',necessary:true,ver:1}`) → JSON, without eval. */
export function jsObjectToJson(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (c === "'" || c === '"') {
      // Copy a string literal, re-quoted with double quotes.
      let j = i + 1;
      let body = '';
      while (j < text.length && text[j] !== c) {
        if (text[j] === '\\' && j + 1 < text.length) body += text[j++];
        body += text[j++];
      }
      out += JSON.stringify(c === "'" ? body.replace(/\\'/g, "'") : JSON.parse(`"${body}"`));
      i = j;
    } else if (/[A-Za-z_$]/.test(c) && /[{,]\s*$/.test(out)) {
      // An unquoted key.
      const m = /^[A-Za-z_$][\w$]*/.exec(text.slice(i))![0];
      out += JSON.stringify(m);
      i += m.length - 1;
    } else out += c;
  }
  return out;
}

function base64Decode(text: string): string {
  const normal = text.replace(/-/g, '+').replace(/_/g, '/');
  const bytes = Uint8Array.from(atob(normal + '='.repeat((4 - (normal.length % 4)) % 4)), (ch) => ch.charCodeAt(0));
  return new TextDecoder().decode(bytes);
}

export function decodeValue(raw: string, decode: Stored['decode'] = 'raw'): unknown {
  switch (decode) {
    case 'raw':
      return raw;
    case 'uri':
      return decodeURIComponent(raw);
    case 'json':
      return JSON.parse(raw);
    case 'uri-json':
      return JSON.parse(decodeURIComponent(raw));
    case 'base64-json':
      return JSON.parse(base64Decode(decodeURIComponent(raw)));
    case 'js-object':
      return JSON.parse(jsObjectToJson(decodeURIComponent(raw)));
    case 'query':
      return Object.fromEntries(new URLSearchParams(raw));
  }
}

export function atPath(value: unknown, path: string | undefined): unknown {
  if (!path) return value;
  let current = value;
  for (const key of path.split('.')) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<string, unknown>)[key];
  }
  return current;
}

/** `true`, `1`, `"yes"`, `"true"`, `"allow"`, `"granted"`… → granted. */
export function truthy(value: unknown): boolean {
  if (typeof value === 'boolean') return value;
  if (typeof value === 'number') return value > 0;
  if (typeof value === 'string') return /^(1|true|yes|y|on|allow|allowed|accept|accepted|granted)$/i.test(value.trim());
  return false;
}

/** The decoded value, in the rule's shape, as granted-per-category. Null when it has no readable form. */
export function toCategories(value: unknown, stored: Pick<Stored, 'shape' | 'pairSeparator' | 'valueSeparator'>): StoredCategories | null {
  const shape = stored.shape ?? (Array.isArray(value) ? 'list' : typeof value === 'string' ? 'pairs' : 'map');
  if (shape === 'list') {
    const list = typeof value === 'string' ? value.split(stored.pairSeparator ?? ',') : value;
    if (!Array.isArray(list)) return null;
    return Object.fromEntries(list.map((v) => [String(v).trim(), true]));
  }
  if (shape === 'pairs') {
    if (typeof value !== 'string') return null;
    const out: StoredCategories = {};
    for (const pair of value.split(stored.pairSeparator ?? ',')) {
      const [key, val] = pair.split(stored.valueSeparator ?? ':');
      if (key?.trim() && val !== undefined) out[key.trim()] = truthy(val);
    }
    return out;
  }
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return null;
  const out: StoredCategories = {};
  for (const [key, val] of Object.entries(value)) if (typeof val !== 'object' || val === null) out[key] = truthy(val);
  return out;
}

/** Reads a cookie from a `document.cookie` string; a `/regex/` name matches the first fitting cookie. */
export function cookieValue(cookies: string, name: string): string | null {
  const regex = /^\/(.*)\/([a-z]*)$/.exec(name);
  for (const part of cookies.split(/;\s*/)) {
    const eq = part.indexOf('=');
    if (eq < 0) continue;
    const key = part.slice(0, eq);
    if (regex ? new RegExp(regex[1]!, regex[2]).test(key) : key === name) return part.slice(eq + 1);
  }
  return null;
}

export function storageKeyValue(storage: Pick<Storage, 'length' | 'key' | 'getItem'>, name: string): string | null {
  const regex = /^\/(.*)\/([a-z]*)$/.exec(name);
  if (!regex) return storage.getItem(name);
  for (let i = 0; i < storage.length; i++) {
    const key = storage.key(i);
    if (key !== null && new RegExp(regex[1]!, regex[2]).test(key)) return storage.getItem(key);
  }
  return null;
}

/** The generic data form of StoredSchema: find the raw text, decode, follow the path, read the shape. */
export function readStoredData(stored: Stored, source: { cookies: string; storage: Pick<Storage, 'length' | 'key' | 'getItem'> }): StoredCategories | null {
  const raw = stored.cookie
    ? cookieValue(source.cookies, stored.cookie)
    : stored.localStorage
      ? storageKeyValue(source.storage, stored.localStorage)
      : null;
  if (raw === null) return null;
  try {
    return toCategories(atPath(decodeValue(raw, stored.decode), stored.path), stored);
  } catch {
    return null;
  }
}
