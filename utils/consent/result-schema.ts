import { z } from 'zod';
import { PurposeSchema } from '../settings/purposes';

/**
 * What the engine reports for one banner (message `consent-result`), kept per tab by the background and in
 * the `consentLog` list of storage.local. The content script imports only the type.
 */
export const ConsentResultSchema = z.object({
  url: z.string(),
  /** Top frame or a sub-frame (a manager whose dialog lives in an iframe). */
  frame: z.enum(['top', 'sub']),
  manager: z.object({ id: z.string(), name: z.string() }),
  /** The rule's answer the engine gave, null when it gave none. */
  action: z.enum(['rejectAll', 'acceptAll', 'custom']).nullable(),
  /** done: answered; refused: left to the person on purpose (mixed choices, all-or-nothing banner); failed: could not. */
  outcome: z.enum(['done', 'refused', 'failed']),
  reason: z.string().nullable(),
  purposes: z.array(
    z.object({ purpose: PurposeSchema, wanted: z.boolean(), stored: z.boolean().nullable(), ok: z.boolean().nullable() }),
  ),
  verified: z.boolean(),
  /** A purpose the person denied is granted in what the manager stored. */
  violation: z.boolean(),
  /** Milliseconds from the frame's navigation start to the answer read back (or to the refusal/failure). */
  ms: z.number(),
});
export type ConsentResult = z.infer<typeof ConsentResultSchema>;

/** One entry of `consentLog` (storage.local, newest last, at most CONSENT_LOG_MAX). */
export const ConsentLogEntrySchema = ConsentResultSchema.extend({ at: z.number(), tabId: z.number().int() });
export type ConsentLogEntry = z.infer<typeof ConsentLogEntrySchema>;
export const CONSENT_LOG_KEY = 'consentLog';
export const CONSENT_LOG_MAX = 300;
