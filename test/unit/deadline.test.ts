import { describe, expect, it } from 'vitest';
import {
  addCalendarMonths,
  easterSunday,
  isPublicHoliday,
  nextWorkingDay,
  responseDeadline,
} from '@/utils/rights/deadline';

describe('addCalendarMonths (Regulation 1182/71 art. 3(2)(c))', () => {
  it('ends on the same-numbered day of the next month', () => {
    expect(addCalendarMonths('2025-03-14', 1)).toBe('2025-04-14');
  });
  it('ends on the last day of a shorter month', () => {
    expect(addCalendarMonths('2025-01-31', 1)).toBe('2025-02-28');
    expect(addCalendarMonths('2024-01-31', 1)).toBe('2024-02-29');
    expect(addCalendarMonths('2025-03-31', 1)).toBe('2025-04-30');
    expect(addCalendarMonths('2025-01-29', 1)).toBe('2025-02-28');
    expect(addCalendarMonths('2100-01-29', 1)).toBe('2100-02-28'); // 2100 is not a leap year
    expect(addCalendarMonths('2000-01-30', 1)).toBe('2000-02-29'); // 2000 is
  });
  it('crosses the year end', () => {
    expect(addCalendarMonths('2025-12-15', 1)).toBe('2026-01-15');
    expect(addCalendarMonths('2025-12-31', 1)).toBe('2026-01-31');
    expect(addCalendarMonths('2025-11-30', 3)).toBe('2026-02-28');
  });
});

describe('responseDeadline (Art. 12(3))', () => {
  it('is one month after receipt on a working day', () => {
    expect(responseDeadline('2025-04-14')).toBe('2025-05-14'); // Wednesday
  });
  it('moves a Saturday or Sunday end to Monday', () => {
    expect(responseDeadline('2025-02-15')).toBe('2025-03-17'); // Mar 15 2025 is a Saturday
    expect(responseDeadline('2025-02-16')).toBe('2025-03-17'); // Sunday
  });
  it('moves a month-end clamped onto a weekend', () => {
    expect(responseDeadline('2026-01-31')).toBe('2026-03-02'); // Feb 28 2026 is a Saturday
    expect(responseDeadline('2024-01-31')).toBe('2024-02-29'); // Thursday, leap day
  });
  it('crosses December into January, skipping New Year in France', () => {
    expect(responseDeadline('2025-12-01', { country: 'fr' })).toBe('2026-01-02');
    expect(responseDeadline('2025-12-01')).toBe('2026-01-01'); // no country: weekends only
  });
  it('skips national holidays and the weekend after them', () => {
    // 14 July 2028 is a Friday: in France the period runs to Monday 17 July.
    expect(responseDeadline('2028-06-14', { country: 'fr' })).toBe('2028-07-17');
    // German Unity Day, Friday 3 Oct 2025.
    expect(responseDeadline('2025-09-03', { country: 'de' })).toBe('2025-10-06');
    expect(responseDeadline('2025-09-03', { country: 'fr' })).toBe('2025-10-03');
  });
  it('gives three months once extended (Art. 12(3), second sentence)', () => {
    expect(responseDeadline('2025-11-30', { months: 3 })).toBe('2026-03-02'); // Feb 28 2026 is a Saturday
  });
});

describe('public holidays', () => {
  it('knows Easter', () => {
    expect(easterSunday(2024)).toBe('2024-03-31');
    expect(easterSunday(2025)).toBe('2025-04-20');
    expect(easterSunday(2026)).toBe('2026-04-05');
  });
  it('knows movable holidays per country', () => {
    expect(isPublicHoliday('2025-04-21', 'fr')).toBe(true); // Easter Monday
    expect(isPublicHoliday('2025-04-18', 'fr')).toBe(false); // Good Friday is not one in France
    expect(isPublicHoliday('2025-04-18', 'de')).toBe(true);
    expect(isPublicHoliday('2025-05-29', 'de')).toBe(true); // Ascension
    expect(nextWorkingDay('2025-04-19', 'de')).toBe('2025-04-22'); // Sat, Sun, Easter Monday
  });
});
