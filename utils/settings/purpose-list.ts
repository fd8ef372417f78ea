/**
 * The purposes and their plain helpers, without zod: the consent engine bundle imports from here so it
 * carries no schema library. utils/settings/purposes.ts re-exports all of this beside the zod schemas.
 */

/** The optional purposes a person chooses. `necessary` is always allowed and is never a choice. */
export const PURPOSES = ['functional', 'analytics', 'advertising', 'personalization', 'social', 'other'] as const;
export type Purpose = (typeof PURPOSES)[number];
/** A purpose as a consent manager can name it: ours, or `necessary`. */
export type PurposeOrNecessary = Purpose | 'necessary';

/** `true` = allow. */
export type PurposeChoices = Record<Purpose, boolean>;

export function allPurposes(allow: boolean): PurposeChoices {
  return Object.fromEntries(PURPOSES.map((p) => [p, allow])) as PurposeChoices;
}

/** True when the choices are neither all allowed nor all denied. */
export function isMixed(choices: PurposeChoices): boolean {
  const values = PURPOSES.map((p) => choices[p]);
  return values.some(Boolean) && !values.every(Boolean);
}
