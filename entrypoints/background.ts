import { browser } from 'wxt/browser';
import { parseMessage, type Message } from '@/utils/message-schema';
import type { Responses, TabState } from '@/utils/messages';
import { loadSettings } from '@/utils/settings/store';
import { effectiveChoices } from '@/utils/settings/effective';
import { choicesForFrame } from '@/utils/consent/frame-choices';
import { answeredFrameRules } from '@/utils/consent/frame-answered';
import { callMainWorld, injectEngine, topDocument } from '@/utils/consent/background/frames';
import { forgetTab, recordResult, tabResults } from '@/utils/consent/background/results';
import { findRightsContact } from '@/utils/rights/contact';
import { startGpc } from '@/utils/gpc/apply';
import { RIGHTS_ALARM, ensureDailyAlarm, notificationTarget, recordSentRequest, runDailyCheck } from '@/utils/rights/tracking';


type Sender = { tab?: { id?: number; url?: string }; frameId?: number };

/** The tab and frame a message came from, where the consent engine works. */
function frameOf(sender: Sender): { tabId: number; frameId: number } | null {
  return sender.tab?.id !== undefined ? { tabId: sender.tab.id, frameId: sender.frameId ?? 0 } : null;
}

/** The page a tab shows now: its results are kept with it (utils/consent/background/results.ts). */
const pageOf = async (tabId: number) => (await topDocument(tabId))?.page ?? null;

async function handle(message: Message, sender: Sender): Promise<Responses[Message['type']]> {
  switch (message.type) {
    case 'get-choices': {
      const settings = await loadSettings();
      const own = effectiveChoices(settings, message.url);
      // A sub-frame (a consent manager's preference frame) answers for the page it is in.
      const page = sender.frameId ? sender.tab?.url : undefined;
      return page ? choicesForFrame(own, effectiveChoices(settings, page)) : own;
    }
    case 'consent-load-engine':
      return frameOf(sender) ? injectEngine(frameOf(sender)!) : false;
    case 'consent-main-call': {
      const frame = frameOf(sender);
      return frame ? callMainWorld(frame, message.fn, message.args) : { ok: false, error: 'not from a tab' };
    }
    case 'consent-result': {
      if (sender.tab?.id !== undefined) await recordResult(sender.tab.id, await pageOf(sender.tab.id), message.result);
      return null;
    }
    case 'consent-frame-answered': {
      // The tab's URL now (SPA navigations included) against the URL the top rule answered.
      if (sender.tab?.id === undefined) return [];
      return answeredFrameRules(await tabResults(sender.tab.id, await pageOf(sender.tab.id)), sender.tab.url, message.frameRules);
    }
    case 'get-consent-status':
      return tabResults(message.tabId, await pageOf(message.tabId));
    case 'rights-find-contact':
      return findRightsContact(message.url, message.tabId);
    case 'rights-record-request':
      return recordSentRequest(message.request);
    case 'rights-check':
      return runDailyCheck();
    case 'get-tab-state': {
      const tab = await browser.tabs.get(message.tabId).catch(() => undefined);
      const url = tab?.url ?? null;
      const choices = url && /^https?:/.test(url) ? effectiveChoices(await loadSettings(), url) : null;
      return {
        url,
        site: choices?.site ?? null,
        contentReady: url !== null && ((await topDocument(message.tabId))?.contentScript ?? false),
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
  browser.tabs.onRemoved.addListener((tabId) => void forgetTab(tabId));
  // Global Privacy Control: header rules and page script follow the advertising choices.
  startGpc();
  // Rights requests: a daily check for overdue ones; a notification click opens the request's follow-up.
  void ensureDailyAlarm().then(() => runDailyCheck());
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === RIGHTS_ALARM) void runDailyCheck();
  });
  browser.notifications.onClicked.addListener((id) => {
    const url = notificationTarget(id);
    if (url) void browser.tabs.create({ url });
  });
  browser.runtime.onInstalled.addListener(async ({ reason }) => {
    if (reason !== 'install') return;
    const settings = await loadSettings();
    if (!settings.onboarded) await browser.tabs.create({ url: browser.runtime.getURL('/options.html#welcome') });
  });
});
