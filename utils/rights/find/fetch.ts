/**
 * Fetching a policy page from the background: same registrable site as the page only (also after redirects),
 * no cookies, text/html or text/plain only, a byte limit enforced while streaming, and one timeout for
 * the whole exchange.
 */
import { siteKey } from '@/utils/settings/effective';

export interface FetchPolicyOptions {
  /** The page the person is on: the policy must be on the same registrable site. */
  pageUrl: string;
  /** Bytes read at most; the rest is not downloaded. Default 2 MB. */
  maxBytes?: number;
  /** Default 8 s, for connecting and reading together. */
  timeoutMs?: number;
  /** For tests; the global fetch otherwise. */
  fetchImpl?: typeof fetch;
}

export type FetchedPolicy =
  | { ok: true; url: string; contentType: 'html' | 'text'; body: string; truncated: boolean }
  | { ok: false; url: string; error: 'other-site' | 'bad-url' | 'http' | 'content-type' | 'timeout' | 'network'; detail?: string };

export const DEFAULT_MAX_BYTES = 2 * 1024 * 1024;
export const DEFAULT_TIMEOUT_MS = 8000;

function charsetOf(contentType: string): string {
  const m = /charset\s*=\s*"?([\w.:-]{1,40})/i.exec(contentType);
  return m?.[1] ?? 'utf-8';
}

export async function fetchPolicy(url: string, opts: FetchPolicyOptions): Promise<FetchedPolicy> {
  const maxBytes = opts.maxBytes ?? DEFAULT_MAX_BYTES;
  const timeoutMs = opts.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const doFetch = opts.fetchImpl ?? fetch;
  let target: URL;
  try {
    target = new URL(url, opts.pageUrl);
  } catch {
    return { ok: false, url, error: 'bad-url' };
  }
  if (target.protocol !== 'https:' && target.protocol !== 'http:') return { ok: false, url, error: 'bad-url' };
  const site = siteKey(opts.pageUrl);
  if (!site || siteKey(target.href) !== site) return { ok: false, url: target.href, error: 'other-site' };

  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), timeoutMs);
  try {
    const res = await doFetch(target.href, {
      credentials: 'omit',
      redirect: 'follow',
      signal: controller.signal,
      headers: { Accept: 'text/html, text/plain;q=0.9' },
    });
    const finalUrl = res.url || target.href;
    if (siteKey(finalUrl) !== site) {
      await res.body?.cancel().catch(() => {});
      return { ok: false, url: finalUrl, error: 'other-site' };
    }
    if (!res.ok) {
      await res.body?.cancel().catch(() => {});
      return { ok: false, url: finalUrl, error: 'http', detail: String(res.status) };
    }
    const type = (res.headers.get('content-type') ?? '').toLowerCase();
    const kind = /^text\/html|^application\/xhtml\+xml/.test(type) ? 'html' : /^text\/plain/.test(type) ? 'text' : null;
    if (!kind) {
      await res.body?.cancel().catch(() => {});
      return { ok: false, url: finalUrl, error: 'content-type', detail: type || 'none' };
    }
    const { bytes, truncated } = await readAtMost(res, maxBytes);
    let decoder: TextDecoder;
    try {
      decoder = new TextDecoder(charsetOf(type));
    } catch {
      decoder = new TextDecoder('utf-8');
    }
    return { ok: true, url: finalUrl, contentType: kind, body: decoder.decode(bytes), truncated };
  } catch (e) {
    if (controller.signal.aborted) return { ok: false, url: target.href, error: 'timeout' };
    return { ok: false, url: target.href, error: 'network', detail: String(e) };
  } finally {
    clearTimeout(timer);
  }
}

/** Reads the body as a stream and stops (cancelling the download) once maxBytes are in. */
async function readAtMost(res: Response, maxBytes: number): Promise<{ bytes: Uint8Array; truncated: boolean }> {
  if (!res.body) {
    const all = new Uint8Array(await res.arrayBuffer());
    return { bytes: all.slice(0, maxBytes), truncated: all.length > maxBytes };
  }
  const reader = res.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  let truncated = false;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    const room = maxBytes - total;
    if (value.length >= room) {
      chunks.push(value.subarray(0, room));
      total += room;
      truncated = value.length > room;
      await reader.cancel().catch(() => {});
      // Exactly full: there may be more; say so only if something was cut.
      break;
    }
    chunks.push(value);
    total += value.length;
  }
  const bytes = new Uint8Array(total);
  let at = 0;
  for (const c of chunks) {
    bytes.set(c, at);
    at += c.length;
  }
  return { bytes, truncated };
}
