import { decodeTcPurposes } from './tc-string';
import { cookieValue, type StoredCategories } from './engine/decode';
import { borlabsFromCookies } from './readers/borlabs';
import { cookieFamily } from './readers/cookie-family';
import { cookieScriptFromCookies } from './readers/cookie-script';
import { didomiFromCookies } from './readers/didomi';
import { tarteaucitronFromPage } from './readers/tarteaucitron';

/** What a named reader can look at: the frame's cookies and storage, and the page's main world. */
export interface ReaderContext {
  cookies(): string;
  storage: Pick<Storage, 'length' | 'key' | 'getItem'>;
  /** The frame's document, for readers that learn the manager's categories from its markup. */
  doc?: Document;
  callMain(fn: string, args?: unknown[]): Promise<unknown>;
}

export type Reader = (ctx: ReaderContext) => Promise<StoredCategories | null>;

/**
 * An IAB TCF v2 TC string → `{ '1': consent to purpose 1, …, 'li:2': legitimate interest for purpose 2, … }`.
 * Verification maps `li:N` through purpose N, so an objection not made to a denied purpose shows as granted.
 */
export function tcfCategories(tcString: string): StoredCategories {
  const model = decodeTcPurposes(tcString);
  const out: StoredCategories = {};
  for (let id = 1; id <= 11; id++) {
    out[String(id)] = model.consents.has(id);
    if (id > 1) out[`li:${id}`] = model.legitimateInterests.has(id);
  }
  return out;
}

/** Named readers for `stored.reader`, for what the data form of StoredSchema cannot say. */
export const READERS: Record<string, Reader> = {
  /** Borlabs Cookie: the groups present in its borlabs-cookie JSON are granted (readers/borlabs.ts). */
  borlabs: async (ctx) => borlabsFromCookies(ctx.cookies()),
  /** Complianz: `cmplz_<category>=allow|deny`, once `cmplz_banner-status` says the banner was answered. */
  complianz: async (ctx) => cookieFamily(ctx.cookies(), 'cmplz_', '', 'cmplz_banner-status'),
  /** CookieLawInfo: `cookielawinfo-checkbox-<category>=yes|no` (keys as its checkboxes' data-id), after `viewed_cookie_policy`. */
  cookieLawInfo: async (ctx) => cookieFamily(ctx.cookies(), 'cookielawinfo-checkbox-', 'cookielawinfo-', 'viewed_cookie_policy'),
  /** Cookie-Script: granted categories as JSON text inside its CookieScriptConsent JSON (readers/cookie-script.ts). */
  cookieScript: async (ctx) => cookieScriptFromCookies(ctx.cookies()),
  /** Didomi's didomi_token: consent and legitimate interest per purpose (readers/didomi.ts). */
  didomi: async (ctx) => didomiFromCookies(ctx.cookies()),
  /**
   * tarteaucitron: its cookie and the service rows of its panel in the isolated world (readers/tarteaucitron.ts),
   * else the library itself in the main world (a site's own cookie name).
   */
  async tarteaucitron(ctx) {
    const here = ctx.doc ? tarteaucitronFromPage(ctx.cookies(), ctx.doc) : null;
    return here ?? ((await ctx.callMain('tarteaucitronConsents')) as StoredCategories | null);
  },
  /** Any TCF v2 manager: its API first, else the conventional `euconsent-v2` cookie. */
  async tcf(ctx) {
    const fromApi = await ctx.callMain('tcfTcString').catch(() => null);
    const tcString = typeof fromApi === 'string' ? fromApi : cookieValue(ctx.cookies(), 'euconsent-v2');
    return tcString ? tcfCategories(tcString) : null;
  },
};
