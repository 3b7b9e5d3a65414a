import type { IsoDate } from '../dataset/schema';
import type { ArticleDay, EventClues } from '../time/eventResolver';
import { periodAfter, periodBefore } from '../time/periodPhrase';
import type { MatchContext } from './mention';

/** The article's day as the event resolver weighs it: a date the page did not give counts for less. */
export const articleDayOf = (context: MatchContext): ArticleDay => ({
  date: context.date,
  known: context.dateKnown !== false,
});

/** Clues around a span: a time written right before or after it. */
export function timeAround(
  text: string,
  start: number,
  end: number,
  date: IsoDate | undefined,
): Pick<EventClues, 'period'> & { start: number; end: number } {
  const after = periodAfter(text, end, date);
  if (after) return { period: after.period, start, end: after.end };
  const before = periodBefore(text, start, date);
  if (before) return { period: before.period, start: before.start, end };
  return { start, end };
}
