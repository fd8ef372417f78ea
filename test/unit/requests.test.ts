import { describe, expect, it } from 'vitest';
import {
  dailyCheck,
  followUpDueAt,
  markAnswered,
  markComplaintSent,
  markExtended,
  markFollowUpSent,
  nextStep,
  recordRequest,
  sortForList,
  stateOn,
} from '@/utils/rights/requests';
import { RequestRecordSchema } from '@/utils/settings/schema';

const sent = {
  site: 'shop.example.fr',
  company: 'IMAWEB',
  contact: 'dpo-cloud@imaweb.com',
  type: 'access' as const,
  language: 'fr',
  sentAt: '2026-01-31',
  country: 'fr',
};

describe('recordRequest', () => {
  it('records a valid settings entry due one month after sending, on a working day', () => {
    const record = recordRequest(sent, 'r1');
    expect(RequestRecordSchema.parse(record)).toEqual(record);
    expect(record).toMatchObject({ id: 'r1', state: 'waiting', sentAt: '2026-01-31', dueAt: '2026-03-02', country: 'fr' });
  });
  it('gives each request its own id', () => {
    expect(recordRequest(sent).id).not.toBe(recordRequest(sent).id);
  });
});

describe('state machine', () => {
  const record = recordRequest(sent, 'r1'); // due 2026-03-02
  it('waits until the due date, and is overdue the day after', () => {
    expect(stateOn(record, '2026-02-15')).toBe('waiting');
    expect(stateOn(record, '2026-03-02')).toBe('waiting');
    expect(stateOn(record, '2026-03-03')).toBe('overdue');
  });
  it('stays answered once answered, even past the due date', () => {
    expect(stateOn(markAnswered(record), '2027-01-01')).toBe('answered');
    expect(stateOn(markAnswered({ ...record, state: 'overdue' }), '2027-01-01')).toBe('answered');
  });
  it('an extension moves the due date to three months from receipt', () => {
    const extended = markExtended(record);
    expect(extended.dueAt).toBe('2026-04-30');
    expect(stateOn(extended, '2026-03-20')).toBe('extended');
    expect(stateOn(extended, '2026-05-01')).toBe('overdue');
  });
  it('offers the follow-up when overdue, then the complaint after the follow-up deadline', () => {
    expect(nextStep(record, '2026-03-02')).toBe('none');
    expect(nextStep(record, '2026-03-03')).toBe('follow_up');
    const followed = markFollowUpSent(record, '2026-03-03');
    expect(followUpDueAt(followed)).toBe('2026-03-17');
    expect(nextStep(followed, '2026-03-17')).toBe('none');
    expect(nextStep(followed, '2026-03-18')).toBe('complaint');
    expect(nextStep(markComplaintSent(followed, '2026-03-18'), '2026-04-01')).toBe('none');
    expect(nextStep(markAnswered(followed), '2026-04-01')).toBe('none');
  });
});

describe('dailyCheck', () => {
  it('notifies each overdue request once, then each due complaint once', () => {
    const a = recordRequest(sent, 'a');
    const b = recordRequest({ ...sent, sentAt: '2026-02-20' }, 'b'); // due 2026-03-20
    let check = dailyCheck([a, b], '2026-03-03');
    expect(check.becameOverdue.map((r) => r.id)).toEqual(['a']);
    expect(check.records.map((r) => r.state)).toEqual(['overdue', 'waiting']);
    check = dailyCheck(check.records, '2026-03-04');
    expect(check.becameOverdue).toEqual([]);
    const followed = check.records.map((r) => (r.id === 'a' ? markFollowUpSent(r, '2026-03-04') : r));
    check = dailyCheck(followed, '2026-03-19');
    expect(check.complaintDue.map((r) => r.id)).toEqual(['a']);
    expect(check.records[0]!.complaintOfferedAt).toBe('2026-03-19');
    check = dailyCheck(check.records, '2026-03-21');
    expect(check.complaintDue).toEqual([]);
    expect(check.becameOverdue.map((r) => r.id)).toEqual(['b']);
  });
  it('sorts overdue first, then by due date, answered last', () => {
    const records = [
      markAnswered(recordRequest({ ...sent, sentAt: '2026-01-01' }, 'done')),
      recordRequest({ ...sent, sentAt: '2026-03-01' }, 'later'),
      recordRequest({ ...sent, sentAt: '2026-02-01' }, 'sooner'),
      recordRequest({ ...sent, sentAt: '2026-01-10' }, 'late'),
    ];
    expect(sortForList(records, '2026-02-20').map((r) => r.id)).toEqual(['late', 'sooner', 'later', 'done']);
  });
});
