import type { IsoDate, PartialDate } from '../dataset/schema';
import { earliestDay, latestDay } from '../dataset/dates';
import type { Period } from './periodPhrase';

/**
 * The one resolver for event mentions, whether the text names an event by a
 * dataset alias ("Istanbul talks") or composes it from a head noun and clues
 * ("die dritte Runde in Istanbul"). The rules are written down in
 * docs/event-resolution.md; in short:
 *
 * 1. Candidates fit every clue: the alias (if any), the venue (with the place
 *    hierarchy), the time written in the phrase.
 * 2. An event may lie before the article's date or at most
 *    ANNOUNCED_WINDOW_DAYS after it, whatever the phrase writes; with an
 *    unknown article date only phrases with a written time (or a name only
 *    one event carries) resolve.
 * 3. An ordinal counts within the series at that venue, the series (of rounds
 *    where both sides met) current at the article's date.
 * 4. Otherwise the nearest candidate to the article's date wins, "just held"
 *    before "ahead" on ties; a plural head that is not within NEAR_DAYS of a
 *    round names the round's series, once the series is under way at that venue.
 */

/** Talks are announced a week or two ahead ("sollen am Freitag beginnen"); nothing later is meant. */
export const ANNOUNCED_WINDOW_DAYS = 14;
/** An article this close to a round speaks of that round, even with a plural head. */
export const NEAR_DAYS = 3;

const DAY_MS = 86_400_000;

export interface EventRow {
  id: string;
  kind: string;
  /** Both sides of the war sat at the table: a round that "the third round" can count. */
  sidesMeet?: true;
  series?: string;
  start: PartialDate;
  end?: PartialDate;
  place?: string;
  /** The persons at the table. */
  people?: readonly string[];
}

export interface EventClues {
  /** The rounds and series that share the proper name the text used ("Minsk II"); absent for other phrases. */
  named?: readonly string[];
  /** Events a venue phrase's alias names ("meeting in Riyadh"): candidates even when their kind is not a talk's. */
  include?: readonly string[];
  /** Venues the phrase names; a candidate must lie in one of them. */
  places?: readonly string[];
  /** Persons the phrase names as its parties ("Trump-Putin summit"); a candidate must have had them all at the table. */
  people?: readonly string[];
  ordinal?: number;
  period?: Period;
  /** "talks", "Gespräche", "rounds": may name a whole series. */
  plural: boolean;
}

export interface ArticleDay {
  date: IsoDate;
  /** False when the page gave no date and `date` is only today. */
  known: boolean;
}

/**
 * Why this event was taken, for the card's one line of explanation:
 * `named` the alias fits one event only; `period` the phrase's own date decides;
 * `ordinal` the n-th round of the current series at that venue; `nearest` the
 * candidate nearest the article's date; `series` a plural head away from any one round.
 */
export type EventReason = 'named' | 'period' | 'ordinal' | 'nearest' | 'series';

export interface ResolvedEvent {
  id: string;
  /** The rounds meant: one, or a series' rounds up to the article's date, nearest first. */
  rounds: string[];
  reason: EventReason;
  /** Days between the article's date and the event (0 inside its span); undefined when the date is unknown. */
  daysFromArticle?: number;
}

/**
 * Kinds a composed phrase ("Gespräche in Istanbul") can mean: talks, meetings, summits. Agreements,
 * exchanges, truces, calls, documents and standing bodies are meant only by their own names
 * ("Minsk II", "Black Sea Grain Initiative").
 */
/** How long after a series' last round an ordinal without venue or time may still count within it. */
export const ORDINAL_CURRENT_DAYS = 60;

const TALK_KINDS: ReadonlySet<string> = new Set(['round', 'meeting', 'summit']);

const dayNumber = (date: IsoDate) => Date.parse(date) / DAY_MS;
const firstDay = (row: EventRow) => earliestDay(row.start);
const lastDay = (row: EventRow) => latestDay(row.end ?? row.start);

/** Days from `date` to the row's span: 0 inside it, negative when the event is still ahead. */
function signedDistance(row: EventRow, date: IsoDate): number {
  if (date < firstDay(row)) return dayNumber(date) - dayNumber(firstDay(row));
  if (date > lastDay(row)) return dayNumber(date) - dayNumber(lastDay(row));
  return 0;
}

/** Nearest first; on equal distance the event already held, then the later one. */
function byNearness(date: IsoDate) {
  return (a: EventRow, b: EventRow) => {
    const da = signedDistance(a, date);
    const db = signedDistance(b, date);
    return (
      Math.abs(da) - Math.abs(db) || (da >= 0 ? 0 : 1) - (db >= 0 ? 0 : 1) || firstDay(b).localeCompare(firstDay(a))
    );
  };
}

export class EventTable {
  private readonly rows: readonly EventRow[];
  private readonly within: ReadonlyMap<string, string>;

  constructor(rows: readonly EventRow[], within: ReadonlyMap<string, string>) {
    this.rows = [...rows].sort((a, b) => firstDay(a).localeCompare(firstDay(b)));
    this.within = within;
  }

  /** The place and every place or state it lies in: Çırağan → Istanbul → Türkiye. */
  placeChain(placeId: string | undefined): string[] {
    const chain: string[] = [];
    for (
      let current = placeId;
      current && chain.length < 8 && !chain.includes(current);
      current = this.within.get(current)
    )
      chain.push(current);
    return chain;
  }

  /** A series' span runs from its first round's start to its last round's end. */
  seriesRounds(seriesId: string): EventRow[] {
    return this.rows.filter((row) => row.series === seriesId);
  }

  resolve(clues: EventClues, article: ArticleDay): ResolvedEvent | undefined {
    const named = clues.named ? new Set(clues.named) : undefined;
    const fits = (row: EventRow) =>
      (named
        ? named.has(row.id) || (row.series !== undefined && named.has(row.series))
        : TALK_KINDS.has(row.kind) || clues.include?.includes(row.id) === true) &&
      (!clues.places?.length || this.placeChain(row.place).some((place) => clues.places?.includes(place))) &&
      (!clues.people?.length || clues.people.every((person) => row.people?.includes(person) === true)) &&
      (!clues.period || (firstDay(row) <= clues.period.to && lastDay(row) >= clues.period.from));
    let pool = this.rows.filter(fits);
    if (!article.known) {
      // Without the article's date only the phrase's own time, or a name only one event carries, can decide.
      if (!clues.period && !(named && pool.length === 1 && named.has(pool[0]?.id ?? ''))) return undefined;
    } else {
      // A written time chooses among events, but no article speaks of one that had not yet been announced.
      const latestStart = dayNumber(article.date) + ANNOUNCED_WINDOW_DAYS;
      pool = pool.filter((row) => dayNumber(firstDay(row)) <= latestStart);
    }
    if (pool.length === 0) return undefined;
    // Where the article's date is unknown, the phrase's period stands in for it.
    const reference = article.known ? article.date : (clues.period?.to ?? firstDay(pool[0] as EventRow));
    const result = (row: EventRow, reason: EventReason): ResolvedEvent => ({
      id: row.id,
      rounds: [row.id],
      reason,
      ...this.distance(row, article),
    });
    if (clues.ordinal !== undefined) {
      const round = this.nthOfCurrentSeries(pool, clues.ordinal, reference, !clues.places?.length && !clues.period);
      return round ? result(round, 'ordinal') : undefined;
    }
    const ordered = [...pool].sort(byNearness(reference));
    const nearest = ordered[0] as EventRow;
    const seriesMeant =
      clues.plural &&
      nearest.series !== undefined &&
      (!named || named.has(nearest.series)) &&
      Math.abs(signedDistance(nearest, reference)) > NEAR_DAYS &&
      this.seriesUnderway(nearest.series, clues, reference);
    if (seriesMeant && nearest.series) {
      const rounds = pool.filter((row) => row.series === nearest.series).sort(byNearness(reference));
      return {
        id: nearest.series,
        rounds: rounds.map((row) => row.id),
        reason: 'series',
        ...this.distance(nearest, article),
      };
    }
    const reason: EventReason = clues.period ? 'period' : named && pool.length === 1 ? 'named' : 'nearest';
    return result(nearest, reason);
  }

  /**
   * Whether the series (its rounds at the phrase's venue, two at least) has begun by `date`: from its first
   * round on, "the Istanbul talks" are the series; before it, only the round announced is.
   */
  private seriesUnderway(seriesId: string, clues: EventClues, date: IsoDate): boolean {
    const rounds = this.seriesRounds(seriesId).filter(
      (row) => !clues.places?.length || this.placeChain(row.place).some((place) => clues.places?.includes(place)),
    );
    const first = rounds[0];
    return rounds.length >= 2 && first !== undefined && firstDay(first) <= date;
  }

  /**
   * "die dritte Runde in Istanbul": the series of the nearest round in the pool, counted at that venue.
   * Only rounds where both sides met are counted: the press numbers negotiation rounds, not the
   * meetings of one side with its partners.
   */
  private nthOfCurrentSeries(
    pool: EventRow[],
    ordinal: number,
    reference: IsoDate,
    onlyCurrent: boolean,
  ): EventRow | undefined {
    const current = pool.filter((row) => row.series !== undefined && row.sidesMeet).sort(byNearness(reference))[0];
    if (!current) return undefined;
    const counted = pool.filter((row) => row.series === current.series);
    // "die zweite Runde" with neither venue nor time counts within talks under way at the article's date,
    // not within talks that ended long before: in 2024 it is no round of 2022.
    const last = counted.at(-1);
    if (onlyCurrent && last && dayNumber(reference) - dayNumber(lastDay(last)) > ORDINAL_CURRENT_DAYS) return undefined;
    return counted[ordinal - 1];
  }

  private distance(row: EventRow, article: ArticleDay): { daysFromArticle?: number } {
    return article.known ? { daysFromArticle: signedDistance(row, article.date) } : {};
  }
}
