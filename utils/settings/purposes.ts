import { z } from 'zod';

/** The optional purposes a person chooses. `necessary` is always allowed and is never a choice. */
export const PURPOSES = ['functional', 'analytics', 'advertising', 'personalization', 'social', 'other'] as const;
export type Purpose = (typeof PURPOSES)[number];
/** A purpose as a consent manager can name it: ours, or `necessary`. */
export type PurposeOrNecessary = Purpose | 'necessary';

export const PurposeSchema = z.enum(PURPOSES);

/** `true` = allow. */
export const PurposeChoicesSchema = z.object({
  functional: z.boolean(),
  analytics: z.boolean(),
  advertising: z.boolean(),
  personalization: z.boolean(),
  social: z.boolean(),
  other: z.boolean(),
});
export type PurposeChoices = z.infer<typeof PurposeChoicesSchema>;

export function allPurposes(allow: boolean): PurposeChoices {
  return Object.fromEntries(PURPOSES.map((p) => [p, allow])) as PurposeChoices;
}

/** True when the choices are neither all allowed nor all denied. */
export function isMixed(choices: PurposeChoices): boolean {
  const values = PURPOSES.map((p) => choices[p]);
  return values.some(Boolean) && !values.every(Boolean);
}
