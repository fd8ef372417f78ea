/**
 * Tracking of the rights requests a person sent: from a sent letter to the record, and the record's state on
 * a given day (waiting → answered / extended / overdue), then the next step the person can take: the
 * follow-up once the Art. 12(3) deadline has passed, the complaint once the follow-up's own deadline has.
 */
import type { RequestRecord, RequestType } from '@/utils/settings/schema';
import { followUpDeadline, responseDeadline, type IsoDate } from './deadline';

export type RequestState = RequestRecord['state'];

export interface SentRequest {
  site: string;
  company: string;
  contact: string;
  type: RequestType;
  language: string;
  sentAt: IsoDate;
  country?: string | null;
  reason?: string;
}

/** The record of a request sent today by e-mail: received the same day, due one month later. */
export function recordRequest(sent: SentRequest, id: string = crypto.randomUUID()): RequestRecord {
  const record: RequestRecord = {
    id,
    site: sent.site,
    company: sent.company,
    contact: sent.contact,
    type: sent.type,
    language: sent.language,
    sentAt: sent.sentAt,
    dueAt: responseDeadline(sent.sentAt, { country: sent.country }),
    state: 'waiting',
  };
  if (sent.country) record.country = sent.country;
  if (sent.reason?.trim()) record.reason = sent.reason.trim();
  return record;
}

/** The state on `today`: a waiting or extended request is overdue the day after its due date. */
export function stateOn(record: RequestRecord, today: IsoDate): RequestState {
  if (record.state === 'answered') return 'answered';
  if (today > record.dueAt) return 'overdue';
  return record.state === 'overdue' ? 'waiting' : record.state;
}

export function markAnswered(record: RequestRecord): RequestRecord {
  return { ...record, state: 'answered' };
}

/** The controller told the person it extends the period by two months (Art. 12(3)): three months from receipt. */
export function markExtended(record: RequestRecord): RequestRecord {
  return { ...record, state: 'extended', dueAt: responseDeadline(record.sentAt, { months: 3, country: record.country }) };
}

export function markFollowUpSent(record: RequestRecord, date: IsoDate): RequestRecord {
  return { ...record, followUpSentAt: date };
}

export function markComplaintSent(record: RequestRecord, date: IsoDate): RequestRecord {
  return { ...record, complaintSentAt: date };
}

/** Last day the controller has to answer the follow-up, if one was sent. */
export function followUpDueAt(record: RequestRecord): IsoDate | null {
  return record.followUpSentAt ? followUpDeadline(record.followUpSentAt, record.country) : null;
}

export type NextStep = 'none' | 'follow_up' | 'complaint';

/** What the person can do next on `today`: nothing yet, send the follow-up, or complain to the authority. */
export function nextStep(record: RequestRecord, today: IsoDate): NextStep {
  if (stateOn(record, today) !== 'overdue' || record.complaintSentAt) return 'none';
  if (!record.followUpSentAt) return 'follow_up';
  return today > followUpDueAt(record)! ? 'complaint' : 'none';
}

export interface DailyCheck {
  /** The records with their state brought to `today`. */
  records: RequestRecord[];
  /** Those that became overdue today: notify, offering the follow-up. */
  becameOverdue: RequestRecord[];
  /** Those whose follow-up went unanswered: notify once, offering the complaint. */
  complaintDue: RequestRecord[];
}

/** The daily check the background runs: brings states up to date and says what to notify, each thing once. */
export function dailyCheck(records: readonly RequestRecord[], today: IsoDate): DailyCheck {
  const becameOverdue: RequestRecord[] = [];
  const complaintDue: RequestRecord[] = [];
  const updated = records.map((record) => {
    let next: RequestRecord = { ...record, state: stateOn(record, today) };
    if (next.state === 'overdue' && record.state !== 'overdue') becameOverdue.push(next);
    if (nextStep(next, today) === 'complaint' && !record.complaintOfferedAt) {
      next = { ...next, complaintOfferedAt: today };
      complaintDue.push(next);
    }
    return next;
  });
  return { records: updated, becameOverdue, complaintDue };
}

/** Most urgent first: overdue, then by due date; answered last. */
export function sortForList(records: readonly RequestRecord[], today: IsoDate): RequestRecord[] {
  const rank = (r: RequestRecord) => ({ overdue: 0, waiting: 1, extended: 1, answered: 2 })[stateOn(r, today)];
  return [...records].sort((a, b) => rank(a) - rank(b) || a.dueAt.localeCompare(b.dueAt));
}
