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

/** The background's request writes, one after another: each reads the settings the previous one saved. */
let queue: Promise<unknown> = Promise.resolve();
function serially<T>(task: () => Promise<T>): Promise<T> {
  const run = queue.then(task, task);
  queue = run.catch(() => undefined);
  return run;
}

export function recordSentRequest(sent: SentRequest): Promise<RequestRecord> {
  return serially(async () => {
    const record = recordRequest(sent);
    await updateSettings((s) => {
      s.requests.push(record);
    });
    return record;
  });
}

/** A date as the browser's language writes it (the service worker's default locale is the UI's). */
function longDate(iso: string): string {
  return new Intl.DateTimeFormat(undefined, { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(`${iso}T00:00:00Z`));
}

async function notify(step: 'follow_up' | 'complaint', record: RequestRecord): Promise<void> {
  const who = record.company || record.site;
  const overdue = step === 'follow_up';
  await browser.notifications
    .create(`${NOTIFICATION_PREFIX}${step}:${record.id}`, {
      type: 'basic',
      iconUrl: NOTIFICATION_ICON,
      title: overdue ? i18n.t('rights.notify.overdueTitle', { who }) : i18n.t('rights.notify.complaintTitle', { who }),
      message: overdue ? i18n.t('rights.notify.overdueBody', { due: longDate(record.dueAt) }) : i18n.t('rights.notify.complaintBody'),
    })
    .catch(() => undefined); // notifications turned off: the options list still shows the state
}

/** Runs the check for today: saves new states, notifies each newly overdue request and each due complaint once. */
export function runDailyCheck(day = today()): Promise<{ becameOverdue: number; complaintDue: number }> {
  return serially(() => checkOn(day));
}

async function checkOn(day: string): Promise<{ becameOverdue: number; complaintDue: number }> {
  const settings = await loadSettings();
  const check = dailyCheck(settings.requests, day);
  if (check.becameOverdue.length || check.complaintDue.length || JSON.stringify(check.records) !== JSON.stringify(settings.requests)) {
    // Merged into what is stored now: a page may have changed another request meanwhile.
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
