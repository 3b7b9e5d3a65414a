import type { Language } from '../dataset/schema';
import { formatPartialDate, type Translate } from '../i18n';
import { dateTimeFormat } from '../i18n/format';
import type { CatalogRound } from './catalog';
import type { Period } from './dateQuery';
import type { RoundSearch } from './searchIndex';
import { markSegments, type Segment } from './terms';

/** One row of the result list or the timeline, in the reader's language, with the matched words marked. */
export interface ResultRow {
  id: string;
  year: number;
  title: Segment[];
  when: string;
  where?: Segment[];
  format: string;
  heads?: Segment[];
  outcome?: Segment[];
}

export function formatSpan(start: string, end: string | undefined, lang: Language): string {
  return end && end !== start
    ? `${formatPartialDate(start, lang)} – ${formatPartialDate(end, lang)}`
    : formatPartialDate(start, lang);
}

/** The venue and, when the venue does not say it, the city it lies in: "Çırağan Palace, Istanbul". */
export function whereOf(round: CatalogRound, search: Pick<RoundSearch, 'name'>, lang: Language): string | undefined {
  const place = round.place ? search.name(round.place) : undefined;
  const venue = round.venue?.[lang] ?? place?.name[lang];
  const city = place?.within ? search.name(place.within) : undefined;
  if (!venue) return undefined;
  return city && city.type === 'place' && !venue.includes(city.name[lang]) ? `${venue}, ${city.name[lang]}` : venue;
}

const ONE_LINE = 160;

function oneLine(text: string): string {
  const sentence = text.split(/(?<=[.!?])\s/u)[0] ?? text;
  return sentence.length > ONE_LINE ? `${sentence.slice(0, ONE_LINE - 1).trimEnd()}…` : sentence;
}

/** Figures that say what was agreed (people freed or returned, ships, tonnes), not how long a session ran. */
const COUNTED_AGREEMENTS: ReadonlySet<string> = new Set([
  'prisoners-exchanged',
  'prisoners-released',
  'bodies-returned',
  'civilians-released',
  'children-returned',
  'ships',
  'tonnes',
  'money-usd',
  'money-eur',
]);

/**
 * The outcome worth a line: the one the query matched most, else the first
 * that counts what was agreed, else the first; the summary when none.
 */
function outcomeLine(round: CatalogRound, matched: ReadonlySet<string>, lang: Language): string {
  const hits = (text: string) => markSegments(text, matched).filter((segment) => segment.marked).length;
  let best: { text: string; score: number } | undefined;
  for (const outcome of round.outcomes) {
    const text = outcome.text[lang];
    const score = hits(text) * 2 + (outcome.figures.some((figure) => COUNTED_AGREEMENTS.has(figure.measure)) ? 1 : 0);
    if (!best || score > best.score) best = { text, score };
  }
  return best?.text ?? round.summary[lang];
}

export function resultRow(
  round: CatalogRound,
  terms: readonly string[],
  search: Pick<RoundSearch, 'name'>,
  lang: Language,
  t: Translate,
  /** `brief`: without the heads and the outcome line, which the compact timeline does not show. */
  options: { brief?: boolean } = {},
): ResultRow {
  const matched = new Set(terms);
  const mark = (text: string | undefined) => (text ? markSegments(text, matched) : undefined);
  const where = whereOf(round, search, lang);
  const row: ResultRow = {
    id: round.id,
    year: Number(round.start.slice(0, 4)),
    title: markSegments(round.title[lang], matched),
    when: formatSpan(round.start, round.end, lang),
    ...(where ? { where: mark(where) } : {}),
    format: t(`format.${round.format}`),
  };
  if (options.brief) return row;
  const heads = round.delegations
    .flatMap((delegation) => delegation.heads)
    .map((id) => search.name(id)?.name[lang] ?? id);
  return {
    ...row,
    ...(heads.length > 0 ? { heads: mark([...new Set(heads)].join(', ')) } : {}),
    outcome: markSegments(oneLine(outcomeLine(round, matched, lang)), matched),
  };
}

/** Rows grouped by year, newest year first (the rows come newest first already). */
export function byYear(rows: ResultRow[]): Array<{ year: number; rows: ResultRow[] }> {
  const groups: Array<{ year: number; rows: ResultRow[] }> = [];
  for (const row of rows) {
    const last = groups[groups.length - 1];
    if (last && last.year === row.year) last.rows.push(row);
    else groups.push({ year: row.year, rows: [row] });
  }
  return groups.sort((a, b) => b.year - a.year);
}

/** The shape of a month named alone ("Juli"); a constant, so the formatter is made once per language. */
const MONTH_ALONE: Intl.DateTimeFormatOptions = { month: 'long', timeZone: 'UTC' };

/** "2025", "2022–2024", "Juni 2025", "Juli (jedes Jahr)", "2. Juni 2025". */
export function formatPeriod(period: Period, lang: Language, t: Translate): string {
  switch (period.kind) {
    case 'year':
      return String(period.year);
    case 'years':
      return `${period.from}–${period.to}`;
    case 'month':
      return formatPartialDate(`${period.year}-${String(period.month).padStart(2, '0')}`, lang);
    case 'month-any-year':
      return t('search.anyMonth', {
        month: dateTimeFormat(lang, MONTH_ALONE).format(new Date(Date.UTC(2001, period.month - 1, 1))),
      });
    case 'day':
      return formatPartialDate(period.date, lang);
  }
}

export function formatPeriods(periods: Period[], lang: Language, t: Translate): string {
  return periods.map((period) => formatPeriod(period, lang, t)).join(', ');
}
