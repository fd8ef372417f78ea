import { browser } from 'wxt/browser';
import type { Message } from './message-schema';
import type { EffectiveChoices } from './settings/effective';
import type { ConsentResult } from './consent/result-schema';
import type { RequestRecord } from './settings/schema';
import type { RightsContact } from './rights/contact';


export interface TabState {
  url: string | null;
  /** Null where the extension cannot run (browser pages, the store) or the URL has no host. */
  site: string | null;
  /** Whether a content script asked for choices from this tab's top frame since it last loaded. */
  contentReady: boolean;
  choices: EffectiveChoices | null;
}

/** The response type of each message. */
export interface Responses {
  'get-choices': EffectiveChoices;
  'get-tab-state': TabState;
  'consent-load-engine': boolean;
  'consent-main-call': { ok: true; result: unknown } | { ok: false; error: string };
  'consent-result': null;
  /** Ids of the frame rules to leave alone in the sender's frame. */
  'consent-frame-answered': string[];
  'get-consent-status': ConsentResult[];
  'rights-find-contact': RightsContact | null;
  'rights-record-request': RequestRecord;
  'rights-check': { becameOverdue: number; complaintDue: number };
}

export type ResponseOf<M extends Message> = Responses[M['type']];

/** Sends a message to the background and returns its typed response. */
export async function sendMessage<M extends Message>(message: M): Promise<ResponseOf<M>> {
  return (await browser.runtime.sendMessage(message)) as ResponseOf<M>;
}
