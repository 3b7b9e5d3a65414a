import type { IsoDate } from '../dataset/schema';

/**
 * Time written into an event phrase: "2022", "im Frühjahr 2022", "in April 2022",
 * "of 2022", "am 16. Mai 2025", "on May 16", "the August meeting". An event phrase
 * that carries its own time is resolved by it before the article's date is asked.
 */
export interface Period {
  from: IsoDate;
  /** Inclusive. */
  to: IsoDate;
}

const MONTHS: Record<string, number> = {
  januar: 1,
  jänner: 1,
  january: 1,
  jan: 1,
  februar: 2,
  february: 2,
  feb: 2,
  märz: 3,
  maerz: 3,
  march: 3,
  mär: 3,
  mar: 3,
  april: 4,
  apr: 4,
  mai: 5,
  may: 5,
  juni: 6,
  june: 6,
  jun: 6,
  juli: 7,
  july: 7,
  jul: 7,
  august: 8,
  aug: 8,
  september: 9,
  sept: 9,
  sep: 9,
  oktober: 10,
  october: 10,
  okt: 10,
  oct: 10,
  november: 11,
  nov: 11,
  dezember: 12,
  december: 12,
  dez: 12,
  dec: 12,
};
/** Meteorological seasons: what a reader of "im Frühjahr 2022" takes it to mean. */
const SEASONS: Record<string, [number, number]> = {
  frühjahr: [3, 5],
  frühling: [3, 5],
  spring: [3, 5],
  sommer: [6, 8],
  summer: [6, 8],
  herbst: [9, 11],
  autumn: [9, 11],
  fall: [9, 11],
};
const MONTH = `(${Object.keys(MONTHS)
  .sort((a, b) => b.length - a.length)
  .join('|')})\\.?`;
const SEASON = `(${Object.keys(SEASONS).join('|')})`;
const YEAR = '((?:19|20)\\d{2})(?![\\p{L}\\p{N}])';
const DAY_NUMBER = '([12]\\d|3[01]|0?[1-9])';

const pad = (value: number) => String(value).padStart(2, '0');
const lastDayOf = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();
const monthSpan = (year: number, from: number, to = from): Period => ({
  from: `${year}-${pad(from)}-01`,
  to: `${year}-${pad(to)}-${pad(lastDayOf(year, to))}`,
});

function dayPeriod(year: number, month: number, day: number): Period | undefined {
  if (day > lastDayOf(year, month)) return undefined;
  const date = `${year}-${pad(month)}-${pad(day)}`;
  return { from: date, to: date };
}

/** A month named without a year means its latest occurrence up to the article's month ("the August meeting" in September 2025). */
function yearOfBareMonth(month: number, articleDate: IsoDate | undefined): number | undefined {
  if (!articleDate) return undefined;
  const year = Number(articleDate.slice(0, 4));
  return month <= Number(articleDate.slice(5, 7)) ? year : year - 1;
}

type Reader = (found: RegExpExecArray, articleDate: IsoDate | undefined) => Period | undefined;
const monthOf = (name: string | undefined) => MONTHS[(name ?? '').toLowerCase()] ?? 0;

/** The forms, most specific first; each is tried at one offset. */
const FORMS: ReadonlyArray<[string, Reader]> = [
  // 16. Mai 2025 · 16 May 2025 · 16 May
  [
    `${DAY_NUMBER}\\.?\\s+${MONTH}(?:\\s+${YEAR})?`,
    (m, date) => {
      const month = monthOf(m[2]);
      const year = m[3] ? Number(m[3]) : yearOfBareMonth(month, date);
      return year ? dayPeriod(year, month, Number(m[1])) : undefined;
    },
  ],
  // May 16, 2025 · May 16
  [
    `${MONTH}\\s+${DAY_NUMBER}(?:st|nd|rd|th)?(?![\\p{N}])(?:,?\\s+${YEAR})?`,
    (m, date) => {
      const month = monthOf(m[1]);
      const year = m[3] ? Number(m[3]) : yearOfBareMonth(month, date);
      return year ? dayPeriod(year, month, Number(m[2])) : undefined;
    },
  ],
  // April 2025 · April
  [
    `${MONTH}(?:\\s+${YEAR})?(?![\\p{L}-])`,
    (m, date) => {
      const month = monthOf(m[1]);
      const year = m[2] ? Number(m[2]) : yearOfBareMonth(month, date);
      return year ? monthSpan(year, month) : undefined;
    },
  ],
  // Frühjahr 2022 · spring of 2022
  [
    `${SEASON}\\s+(?:of\\s+)?${YEAR}`,
    (m) => {
      const [from, to] = SEASONS[(m[1] ?? '').toLowerCase()] ?? [1, 12];
      return monthSpan(Number(m[2]), from, to);
    },
  ],
  // 2022
  [YEAR, (m) => monthSpan(Number(m[1]), 1, 12)],
];
const COMPILED = FORMS.map(([source, read]) => [new RegExp(source, 'iuy'), read] as const);

/** Words that tie a time to the phrase before it: "talks in 2022", "Gespräche im April", "the round of 16 May". */
const LINK_AFTER =
  /[ \t\u00a0]*,?[ \t\u00a0]*(?:(?:in|im|of|von|vom|am|on|from|anfang|mitte|ende|early|mid|late)[ \t\u00a0]+)*/iuy;

function readAt(
  text: string,
  at: number,
  articleDate: IsoDate | undefined,
): { period: Period; end: number } | undefined {
  for (const [expression, read] of COMPILED) {
    expression.lastIndex = at;
    const found = expression.exec(text);
    if (!found) continue;
    const period = read(found, articleDate);
    if (period) return { period, end: at + found[0].length };
  }
  return undefined;
}

/** A time right after `at` ("in April 2022", ", 16 May"): the period and where its text ends. */
export function periodAfter(
  text: string,
  at: number,
  articleDate: IsoDate | undefined,
): { period: Period; end: number } | undefined {
  LINK_AFTER.lastIndex = at;
  const link = LINK_AFTER.exec(text);
  // A time follows after a space or a linking word ("Gespräche 2022", "talks in May 2025"); a bare month needs the article's year.
  const start = at + (link?.[0].length ?? 0);
  if (start === at) return undefined;
  return readAt(text, start, articleDate);
}

/** A time ending right before `at` ("2022 Istanbul talks", "the May 16 meeting", "the August meeting"): the period and where it starts. */
export function periodBefore(
  text: string,
  at: number,
  articleDate: IsoDate | undefined,
): { period: Period; start: number } | undefined {
  const window = text.slice(Math.max(0, at - 24), at);
  const offset = at - window.length;
  // Try each word start in the window, longest phrase first, and accept one that ends exactly at `at` (a space between).
  const starts = [...window.matchAll(/(?<![\p{L}\p{N}])[\p{L}\p{N}]/gu)].map((word) => offset + word.index);
  for (const start of starts) {
    const found = readAt(text, start, articleDate);
    if (found && /^[\s\u00a0-]*$/u.test(text.slice(found.end, at)) && found.end < at)
      return { period: found.period, start };
  }
  return undefined;
}

/** A time written inside [from, to) ("2022 Istanbul talks", "negotiations in Istanbul in 2022"): the first one found. */
export function periodWithin(
  text: string,
  from: number,
  to: number,
  articleDate: IsoDate | undefined,
): Period | undefined {
  for (const word of text.slice(from, to).matchAll(/(?<![\p{L}\p{N}])[\p{L}\p{N}]/gu)) {
    const found = readAt(text, from + word.index, articleDate);
    if (found && found.end <= to) return found.period;
  }
  return undefined;
}
