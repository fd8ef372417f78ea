import type { EffectiveChoices } from '../settings/effective';
import { PURPOSES, type PurposeChoices } from '../settings/purposes';

/**
 * The choices for a sub-frame. A consent manager's preference frame (TrustArc's consent-pref, Sourcepoint's
 * message) is served from its own host but answers for the page it is in, so the page's site exception must
 * hold there too. Neither site's choices are widened: a purpose is allowed only when both the frame's site
 * and the page's site allow it, and a pause on either pauses.
 */
export function choicesForFrame(own: EffectiveChoices, page: EffectiveChoices | null): EffectiveChoices {
  if (!page || page.site === own.site) return own;
  const purposes = Object.fromEntries(PURPOSES.map((p) => [p, own.purposes[p] && page.purposes[p]])) as PurposeChoices;
  return { ...own, paused: own.paused || page.paused, purposes, hasException: own.hasException || page.hasException };
}
