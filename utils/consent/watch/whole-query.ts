/**
 * The rules' combined `present` selector, split so that searching the whole document costs little per rule:
 * most rule selectors start with an id, which the document finds without a walk; the others are queried
 * one at a time, because Chromium has fast paths for a single selector but not for a list (measured on a
 * 3,000-element page: ten class and attribute selectors as one list ~1–3 ms, one by one ~0.05 ms in all).
 */
export interface WholeQuery {
  /** [id, the alternative that starts with it] */
  byId: [string, string][];
  /** The other alternatives. */
  rest: string[];
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
  return { byId, rest };
}

// `(function …)`: V8 compiles it with the script, not again at its first call: it runs in every frame (README, Performance).
/** Whether any alternative matches in the document (light DOM). */
export const matchesWhole = (function matchesWhole(doc: Document, query: WholeQuery): boolean {
  for (const [id, alt] of query.byId) {
    const el = doc.getElementById(id);
    // `#root .banner`: the id is an ancestor; the element itself, or one inside it, must match the whole.
    if (el && (el.matches(alt) || el.querySelector(alt) !== null)) return true;
  }
  return query.rest.some((alt) => doc.querySelector(alt) !== null);
});
