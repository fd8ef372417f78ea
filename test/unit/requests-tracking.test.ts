import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { loadSettings } from '@/utils/settings/store';
import { RIGHTS_ALARM, ensureDailyAlarm, notificationTarget, recordSentRequest, runDailyCheck } from '@/utils/rights/tracking';
import { markFollowUpSent } from '@/utils/rights/requests';
import { updateSettings } from '@/utils/settings/store';

const sent = { site: 'example.fr', company: 'IMAWEB', contact: 'dpo-cloud@imaweb.com', type: 'access' as const, language: 'fr', sentAt: '2026-01-05', country: 'fr' };

describe('request tracking in the background', () => {
  let notified: { id: string; title: string }[];
  beforeEach(() => {
    fakeBrowser.reset();
    notified = [];
    fakeBrowser.i18n.getMessage = ((key: string) => key) as never;
    // The fake browser has no notifications.create: record what would be shown.
    fakeBrowser.notifications.create = vi.fn(async (id: string, options: { title: string }) => {
      notified.push({ id, title: options.title });
      return id;
    }) as never;
  });

  it('records a sent request in the settings with its due date', async () => {
    const record = await recordSentRequest(sent);
    expect(record.dueAt).toBe('2026-02-05');
    expect((await loadSettings()).requests).toEqual([record]);
  });

  it('notifies an overdue request once, then the complaint once the reminder went unanswered', async () => {
    const record = await recordSentRequest(sent);
    expect(await runDailyCheck('2026-02-05')).toEqual({ becameOverdue: 0, complaintDue: 0 });
    expect(await runDailyCheck('2026-02-06')).toEqual({ becameOverdue: 1, complaintDue: 0 });
    expect(notified.map((n) => n.id)).toEqual([`rights:follow_up:${record.id}`]);
    expect((await loadSettings()).requests[0]!.state).toBe('overdue');
    expect(await runDailyCheck('2026-02-07')).toEqual({ becameOverdue: 0, complaintDue: 0 });

    await updateSettings((s) => {
      s.requests = s.requests.map((r) => markFollowUpSent(r, '2026-02-07'));
    });
    // The reminder's 14 days end on Saturday 21 February, so on Monday 23rd; the complaint is due the day after.
    expect(await runDailyCheck('2026-02-23')).toEqual({ becameOverdue: 0, complaintDue: 0 });
    expect(await runDailyCheck('2026-02-24')).toEqual({ becameOverdue: 0, complaintDue: 1 });
    expect(await runDailyCheck('2026-02-25')).toEqual({ becameOverdue: 0, complaintDue: 0 });
    expect(notified.map((n) => n.id)).toEqual([`rights:follow_up:${record.id}`, `rights:complaint:${record.id}`]);
    expect(notificationTarget(`rights:complaint:${record.id}`)).toMatch(new RegExp(`/options\\.html#request-${record.id}$`));
    expect(notificationTarget('someone-else:1')).toBeNull();
  });

  it('keeps a request recorded while the check runs', async () => {
    await recordSentRequest(sent);
    const [check] = await Promise.all([runDailyCheck('2026-03-01'), recordSentRequest({ ...sent, sentAt: '2026-02-28' })]);
    expect(check.becameOverdue).toBe(1);
    expect((await loadSettings()).requests).toHaveLength(2);
  });

  it('creates the daily alarm once', async () => {
    await ensureDailyAlarm();
    await ensureDailyAlarm();
    const alarms = await fakeBrowser.alarms.getAll();
    expect(alarms.map((a) => [a.name, a.periodInMinutes])).toEqual([[RIGHTS_ALARM, 1440]]);
  });
});
