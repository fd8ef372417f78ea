/**
 * Deadlines of Art. 12(3) GDPR counted as Regulation (EEC, Euratom) No 1182/71 counts months: the day of
 * receipt is not counted; the period ends on the same-numbered day of the month `months` later, or that
 * month's last day if it has none; a period ending on a Saturday, Sunday or public holiday ends on the next
 * working day. Dates are ISO `YYYY-MM-DD` calendar days, computed in UTC so no time zone shifts them.
 */

export type IsoDate = string;

const DAY_MS = 86_400_000;

function parse(date: IsoDate): Date {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!match) throw new Error(`not an ISO date: ${date}`);
  return new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
}

function format(date: Date): IsoDate {
  return date.toISOString().slice(0, 10);
}

export function addDays(date: IsoDate, days: number): IsoDate {
  return format(new Date(parse(date).getTime() + days * DAY_MS));
}

/** The same-numbered day `months` later, or that month's last day when it is shorter (Jan 31 + 1 → Feb 28/29). */
export function addCalendarMonths(date: IsoDate, months: number): IsoDate {
  const d = parse(date);
  const year = d.getUTCFullYear();
  const month = d.getUTCMonth() + months;
  const lastDay = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  return format(new Date(Date.UTC(year, month, Math.min(d.getUTCDate(), lastDay))));
}

/** Easter Sunday (Gregorian, anonymous algorithm): several public holidays move with it. */
export function easterSunday(year: number): IsoDate {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** National public holidays: fixed `MM-DD` dates and offsets in days from Easter Sunday. Countries not listed: weekends only. */
const HOLIDAYS: Record<string, { fixed: string[]; easter: number[] }> = {
  // Jour de l'an, fête du Travail, Victoire 1945, fête nationale, Assomption, Toussaint, Armistice, Noël; lundi de Pâques, Ascension, lundi de Pentecôte.
  fr: { fixed: ['01-01', '05-01', '05-08', '07-14', '08-15', '11-01', '11-11', '12-25'], easter: [1, 39, 50] },
  // Nationwide only: Neujahr, Tag der Arbeit, Tag der Deutschen Einheit, Weihnachten; Karfreitag, Ostermontag, Himmelfahrt, Pfingstmontag.
  de: { fixed: ['01-01', '05-01', '10-03', '12-25', '12-26'], easter: [-2, 1, 39, 50] },
  be: { fixed: ['01-01', '05-01', '07-21', '08-15', '11-01', '11-11', '12-25'], easter: [1, 39, 50] },
  lu: { fixed: ['01-01', '05-01', '05-09', '06-23', '08-15', '11-01', '12-25', '12-26'], easter: [1, 39, 50] },
  at: { fixed: ['01-01', '01-06', '05-01', '08-15', '10-26', '11-01', '12-08', '12-25', '12-26'], easter: [1, 39, 50, 60] },
  es: { fixed: ['01-01', '01-06', '05-01', '08-15', '10-12', '11-01', '12-06', '12-08', '12-25'], easter: [-2] },
  it: { fixed: ['01-01', '01-06', '04-25', '05-01', '06-02', '08-15', '11-01', '12-08', '12-25', '12-26'], easter: [1] },
  nl: { fixed: ['01-01', '04-27', '12-25', '12-26'], easter: [1, 39, 50] },
  ie: { fixed: ['01-01', '03-17', '12-25', '12-26'], easter: [1] },
  gb: { fixed: ['01-01', '12-25', '12-26'], easter: [-2, 1] },
};

export function isPublicHoliday(date: IsoDate, country?: string | null): boolean {
  const rules = country ? HOLIDAYS[country.toLowerCase()] : undefined;
  if (!rules) return false;
  if (rules.fixed.includes(date.slice(5))) return true;
  const easter = easterSunday(Number(date.slice(0, 4)));
  return rules.easter.some((offset) => addDays(easter, offset) === date);
}

export function isWorkingDay(date: IsoDate, country?: string | null): boolean {
  const weekday = parse(date).getUTCDay();
  return weekday !== 0 && weekday !== 6 && !isPublicHoliday(date, country);
}

/** A period ending on a non-working day ends on the next working day instead. */
export function nextWorkingDay(date: IsoDate, country?: string | null): IsoDate {
  let day = date;
  while (!isWorkingDay(day, country)) day = addDays(day, 1);
  return day;
}

/**
 * Last day the controller may answer a request received on `receivedAt`: one month (Art. 12(3)), or three
 * when it has extended the period by two further months. `country` is the controller's, for its holidays.
 */
export function responseDeadline(receivedAt: IsoDate, options: { months?: number; country?: string | null } = {}): IsoDate {
  return nextWorkingDay(addCalendarMonths(receivedAt, options.months ?? 1), options.country);
}

/** Today's date in the person's own time zone (a deadline is a calendar day where they live). */
export function today(now: Date = new Date()): IsoDate {
  const local = new Date(now.getTime() - now.getTimezoneOffset() * 60_000);
  return format(local);
}

/** The short time a reminder gives before the complaint: two weeks, to the next working day. */
export const FOLLOW_UP_DAYS = 14;

export function followUpDeadline(sentAt: IsoDate, country?: string | null): IsoDate {
  return nextWorkingDay(addDays(sentAt, FOLLOW_UP_DAYS), country);
}
