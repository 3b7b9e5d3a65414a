import type { IsoDate, PartialDate } from '../dataset/schema';
import { foldText } from '../text/fold';
import { earliestDay, latestDay } from '../dataset/dates';

/** A stretch of time named in a query: "2022", "2022–2024", "Juni 2025", "July", "2. Juni 2025". */
export type Period =
  | { kind: 'year'; year: number }
  | { kind: 'years'; from: number; to: number }
  | { kind: 'month'; year: number; month: number }
  | { kind: 'month-any-year'; month: number }
  | { kind: 'day'; date: IsoDate };

export interface ParsedQuery {
  /** The query without its dates, as the reader typed it. */
  text: string;
  /** Empty when the query names no date; a round in any of them counts. */
  periods: Period[];
}

/** Folded month names, German and English; abbreviations only count next to a number ("Mar-a-Lago" is no March). */
const MONTHS: ReadonlyArray<readonly [string, number, boolean]> = [
  ['january', 1, true],
  ['januar', 1, true],
  ['janner', 1, true],
  ['jan', 1, false],
  ['february', 2, true],
  ['februar', 2, true],
  ['feb', 2, false],
  ['march', 3, true],
  ['marz', 3, true],
  ['maerz', 3, true],
  ['mar', 3, false],
  ['april', 4, true],
  ['apr', 4, false],
  ['may', 5, true],
  ['mai', 5, true],
  ['june', 6, true],
  ['juni', 6, true],
  ['jun', 6, false],
  ['july', 7, true],
  ['juli', 7, true],
  ['jul', 7, false],
  ['august', 8, true],
  ['aug', 8, false],
  ['september', 9, true],
  ['sept', 9, false],
  ['sep', 9, false],
  ['october', 10, true],
  ['oktober', 10, true],
  ['oct', 10, false],
  ['okt', 10, false],
  ['november', 11, true],
  ['nov', 11, false],
  ['december', 12, true],
  ['dezember', 12, true],
  ['dec', 12, false],
  ['dez', 12, false],
];
const monthNumber = new Map(MONTHS.map(([name, month]) => [name, month]));
const ALL_MONTHS = MONTHS.map(([name]) => name)
  .sort((a, b) => b.length - a.length)
  .join('|');
const FULL_MONTHS = MONTHS.filter(([, , full]) => full)
  .map(([name]) => name)
  .sort((a, b) => b.length - a.length)
  .join('|');
const YEAR = '(?:19|20)\\d{2}';

const pad = (value: number) => String(value).padStart(2, '0');
const validDay = (year: number, month: number, day: number) =>
  month >= 1 && month <= 12 && day >= 1 && day <= new Date(Date.UTC(year, month, 0)).getUTCDate();

interface Rule {
  pattern: RegExp;
  period: (groups: string[]) => Period | undefined;
}

const dayPeriod = (year: number, month: number, day: number): Period | undefined =>
  validDay(year, month, day) ? { kind: 'day', date: `${year}-${pad(month)}-${pad(day)}` } : undefined;
const month = (name: string | undefined) => monthNumber.get(name ?? '') ?? 0;

/** Most specific first: each match is blanked out before the next rule runs. */
const RULES: Rule[] = [
  {
    pattern: new RegExp(`(?<!\\d)(${YEAR})-(\\d{2})-(\\d{2})(?!\\d)`, 'gu'),
    period: ([, y, m, d]) => dayPeriod(Number(y), Number(m), Number(d)),
  },
  {
    pattern: new RegExp(`(?<!\\d)(\\d{1,2})\\.\\s*(\\d{1,2})\\.\\s*(${YEAR})(?!\\d)`, 'gu'),
    period: ([, d, m, y]) => dayPeriod(Number(y), Number(m), Number(d)),
  },
  {
    pattern: new RegExp(`(?<![\\p{L}\\d])(\\d{1,2})\\.?\\s+(${ALL_MONTHS})\\.?,?\\s+(${YEAR})(?!\\d)`, 'gu'),
    period: ([, d, m, y]) => dayPeriod(Number(y), month(m), Number(d)),
  },
  {
    pattern: new RegExp(`(?<!\\p{L})(${ALL_MONTHS})\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(${YEAR})(?!\\d)`, 'gu'),
    period: ([, m, d, y]) => dayPeriod(Number(y), month(m), Number(d)),
  },
  {
    pattern: new RegExp(`(?<!\\d)(${YEAR})-(0[1-9]|1[0-2])(?![\\d-])`, 'gu'),
    period: ([, y, m]) => ({ kind: 'month', year: Number(y), month: Number(m) }),
  },
  {
    pattern: new RegExp(`(?<!\\p{L})(${ALL_MONTHS})\\.?,?\\s+(${YEAR})(?!\\d)`, 'gu'),
    period: ([, m, y]) => ({ kind: 'month', year: Number(y), month: month(m) }),
  },
  {
    pattern: new RegExp(`(?<![\\d\\p{L}])(${YEAR})\\s*(?:-|/|bis|to|until)\\s*(${YEAR})(?![\\d\\p{L}])`, 'gu'),
    period: ([, a, b]) => ({ kind: 'years', from: Math.min(Number(a), Number(b)), to: Math.max(Number(a), Number(b)) }),
  },
  {
    pattern: new RegExp(`(?<![\\d\\p{L}])(${YEAR})(?![\\d\\p{L}])`, 'gu'),
    period: ([, y]) => ({ kind: 'year', year: Number(y) }),
  },
  {
    pattern: new RegExp(`(?<!\\p{L})(${FULL_MONTHS})(?!\\p{L})`, 'gu'),
    period: ([, m]) => ({ kind: 'month-any-year', month: month(m) }),
  },
];

/**
 * Splits the dates off a query. Matching runs on folded text (so "März" and
 * "Marz" agree), and the text left over is cut from the original, so a message
 * can quote the reader's own words.
 */
export function parseQuery(query: string): ParsedQuery {
  const folded = foldText(query);
  let working = folded.text;
  const periods: Period[] = [];
  const consumed: Array<[number, number]> = [];
  for (const rule of RULES) {
    working = working.replace(rule.pattern, (whole: string, ...rest: unknown[]) => {
      const offset = rest.find((value): value is number => typeof value === 'number') ?? 0;
      const groups = [whole, ...rest.filter((value): value is string => typeof value === 'string')];
      const period = rule.period(groups);
      if (!period) return whole;
      periods.push(period);
      consumed.push([offset, offset + whole.length]);
      return ' '.repeat(whole.length);
    });
  }
  let text = '';
  for (let index = 0; index < folded.text.length; index++) {
    const inside = consumed.some(([from, to]) => index >= from && index < to);
    const source = folded.sourceIndex[index] ?? 0;
    const nextSource = folded.sourceIndex[index + 1] ?? query.length;
    // One original character can fold to several; copy it once, at its first folded character.
    if (index > 0 && folded.sourceIndex[index - 1] === source) continue;
    text += inside ? ' ' : query.slice(source, nextSource);
  }
  return { text: text.replace(/\s+/g, ' ').replace(/^[\s,.;:–-]+|[\s,.;:–-]+$/g, ''), periods: combine(periods) };
}

/** "Juli … 2025" written apart still means July 2025. */
function combine(periods: Period[]): Period[] {
  const anyYear = periods.filter((period) => period.kind === 'month-any-year');
  const years = periods.filter((period) => period.kind === 'year');
  if (anyYear.length !== 1 || years.length === 0) return periods;
  const monthOnly = anyYear[0];
  if (!monthOnly) return periods;
  const rest = periods.filter((period) => period.kind !== 'month-any-year' && period.kind !== 'year');
  return [...rest, ...years.map((year): Period => ({ kind: 'month', year: year.year, month: monthOnly.month }))];
}

function span(period: Exclude<Period, { kind: 'month-any-year' }>): [IsoDate, IsoDate] {
  switch (period.kind) {
    case 'year':
      return [`${period.year}-01-01`, `${period.year}-12-31`];
    case 'years':
      return [`${period.from}-01-01`, `${period.to}-12-31`];
    case 'month':
      return [earliestDay(`${period.year}-${pad(period.month)}`), latestDay(`${period.year}-${pad(period.month)}`)];
    case 'day':
      return [period.date, period.date];
  }
}

/** Whether a round dated `start`–`end` falls, even partly, within the period. */
export function withinPeriod(period: Period, start: PartialDate, end: PartialDate | undefined): boolean {
  const first = earliestDay(start);
  const last = latestDay(end ?? start);
  if (period.kind === 'month-any-year') {
    // Rounds last days, rarely months: walking their months is cheap.
    let [year, monthIndex] = first.split('-').map(Number) as [number, number];
    const [lastYear, lastMonth] = last.split('-').map(Number) as [number, number];
    while (year < lastYear || (year === lastYear && monthIndex <= lastMonth)) {
      if (monthIndex === period.month) return true;
      monthIndex++;
      if (monthIndex > 12) {
        monthIndex = 1;
        year++;
      }
    }
    return false;
  }
  const [from, to] = span(period);
  return first <= to && last >= from;
}

export function withinPeriods(periods: Period[], start: PartialDate, end: PartialDate | undefined): boolean {
  return periods.length === 0 || periods.some((period) => withinPeriod(period, start, end));
}
