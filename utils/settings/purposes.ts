import { z } from 'zod';
import { PURPOSES, type PurposeChoices } from './purpose-list';

// The list and its helpers live in a zod-free module (the consent engine bundle imports them from there).
export * from './purpose-list';

export const PurposeSchema = z.enum(PURPOSES);

/** `true` = allow. */
export const PurposeChoicesSchema = z.object({
  functional: z.boolean(),
  analytics: z.boolean(),
  advertising: z.boolean(),
  personalization: z.boolean(),
  social: z.boolean(),
  other: z.boolean(),
}) satisfies z.ZodType<PurposeChoices>;
