/**
 * The rules' combined `present` selector, split so that searching the whole document costs little per rule:
 * one querySelector with a list of N selectors walks every element testing each of them, while most rule
 * selectors start with an id, which the document finds without a walk.
 */
export interface WholeQuery {
  /** [id, the alternative that starts with it] */
  byId: [string, string][];
  /** The other alternatives, as one selector list ('' when none). */
  rest: string;
}

/** An id the alternative starts with, when it is a plain one (no CSS escape to decode). */
const LEADING_ID = /^#([A-Za-z_][\w-]*)(?=$|[\s>+~.[:])/;

export function splitById(alternatives: readonly string[]): WholeQuery {
  const byId: [string, string][] = [];
  const rest: string[] = [];
  for (const alt of alternatives) {
    const id = LEADING_ID.exec(alt)?.[1];
    if (id) byId.push([id, alt]);
    else rest.push(alt);
  }
  return { byId, rest: rest.join(',') };
}

/** Whether any alternative matches in the document (light DOM). */
export function matchesWhole(doc: Document, query: WholeQuery): boolean {
  for (const [id, alt] of query.byId) {
    const el = doc.getElementById(id);
    // `#root .banner`: the id is an ancestor; the element itself, or one inside it, must match the whole.
    if (el && (el.matches(alt) || el.querySelector(alt) !== null)) return true;
  }
  return query.rest !== '' && doc.querySelector(query.rest) !== null;
}

/**
 * The selector to match added subtrees against: the alternatives that start with an id only while an
 * element with that id is in the document (an id lookup each, no walk; usually none is), and the rest.
 * The per-check cost then hardly grows with the number of rules.
 */
export function liveSelector(doc: Document, query: WholeQuery): string {
  const live = query.byId.filter(([id]) => doc.getElementById(id) !== null).map(([, alt]) => alt);
  if (!live.length) return query.rest;
  return query.rest ? `${query.rest},${live.join(',')}` : live.join(',');
}
