import { z } from '../schema/z';

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
const isLeapYear = (year: number) => (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;

/**
 * Whether `YYYY[-MM[-DD]]` names a day (or month) the calendar has: month 01–12, the day within
 * its month.
 */
export function isCalendarDate(date: string): boolean {
  const [year, month, day] = date.split('-').map(Number);
  if (year === undefined || !Number.isInteger(year)) return false;
  if (month === undefined) return true;
  if (!Number.isInteger(month) || month < 1 || month > 12) return false;
  if (day === undefined) return true;
  const days = month === 2 && isLeapYear(year) ? 29 : (DAYS_IN_MONTH[month - 1] ?? 0);
  return Number.isInteger(day) && day >= 1 && day <= days;
}

const noSuchDate = { error: (issue: { input: unknown }) => `no such date: ${String(issue.input)}`, abort: true };

/** A calendar date, `YYYY-MM-DD`: the article dates and as-of dates the cards use. */
export const IsoDateSchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'expected a date as YYYY-MM-DD', abort: true })
  .refine(isCalendarDate, noSuchDate);
export type IsoDate = z.infer<typeof IsoDateSchema>;

/** A fact's date, as precise as the source: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`. */
export const PartialDateSchema = z
  .string()
  .regex(/^\d{4}(?:-\d{2}(?:-\d{2})?)?$/, { error: 'expected YYYY, YYYY-MM or YYYY-MM-DD', abort: true })
  .refine(isCalendarDate, noSuchDate);
export type PartialDate = z.infer<typeof PartialDateSchema>;
