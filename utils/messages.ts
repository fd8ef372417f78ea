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

/**
 * How the background's webextension-polyfill answers a listener that threw, to a sender that has no
 * polyfill (the scripts in web pages, utils/page-scripts/native-browser.ts) in Chrome.
 */
const POLYFILL_REJECT = '__mozWebExtensionPolyfillReject__';

/** Sends a message to the background and returns its typed response. */
export async function sendMessage<M extends Message>(message: M): Promise<ResponseOf<M>> {
  const response: unknown = await browser.runtime.sendMessage(message);
  if (typeof response === 'object' && response !== null && POLYFILL_REJECT in response) {
    throw new Error(String((response as { message?: unknown }).message ?? 'the background failed'));
  }
  return response as ResponseOf<M>;
}
