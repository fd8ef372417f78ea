import { z } from 'zod';
import { PurposeChoicesSchema, allPurposes } from './purposes';

export const SETTINGS_VERSION = 1 as const;

/** A key naming a site: a registrable domain or a host (at most 253 characters, as in DNS). */
export const SiteKeySchema = z.string().min(1).max(253);

export const SiteSettingsSchema = z.object({
  /** The person paused the extension on this site: nothing is clicked or hidden there. */
  paused: z.boolean().optional(),
  /** Choices for this site only; a missing purpose falls back to the global choice. */
  purposes: PurposeChoicesSchema.partial().optional(),
});
export type SiteSettings = z.infer<typeof SiteSettingsSchema>;

export const IdentitySchema = z.object({
  name: z.string().max(200).default(''),
  email: z.string().max(254).default(''),
  postalAddress: z.string().max(1000).optional(),
  /** Account identifier (customer number, login) per registrable domain, quoted in letters. */
  accounts: z.record(SiteKeySchema, z.string().max(200)).default(() => ({})),
});
export type Identity = z.infer<typeof IdentitySchema>;

export const REQUEST_TYPES = [
  'access',
  'rectification',
  'erasure',
  'restriction',
  'portability',
  'objection',
  'objection_marketing',
  'withdraw_consent',
  'objection_partners',
  'automated_decision',
  'post_mortem',
] as const;
export const RequestTypeSchema = z.enum(REQUEST_TYPES);
export type RequestType = z.infer<typeof RequestTypeSchema>;

/** A rights request the person sent, tracked until it is answered. Dates are ISO `YYYY-MM-DD`. */
export const RequestRecordSchema = z.object({
  id: z.string().min(1),
  site: z.string(),
  company: z.string().default(''),
  contact: z.string(),
  type: RequestTypeSchema,
  language: z.string().min(2).max(5),
  sentAt: z.iso.date(),
  dueAt: z.iso.date(),
  state: z.enum(['waiting', 'answered', 'extended', 'overdue']).default('waiting'),
  followUpSentAt: z.iso.date().optional(),
  complaintSentAt: z.iso.date().optional(),
  /** Country (ISO 3166-1 alpha-2, lower case) whose authority a complaint would go to. */
  country: z.string().optional(),
  /** The person's own words in the request (objection grounds, corrections…), quoted again in the follow-up. */
  reason: z.string().max(5000).optional(),
  /** The day the person was told the follow-up went unanswered and a complaint is due (told once). */
  complaintOfferedAt: z.iso.date().optional(),
});
export type RequestRecord = z.infer<typeof RequestRecordSchema>;

/**
 * The whole of what the person set. Every field but `version` and `purposes` has a default, so
 * `{ "version": 1, "purposes": {…} }` alone is valid. Documented in docs/settings.md.
 */
export const SettingsSchema = z.object({
  version: z.literal(SETTINGS_VERSION),
  purposes: PurposeChoicesSchema,
  // Defaults are functions: a shared default object would leak one value's changes into the next.
  sites: z.record(SiteKeySchema, SiteSettingsSchema).default(() => ({})),
  identity: IdentitySchema.default(() => ({ name: '', email: '', accounts: {} })),
  requests: z.array(RequestRecordSchema).default(() => []),
  /** False until the person has been through the first-run page. */
  onboarded: z.boolean().default(false),
});
export type Settings = z.infer<typeof SettingsSchema>;

/** A new install: every optional purpose denied until the person chooses. */
export function defaultSettings(): Settings {
  return SettingsSchema.parse({ version: SETTINGS_VERSION, purposes: allPurposes(false) });
}
