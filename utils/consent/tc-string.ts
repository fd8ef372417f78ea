/**
 * The part of an IAB TCF v2 TC string the engine reads: purpose consents and legitimate interests from the
 * core segment (the first dot-separated segment, base64url bits). Our own few lines instead of
 * @iabtechlabtcf/core, which would add ~50 KB to the engine bundle for this; the unit tests check it against
 * the library's encoder (test/unit/tc-string.test.ts).
 */

export interface TcPurposes {
  consents: Set<number>;
  legitimateInterests: Set<number>;
}

// Core segment bit offsets (TCF v2.x): version 6, created 36, last updated 36, CMP id 12, CMP version 12,
// consent screen 6, language 12, vendor list version 12, policy version 6, service specific 1,
// non-standard texts 1, special features 12 → purposes consent at 152 (24 bits), then LI (24 bits).
const PURPOSES_CONSENT_AT = 152;
const PURPOSES_LI_AT = 176;
const PURPOSE_BITS = 24;
const B64URL = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

/** Throws on a string that is not a TCF v2 core segment. */
export function decodeTcPurposes(tcString: string): TcPurposes {
  const [core = ''] = tcString.split('.');
  let bits = '';
  for (const ch of core) {
    const v = B64URL.indexOf(ch === '+' ? '-' : ch === '/' ? '_' : ch);
    if (v < 0) {
      if (ch === '=') break;
      throw new Error('TC string: not base64url');
    }
    bits += v.toString(2).padStart(6, '0');
  }
  if (bits.length < PURPOSES_LI_AT + PURPOSE_BITS) throw new Error('TC string: core segment too short');
  if (parseInt(bits.slice(0, 6), 2) !== 2) throw new Error('TC string: not version 2');
  const read = (at: number) => {
    const set = new Set<number>();
    for (let i = 0; i < PURPOSE_BITS; i++) if (bits[at + i] === '1') set.add(i + 1);
    return set;
  };
  return { consents: read(PURPOSES_CONSENT_AT), legitimateInterests: read(PURPOSES_LI_AT) };
}
