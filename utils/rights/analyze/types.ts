/** What `analyzePolicy` tells about one privacy policy (or legal notice). Plain data: safe to send in messages. */
import type { RequestType } from '@/utils/settings/schema';

export const EMAIL_ROLES = ['dpo', 'privacy', 'controller', 'generic', 'authority', 'other'] as const;
export type EmailRole = (typeof EMAIL_ROLES)[number];

export const POLICY_RIGHTS = [
  'access',
  'rectification',
  'erasure',
  'restriction',
  'portability',
  'objection',
  'withdraw_consent',
  'automated_decision',
  'complaint',
  'post_mortem',
] as const satisfies readonly (RequestType | 'complaint')[];
/** A right the policy names; each but 'complaint' is also a request the extension can write. */
export type PolicyRight = (typeof POLICY_RIGHTS)[number];

export type EmailSource = 'mailto' | 'text' | 'obfuscated';

export interface FoundEmail {
  /** Lower-cased address. */
  address: string;
  role: EmailRole;
  /** How it was written: a mailto: link, plain text, or an obfuscated form (`(at)`, entities, zero-width…). */
  sources: EmailSource[];
  /** Times it appears. */
  count: number;
}

export interface PolicyAnalysis {
  /** ISO 639-1, or null when the text is too short to tell. */
  language: string | null;
  /** THE address to write to for a rights request, or null (then see webForm / postalAddress). */
  contact: string | null;
  /** Why that address was chosen, for the UI ("named for exercising rights", "DPO"…). */
  contactReason: 'rights' | 'dpo' | 'privacy' | 'controller' | 'generic' | null;
  emails: FoundEmail[];
  /** A contact form the policy points to (url when the page links it), when no address is usable. */
  webForm: { url: string | null; text: string } | null;
  /** The postal address given for requests, when no e-mail address is usable. */
  postalAddress: string | null;
  /** Company / controller name. */
  company: string | null;
  /** ISO 3166-1 alpha-2, lower case (the law the policy says applies, else where the controller is). */
  country: string | null;
  rights: PolicyRight[];
  authority: { name: string; country: string } | null;
  /** The policy says it passes personal data to partners (for their or marketing purposes). */
  sharesWithPartners: boolean;
  /** True when the input was longer than MAX_POLICY_CHARS and only its beginning was read. */
  truncated: boolean;
}

export interface AnalyzeOptions {
  /** 'html' strips markup; 'text' reads as is; absent: guessed from the content. */
  contentType?: 'html' | 'text';
  /** Where the policy was found: its site is preferred for the contact, its TLD hints the country. */
  url?: string;
}
