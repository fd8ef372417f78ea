import { z } from 'zod';

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
]);
export type Message = z.infer<typeof MessageSchema>;

/** Parses an incoming message; anything not in the protocol is null and is ignored by the caller. */
export function parseMessage(raw: unknown): Message | null {
  const result = MessageSchema.safeParse(raw);
  return result.success ? result.data : null;
}
