import type { IsoDate } from '../dataset/schema';
import { earliestDay } from '../time/dates';
import { roundsOfSeries, type Lexicon } from './lexicon';
import type { MatchContext, Mention } from './matcher';
import type { Head } from './eventHeads';

/**
 * Event phrases: a head noun for talks, rounds, meetings or summits with
 * something that tells which (an ordinal, a place, a year), resolved against
 * the rounds' dates and places and the article's date. "die dritte Runde in
 * Istanbul" → the third Istanbul round of the series nearest the article;
 * "Gespräche in Istanbul" with no closer clue → the series.
 */
const ORDINALS: Record<string, number> = { erst: 1, first: 1, zweit: 2, second: 2, dritt: 3, third: 3, viert: 4, fourth: 4, fünft: 5, fifth: 5 };
const ORDINAL = /(?<![\p{L}])(erst|zweit|dritt|viert|fünft)(?:e|en|er|es|em)?(?![\p{L}])|(?<![\p{L}])(first|second|third|fourth|fifth)(?![\p{L}])/iu;
const YEAR = /^(?:19|20)\d{2}$/;
/** How far from the article's date a round may lie for "talks in <place>" to mean it. */
const MAX_DAYS_FROM_ARTICLE = 10;
const RECORD_STATEMENT = /^[^.;]*?(?:\bseit\b|\bsince\b|\bin (?:\d+|zwei|drei|vier|two|three|four|more than \w+) (?:jahren|years)\b)/iu;
/** Words that may stand between an ordinal and its head: "third round", "first known trilateral security talks". */
const MAX_WORDS_BETWEEN = 3;

interface RoundRef {
  id: string;
  series?: string;
  start: string;
  place?: string;
}

function placeChain(lexicon: Lexicon, placeId: string | undefined): string[] {
  const chain: string[] = [];
  for (let current = placeId; current && chain.length < 5; current = lexicon.within.get(current)) chain.push(current);
  return chain;
}

const byStart = (a: RoundRef, b: RoundRef) => earliestDay(a.start).localeCompare(earliestDay(b.start));

/** The series whose rounds are nearest before the article's date: what "the third round" refers to. */
function currentSeries(rounds: RoundRef[], date: IsoDate): string | undefined {
  const before = rounds.filter((round) => round.series && earliestDay(round.start) <= date).sort(byStart);
  return before.at(-1)?.series;
}

function busiestSeries(rounds: RoundRef[]): string | undefined {
  const counts = new Map<string, number>();
  for (const round of rounds) if (round.series) counts.set(round.series, (counts.get(round.series) ?? 0) + 1);
  return [...counts.entries()].sort((a, b) => b[1] - a[1])[0]?.[0];
}

function resolveRounds(lexicon: Lexicon, clues: { ordinal?: number; place?: string; year?: string; plural: boolean }, date: IsoDate): Pick<Mention, 'entityId' | 'rounds'> | undefined {
  let rounds: RoundRef[] = lexicon.source.rounds;
  const { place, year } = clues;
  if (place) rounds = rounds.filter((round) => placeChain(lexicon, round.place).includes(place));
  if (year) rounds = rounds.filter((round) => round.start.startsWith(year));
  if (rounds.length === 0) return undefined;
  // A year alone ("talks in 2022") means the series that held most of that year's rounds.
  const series = clues.year && !clues.place ? busiestSeries(rounds) : (currentSeries(rounds, date) ?? currentSeries(lexicon.source.rounds, date));
  if (clues.year && !clues.place && series && clues.ordinal === undefined) {
    return { entityId: series, rounds: roundsOfSeries(lexicon, series, date) };
  }
  if (clues.ordinal) {
    const inSeries = lexicon.source.rounds.filter((round) => round.series === series).sort(byStart);
    const round = inSeries[clues.ordinal - 1];
    if (round && (!clues.place || rounds.includes(round))) return { entityId: round.id, rounds: [round.id] };
    return undefined;
  }
  // Articles speak of the talks just held or just ahead: the round nearest the article's date.
  const distance = (round: RoundRef) => Math.abs(Date.parse(date) - Date.parse(earliestDay(round.start))) / 86_400_000;
  const latest = [...rounds].sort((a, b) => distance(a) - distance(b) || byStart(b, a))[0];
  if (!latest) return undefined;
  const daysApart = distance(latest);
  if (!clues.plural && (rounds.length === 1 || daysApart <= 3) && (clues.year || daysApart <= MAX_DAYS_FROM_ARTICLE)) return { entityId: latest.id, rounds: [latest.id] };
  // A place alone names no round unless one was held near the article's date ("das Treffen in Kiew" may be any meeting).
  if (!clues.year && daysApart > MAX_DAYS_FROM_ARTICLE) return undefined;
  const seriesId = latest.series;
  if (seriesId) {
    return { entityId: seriesId, rounds: roundsOfSeries(lexicon, seriesId, date) };
  }
  return { entityId: latest.id, rounds: [latest.id] };
}

/** `heads` are the head nouns found in `text` (see eventHeads.ts), in order. */
export function findEvents(lexicon: Lexicon, text: string, context: MatchContext, mentions: Mention[], heads: readonly Head[]): Mention[] {
  const places = mentions.filter((mention) => mention.type === 'place');
  const covered = mentions.filter((mention) => mention.type === 'event');
  const events: Mention[] = [];
  for (const head of heads) {
    const headStart = head.index;
    const headEnd = headStart + head.text.length;
    if (covered.some((event) => event.start < headEnd && headStart < event.end)) continue;
    let start = headStart;
    let end = headEnd;
    const clues: { ordinal?: number; place?: string; year?: string; plural: boolean } = { plural: /(?:runden|rounds|meetings)$/i.test(head.text) };

    // Before the head: "dritte (neue) Verhandlungsrunde", "Istanbul talks", "Alaska-Gipfel", "2022 Istanbul talks".
    const before = text.slice(Math.max(0, headStart - 80), headStart);
    const words = before.split(/(?<=[\s-])/u);
    let consumed = 0;
    for (let index = words.length - 1, seen = 0; index >= 0 && seen <= MAX_WORDS_BETWEEN; index--, seen++) {
      const word = words[index] ?? '';
      if (/[.,;:!?()"“”„]/u.test(word)) break;
      consumed += word.length;
      const bare = word.trim().replace(/-$/, '');
      const ordinal = bare.match(ORDINAL);
      if (ordinal && ordinal[0].length === bare.length) {
        clues.ordinal = ORDINALS[(ordinal[1] ?? ordinal[2] ?? '').toLowerCase()];
        start = headStart - consumed;
        break;
      }
    }
    const placeBefore = places.find((place) => /^[\s-]$/u.test(text.slice(place.end, headStart)) && place.end < headStart);
    if (placeBefore) {
      clues.place = placeBefore.entityId;
      start = Math.min(start, placeBefore.start);
      const yearBefore = text.slice(Math.max(0, placeBefore.start - 5), placeBefore.start).match(/((?:19|20)\d{2})\s$/);
      if (yearBefore?.[1]) {
        clues.year = yearBefore[1];
        start = placeBefore.start - yearBefore[0].length;
      }
    }

    // After the head: "in Istanbul", "am Mittwoch in Istanbul", "in Abu Dhabi", "in 2022".
    const after = text.slice(headEnd, headEnd + 60);
    const placeAfter = after.match(/^(\s+(?:am|on)\s+\p{L}+)?\s+(?:in|im|at)\s+/u);
    if (placeAfter) {
      const at = headEnd + placeAfter[0].length;
      const place = places.find((candidate) => candidate.start === at);
      if (place) {
        clues.place ??= place.entityId;
        end = place.end;
      }
    }
    const yearAfter = text.slice(end, end + 10).match(/^\s+in\s+((?:19|20)\d{2})(?!\d)/);
    if (yearAfter?.[1] && YEAR.test(yearAfter[1])) {
      clues.year ??= yearAfter[1];
      end += yearAfter[0].length;
    }
    // "the first direct talks in three years / since 2022" is a record, not a round number (rule of thumb of the press).
    if (clues.ordinal !== undefined && !clues.place && RECORD_STATEMENT.test(text.slice(headEnd, headEnd + 40))) clues.ordinal = undefined;
    if (clues.ordinal === undefined && !clues.place && !clues.year) continue;
    const resolved = resolveRounds(lexicon, clues, context.date);
    if (!resolved) continue;
    events.push({ ...resolved, type: 'event', start, end, surface: text.slice(start, end) });
  }
  return events;
}
