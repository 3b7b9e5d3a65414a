import type { IsoDate, PartialDate } from './schema';

const DAYS_IN_MONTH = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();

/** The first day a partial date can mean: `2025-07` → `2025-07-01`, `2012` → `2012-01-01`. */
export function earliestDay(date: PartialDate): IsoDate {
  const [year, month = '01', day = '01'] = date.split('-');
  return `${year}-${month}-${day}`;
}

/** The last day a partial date can mean: `2025-07` → `2025-07-31`, `2012` → `2012-12-31`. */
export function latestDay(date: PartialDate): IsoDate {
  const [year = '0', month, day] = date.split('-');
  if (day) return date;
  if (month) return `${year}-${month}-${String(DAYS_IN_MONTH(Number(year), Number(month))).padStart(2, '0')}`;
  return `${year}-12-31`;
}

/**
 * Whether a span from `from` to `to` (open-ended when absent) covers `day`.
 * Partial dates are read generously: a role "from 2025-07" counts from 1 July.
 */
export function spanCovers(from: PartialDate, to: PartialDate | undefined, day: IsoDate): boolean {
  return earliestDay(from) <= day && (to === undefined || day <= latestDay(to));
}

/** True when the span ends before it starts, read strictly (same-month partial dates are fine). */
export function endsBeforeStart(from: PartialDate, to: PartialDate | undefined): boolean {
  return to !== undefined && latestDay(to) < earliestDay(from);
}

/**
 * Whether a role from `from` until `to` is held on `day`. A role's `to` is exclusive: the first day it
 * was no longer held, normally the successor's `from`, so that on a handover day one person holds the
 * office, the new one.
 */
export function roleHeldOn(from: PartialDate, to: IsoDate | undefined, day: IsoDate): boolean {
  return earliestDay(from) <= day && (to === undefined || day < to);
}
