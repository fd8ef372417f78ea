import { browser } from 'wxt/browser';
import { parseMessage, type Message } from '@/utils/message-schema';
import type { Responses, TabState } from '@/utils/messages';
import { loadSettings } from '@/utils/settings/store';
import { effectiveChoices } from '@/utils/settings/effective';

/** Top-frame URL each tab's content script last reported from (in memory: a restart simply forgets). */
const readyTabs = new Map<number, string>();

type Sender = { tab?: { id?: number }; frameId?: number };

async function handle(message: Message, sender: Sender): Promise<Responses[Message['type']]> {
  switch (message.type) {
    case 'get-choices': {
      if (sender.tab?.id !== undefined && sender.frameId === 0) readyTabs.set(sender.tab.id, message.url);
      return effectiveChoices(await loadSettings(), message.url);
    }
    case 'get-tab-state': {
      const tab = await browser.tabs.get(message.tabId).catch(() => undefined);
      const url = tab?.url ?? null;
      const choices = url && /^https?:/.test(url) ? effectiveChoices(await loadSettings(), url) : null;
      return {
        url,
        site: choices?.site ?? null,
        contentReady: url !== null && readyTabs.get(message.tabId) === url,
        choices,
      } satisfies TabState;
    }
  }
}

export default defineBackground(() => {
  browser.runtime.onMessage.addListener((raw, sender) => {
    const message = parseMessage(raw);
    return message ? handle(message, sender) : undefined;
  });
  browser.tabs.onRemoved.addListener((tabId) => readyTabs.delete(tabId));
  browser.runtime.onInstalled.addListener(async ({ reason }) => {
    if (reason !== 'install') return;
    const settings = await loadSettings();
    if (!settings.onboarded) await browser.tabs.create({ url: browser.runtime.getURL('/options.html#welcome') });
  });
});
