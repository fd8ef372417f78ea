import { z } from 'zod';
import { ConsentResultSchema } from './consent/result-schema';
import { RequestTypeSchema } from './settings/schema';

/**
 * The one message protocol between the extension's pieces, checked on receipt (a message is a boundary).
 * Kept apart from messages.ts so the content script, which only sends, does not bundle zod.
 * Add a message by adding its schema here and its response type in messages.ts.
 */
export const MessageSchema = z.discriminatedUnion('type', [
  /** Content script → background: the choices that apply to this frame's page. */
  z.object({ type: z.literal('get-choices'), url: z.string() }),
  /** Popup → background: what the extension knows of a tab. */
  z.object({ type: z.literal('get-tab-state'), tabId: z.number().int() }),
  /** Content script → background: a consent banner was found in this frame; inject the engine there. */
  z.object({ type: z.literal('consent-load-engine') }),
  /** Engine → background: run a named main-world function (utils/consent/main-world/) in the sender's frame. */
  z.object({ type: z.literal('consent-main-call'), fn: z.string().regex(/^[a-z][a-zA-Z0-9]*$/), args: z.array(z.unknown()).max(4) }),
  /**
   * Frame content script → background, only in a frame a frame rule's frameUrl matches: which of these frame
   * rules to leave alone, their top rule having answered the tab's current page (utils/consent/frame-answered.ts).
   */
  z.object({
    type: z.literal('consent-frame-answered'),
    frameRules: z.array(z.string().max(100)).max(50),
  }),
  /** Content script → background: what the engine did with a banner. */
  z.object({ type: z.literal('consent-result'), result: ConsentResultSchema }),
  /** Popup → background: the consent results of a tab's current page. */
  z.object({ type: z.literal('get-consent-status'), tabId: z.number().int() }),
  /** Popup → background: the privacy contact of a page (rights requests). */
  z.object({ type: z.literal('rights-find-contact'), url: z.string(), tabId: z.number().int().optional() }),
  /** Popup → background: the person just sent this request; record it and track its deadline. */
  z.object({
    type: z.literal('rights-record-request'),
    request: z.object({
      site: z.string().min(1),
      company: z.string(),
      contact: z.string(),
      type: RequestTypeSchema,
      language: z.string().min(2).max(5),
      sentAt: z.iso.date(),
      country: z.string().nullish(),
      reason: z.string().max(5000).optional(),
    }),
  }),
  /** Options page (and tests) → background: run the daily overdue check now. */
  z.object({ type: z.literal('rights-check') }),
]);
export type Message = z.infer<typeof MessageSchema>;

/** Parses an incoming message; anything not in the protocol is null and is ignored by the caller. */
export function parseMessage(raw: unknown): Message | null {
  const result = MessageSchema.safeParse(raw);
  return result.success ? result.data : null;
}
