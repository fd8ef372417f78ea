/** Which rights the policy grants, and whether it passes data to partners. */
import { AUTHORITY_WORDS, NEGATION, PARTNER_WORDS, RIGHT_PATTERNS, RIGHT_WORDS, SELF_EVIDENT_RIGHTS, SHARE_VERBS } from './keywords';
import { POLICY_RIGHTS, type PolicyRight } from './types';

const MAX_MARKERS = 20_000;

function positions(folded: string, re: RegExp): number[] {
  const out: number[] = [];
  const r = new RegExp(re.source, 'g');
  for (let m = r.exec(folded); m && out.length < MAX_MARKERS; m = r.exec(folded)) out.push(m.index);
  return out;
}

/** Is there a marker in [from, to]? (markers sorted) */
function anyWithin(markers: number[], from: number, to: number): boolean {
  let lo = 0;
  let hi = markers.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (markers[mid]! < from) lo = mid + 1;
    else hi = mid;
  }
  return lo < markers.length && markers[lo]! <= to;
}

export function findRights(folded: string): PolicyRight[] {
  const rightWords = positions(folded, RIGHT_WORDS);
  const authorities = positions(folded, AUTHORITY_WORDS);
  const found: PolicyRight[] = [];
  for (const right of POLICY_RIGHTS) {
    const re = new RegExp(RIGHT_PATTERNS[right].source, 'g');
    let checked = 0;
    for (let m = re.exec(folded); m && checked < MAX_MARKERS; m = re.exec(folded), checked++) {
      const ok =
        right === 'complaint'
          ? anyWithin(authorities, m.index - 300, m.index + 300)
          : SELF_EVIDENT_RIGHTS.has(right) || anyWithin(rightWords, m.index - 1200, m.index + 400);
      if (ok) {
        found.push(right);
        break;
      }
    }
  }
  return found;
}

export function sharesWithPartners(folded: string): boolean {
  const re = /[^.!?;\n]{1,600}/g;
  for (let m = re.exec(folded); m; m = re.exec(folded)) {
    const s = m[0];
    if (PARTNER_WORDS.test(s) && SHARE_VERBS.test(s) && !NEGATION.test(s)) return true;
  }
  return false;
}
