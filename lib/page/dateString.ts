import type { IsoDate } from '../dataset/schema';
import { toIsoDate } from '../time/roles';

/**
 * English and German month names; a name stands for its month when it begins one of them
 * ("Sept", "Mär", "Juli").
 */
const MONTHS = [
  ['january', 'januar', 'jänner'],
  ['february', 'februar'],
  ['march', 'märz', 'maerz'],
  ['april'],
  ['may', 'mai'],
  ['june', 'juni'],
  ['july', 'juli'],
  ['august'],
  ['september'],
  ['october', 'oktober'],
  ['november'],
  ['december', 'dezember'],
];

const DAY = 86_400_000;
const ISO = /^(\d{4})[-/](\d{1,2})[-/](\d{1,2})(?![\d/-])/;
const COMPACT = /^(\d{4})(\d{2})(\d{2})(?:$|T)/;
const GERMAN = /^(\d{1,2})\.(\d{1,2})\.(\d{4})(?!\d)/;
// "21 Jul 2025" (RFC 2822, after its weekday), "21. Juli 2025".
const DAY_MONTH_YEAR = /^(\d{1,2})\.?\s+(\p{L}{3,})\.?,?\s+(\d{4})(?!\d)/u;
// "Jul 21, 2025", "Jul 21 10:00:00 GMT 2025" (Date.prototype.toString, Java's Date).
const MONTH_DAY_YEAR =
  /^(\p{L}{3,})\.?\s+(\d{1,2}),?\s+(?:\d{1,2}:\d{2}(?::\d{2})?\s+(?:[A-Z]{1,5}\s+|[+-]\d{4}\s+)?)?(\d{4})(?!\d)/u;
const WEEKDAY = /^\p{L}{2,}\.?,?\s+(?=\p{L}|\d)/u;

function monthNumber(name: string): number | undefined {
  const lower = name.toLowerCase();
  const index = MONTHS.findIndex((names) => names.some((full) => full.startsWith(lower)));
  return index < 0 ? undefined : index + 1;
}

type DateParts = [year: number, month: number | undefined, day: number];

function partsOf(text: string): DateParts | undefined {
  let match: RegExpMatchArray | null;
  if ((match = text.match(ISO) ?? text.match(COMPACT))) return [Number(match[1]), Number(match[2]), Number(match[3])];
  if ((match = text.match(GERMAN))) return [Number(match[3]), Number(match[2]), Number(match[1])];
  if ((match = text.match(DAY_MONTH_YEAR))) return [Number(match[3]), monthNumber(match[2] ?? ''), Number(match[1])];
  if ((match = text.match(MONTH_DAY_YEAR))) return [Number(match[3]), monthNumber(match[1] ?? ''), Number(match[2])];
  return undefined;
}

/**
 * The calendar date a page's date string states, as written: "2025-07-21T23:30:00-05:00" is the
 * 21st, not the UTC 22nd. Impossible dates, years before 1990 and days more than one day after
 * `now` are not dates of an article.
 */
export function parseDateString(value: string | null | undefined, now: Date): IsoDate | undefined {
  const text = value?.trim() ?? '';
  // A leading weekday ("Mon, 21 Jul 2025", "Fri Mar 13 21:30:09 EST 2015") is dropped.
  const parts = partsOf(text) ?? partsOf(text.replace(WEEKDAY, ''));
  if (!parts) return undefined;
  const [year, month, day] = parts;
  if (month === undefined || year < 1990 || month < 1 || month > 12 || day < 1) return undefined;
  if (day > new Date(Date.UTC(year, month, 0)).getUTCDate()) return undefined;
  const date = `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  return date <= toIsoDate(new Date(now.getTime() + DAY)) ? date : undefined;
}
