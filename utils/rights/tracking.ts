/**
 * The background's side of request tracking: recording a sent request in the settings, and the daily check
 * that brings states up to date and says which notifications to show.
 */
import { i18n } from '#i18n';
import { browser } from 'wxt/browser';
import type { RequestRecord } from '@/utils/settings/schema';
import { loadSettings, updateSettings } from '@/utils/settings/store';
import { today } from './deadline';
import { dailyCheck, recordRequest, type SentRequest } from './requests';

export const RIGHTS_ALARM = 'rights-daily-check';
/** Notification ids: `rights:<step>:<request id>`; a click opens that request in the options page. */
export const NOTIFICATION_PREFIX = 'rights:';

/** A small envelope; notifications need an image and the extension has no icon of its own yet. */
const NOTIFICATION_ICON =
  'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAADAAAAAwCAYAAABXAvmHAAAAk0lEQVR42u3XSw6AIAxFUTbjyly+i9CRA43WSp4tpvclzoB4qPJpjRByyDQv68gPAAAAAAAAAODXgK8TClDNahpAgUipgKIaV33DAb2Iuz4pgLcIq20awPtyT8h0gPVteyo0BMDaKxRjhwB6l1sqUPof8K4yVhv2gVI7seJAdx6D02iJCw13YgAAAAAAAAAAIWTPBiOyUilWLLT6AAAAAElFTkSuQmCC';

export async function recordSentRequest(sent: SentRequest): Promise<RequestRecord> {
  const record = recordRequest(sent);
  await updateSettings((s) => {
    s.requests.push(record);
  });
  return record;
}

async function notify(step: 'follow_up' | 'complaint', record: RequestRecord): Promise<void> {
  const who = record.company || record.site;
  const overdue = step === 'follow_up';
  await browser.notifications
    .create(`${NOTIFICATION_PREFIX}${step}:${record.id}`, {
      type: 'basic',
      iconUrl: NOTIFICATION_ICON,
      title: overdue ? i18n.t('rights.notify.overdueTitle', { who }) : i18n.t('rights.notify.complaintTitle', { who }),
      message: overdue ? i18n.t('rights.notify.overdueBody', { due: record.dueAt }) : i18n.t('rights.notify.complaintBody'),
    })
    .catch(() => undefined); // notifications turned off: the options list still shows the state
}

/** Runs the check for today: saves new states, notifies each newly overdue request and each due complaint once. */
export async function runDailyCheck(day = today()): Promise<{ becameOverdue: number; complaintDue: number }> {
  const settings = await loadSettings();
  const check = dailyCheck(settings.requests, day);
  if (check.becameOverdue.length || check.complaintDue.length || JSON.stringify(check.records) !== JSON.stringify(settings.requests)) {
    // Re-read inside the update so a request recorded meanwhile is kept.
    await updateSettings((s) => {
      const updated = new Map(check.records.map((r) => [r.id, r]));
      s.requests = s.requests.map((r) => updated.get(r.id) ?? r);
    });
  }
  for (const record of check.becameOverdue) await notify('follow_up', record);
  for (const record of check.complaintDue) await notify('complaint', record);
  return { becameOverdue: check.becameOverdue.length, complaintDue: check.complaintDue.length };
}

/** Makes sure the daily alarm exists (alarms do not always survive a browser restart). */
export async function ensureDailyAlarm(): Promise<void> {
  if (await browser.alarms.get(RIGHTS_ALARM)) return;
  await browser.alarms.create(RIGHTS_ALARM, { delayInMinutes: 1, periodInMinutes: 24 * 60 });
}

/** The options page URL a notification opens: the request list, at that request. */
export function notificationTarget(notificationId: string): string | null {
  if (!notificationId.startsWith(NOTIFICATION_PREFIX)) return null;
  const id = notificationId.split(':')[2];
  return browser.runtime.getURL(`/options.html#request-${id ?? ''}` as '/options.html');
}
