import type { IsoDate } from '../dataset/schema';
import { earliestDay } from '../time/dates';
import type { FoldedText } from './fold';
import type { Lexicon } from './lexicon';
import type { MatchContext, Mention } from './matcher';

/**
 * Event phrases: a head noun for talks, rounds, meetings or summits with
 * something that tells which (an ordinal, a place, a year), resolved against
 * the rounds' dates and places and the article's date. "die dritte Runde in
 * Istanbul" → the third Istanbul round of the series nearest the article;
 * "Gespräche in Istanbul" with no closer clue → the series.
 */
const HEADS = [
  // German
  'verhandlungsrunden?',
  'gesprächsrunden?',
  'runden?',
  'friedensverhandlungen',
  'verhandlungen',
  'friedensgespräche[n]?',
  'gespräch(?:e|en|s)?',
  'treffens?',
  'gipfeltreffens?',
  'gipfels?',
  'konferenz',
  // English
  'rounds? of (?:direct |peace |security )?(?:talks|negotiations)',
  'rounds?',
  'peace talks',
  'talks',
  'negotiations',
  'meetings?',
  'summit',
  'conference',
];
const HEAD = new RegExp(`(?<![\\p{L}\\p{N}])(?:${HEADS.join('|')})(?![\\p{L}\\p{N}])`, 'giu');
const ORDINALS: Record<string, number> = { erst: 1, first: 1, zweit: 2, second: 2, dritt: 3, third: 3, viert: 4, fourth: 4, fünft: 5, fifth: 5 };
const ORDINAL = /(?<![\p{L}])(erst|zweit|dritt|viert|fünft)(?:e|en|er|es|em)?(?![\p{L}])|(?<![\p{L}])(first|second|third|fourth|fifth)(?![\p{L}])/iu;
const YEAR = /^(?:19|20)\d{2}$/;
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

function resolveRounds(lexicon: Lexicon, clues: { ordinal?: number; place?: string; year?: string; plural: boolean }, date: IsoDate): Pick<Mention, 'entityId' | 'rounds'> | undefined {
  let rounds: RoundRef[] = lexicon.source.rounds;
  if (clues.place) rounds = rounds.filter((round) => placeChain(lexicon, round.place).includes(clues.place!));
  if (clues.year) rounds = rounds.filter((round) => round.start.startsWith(clues.year!));
  if (rounds.length === 0) return undefined;
  const series = currentSeries(rounds, date) ?? currentSeries(lexicon.source.rounds, date);
  if (clues.ordinal) {
    const inSeries = lexicon.source.rounds.filter((round) => round.series === series).sort(byStart);
    const round = inSeries[clues.ordinal - 1];
    if (round && (!clues.place || rounds.includes(round))) return { entityId: round.id, rounds: [round.id] };
    return undefined;
  }
  const sorted = [...rounds].sort(byStart);
  const held = sorted.filter((round) => earliestDay(round.start) <= date);
  const latest = held.at(-1) ?? sorted[0]!;
  // A phrase in an article written within days of a round means that round, unless it speaks of several.
  const daysApart = (Date.parse(date) - Date.parse(earliestDay(latest.start))) / 86_400_000;
  if (!clues.plural && (sorted.length === 1 || daysApart <= 3)) return { entityId: latest.id, rounds: [latest.id] };
  const seriesId = latest.series;
  if (seriesId) {
    const all = lexicon.source.rounds.filter((round) => round.series === seriesId).map((round) => round.id);
    return { entityId: seriesId, rounds: all };
  }
  return { entityId: latest.id, rounds: [latest.id] };
}

export function findEvents(lexicon: Lexicon, text: string, _folded: FoldedText, context: MatchContext, mentions: Mention[]): Mention[] {
  const places = mentions.filter((mention) => mention.type === 'place');
  const covered = mentions.filter((mention) => mention.type === 'event');
  const events: Mention[] = [];
  for (const head of text.matchAll(HEAD)) {
    const headStart = head.index;
    const headEnd = headStart + head[0].length;
    if (covered.some((event) => event.start < headEnd && headStart < event.end)) continue;
    let start = headStart;
    let end = headEnd;
    const clues: { ordinal?: number; place?: string; year?: string; plural: boolean } = { plural: /(?:runden|rounds|meetings)$/i.test(head[0]) };

    // Before the head: "dritte (neue) Verhandlungsrunde", "Istanbul talks", "Alaska-Gipfel", "2022 Istanbul talks".
    const before = text.slice(Math.max(0, headStart - 80), headStart);
    const words = before.split(/(?<=[\s-])/u);
    let consumed = 0;
    for (let index = words.length - 1, seen = 0; index >= 0 && seen <= MAX_WORDS_BETWEEN; index--, seen++) {
      const word = words[index]!;
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
    if (clues.ordinal === undefined && !clues.place && !clues.year) continue;
    const resolved = resolveRounds(lexicon, clues, context.date);
    if (!resolved) continue;
    events.push({ ...resolved, type: 'event', start, end, surface: text.slice(start, end) });
  }
  return events;
}
