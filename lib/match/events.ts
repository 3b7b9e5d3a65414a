import type { EventClues, ResolvedEvent } from '../time/eventResolver';
import { periodWithin } from '../time/periodPhrase';
import type { NamedEventOptions } from './ambiguity';
import { CONTEXT_WINDOW, FOREIGN_TOPIC, sentenceBounds } from './contextRules';
import { headsByExpression } from './eventHeads';
import { topicBefore } from './eventPhrase';
import { articleDayOf, timeAround } from './eventTime';
import { PLURAL_HEAD } from './eventWords';
import type { Lexicon } from './lexicon';
import type { MatchContext, Mention } from './mention';

/**
 * Event phrases, both kinds, resolved by one resolver (lib/time/eventResolver.ts):
 * - named: a dataset alias of a round or series ("Istanbul talks", "Genfer Gespräche"),
 *   with a time written next to it ("the Istanbul talks of 2022");
 * - composed: a head noun for talks, rounds, meetings or summits with something that
 *   tells which: an ordinal, a venue, a time ("die dritte Runde in Istanbul"), read in
 *   composedEvents.ts with the readers of eventPhrase.ts.
 * This module is the glue the matcher calls; the rules are written down in docs/event-resolution.md.
 */

// The matcher and the docs name these from here.
export { articleDayOf } from './eventTime';
export { topicBefore } from './eventPhrase';
export { findComposedEvents } from './composedEvents';

/** Beyond this many days after an event, a phrase without a written time needs a side of the war nearby to mean it. */
export const STALE_AFTER_DAYS = 30;

/**
 * An alias of one or more rounds and series, resolved: the span may grow by a written time
 * ("Istanbul talks in 2022").
 */
export function resolveNamedEvent(
  lexicon: Lexicon,
  text: string,
  span: { start: number; end: number },
  named: NamedEventOptions,
  context: MatchContext,
  partyBefore = false,
): { event: ResolvedEvent; start: number; end: number } | undefined {
  const article = articleDayOf(context);
  // A venue phrase ("meeting in Riyadh") is read like a composed one: "the OPEC meeting in Riyadh" is someone else's,
  // but "der Ukraine-Gipfel in Alaska" and "the Trump-Putin summit in Alaska" name this war's parties.
  if (!named.properName && !partyBefore && topicBefore(text, span.start, text.slice(span.start, span.end)))
    return undefined;
  const time = timeAround(text, span.start, span.end, article.known ? article.date : undefined);
  // "meeting in Riyadh" is any meeting there: it is read as the composed phrase it is, the alias's own events included.
  const venuePhrase = !named.properName && named.places.length > 0;
  const head = venuePhrase ? headsByExpression(text.slice(span.start, span.end))[0] : undefined;
  const clues: EventClues = venuePhrase
    ? { include: named.ids, places: named.places, plural: head ? PLURAL_HEAD.test(head.text) : named.series }
    : { named: named.ids, places: named.places, plural: named.series };
  const written =
    time.period ??
    (venuePhrase ? periodWithin(text, span.start, span.end, article.known ? article.date : undefined) : undefined);
  if (written) clues.period = written;
  const event = lexicon.events.resolve(clues, article);
  return event ? { event, start: time.start, end: time.end } : undefined;
}

/**
 * Whether a person, or a side of the war, is glued to `start` by a space or hyphen: "Ukraine-Gipfel",
 * "Trump-Putin summit".
 */
export function partyGluedBefore(
  lexicon: Lexicon,
  text: string,
  start: number,
  earlier: ReadonlyArray<{ type: string; entityId: string; end: number }>,
): boolean {
  return earlier.some(
    (mention) =>
      (mention.type === 'person' ||
        (mention.type === 'state' && lexicon.source.belligerents.includes(mention.entityId))) &&
      mention.end < start &&
      /^[\s-]$/u.test(text.slice(mention.end, start)),
  );
}

/**
 * Whether the text around an event mention is about this war: a phrase in a sentence about other talks
 * (Syria, Gaza, OPEC, trade) needs a side of the war in the same sentence; a phrase about an event long
 * past, without a time of its own, needs a side of the war nearby.
 */
export function inWarContext(
  lexicon: Lexicon,
  text: string,
  found: { mention: Mention; event: ResolvedEvent; properName: boolean },
  all: readonly Mention[],
): boolean {
  const { mention, event } = found;
  // A proper name ("Minsk II", "die Minsker Abkommen") means its event whatever the sentence is about.
  if (found.properName) return true;
  const sides = new Set(lexicon.source.belligerents);
  const isSide = (other: Mention) =>
    (other.end <= mention.start || other.start >= mention.end) &&
    (sides.has(other.entityId) ||
      lexicon.events.placeChain(other.entityId).some((place) => sides.has(place)) ||
      lexicon.sides.get(other.entityId) !== undefined);
  const sentence = sentenceBounds(text, mention.start, mention.end);
  const inSentence = (other: Mention) => other.start >= sentence.from && other.end <= sentence.to;
  if (
    FOREIGN_TOPIC.test(text.slice(sentence.from, sentence.to)) &&
    !all.some((other) => inSentence(other) && isSide(other))
  )
    return false;
  // A paragraph about other talks ("The Geneva talks" in a piece on Iran) names no side of this war anywhere near.
  const near = (other: Mention) => Math.abs(other.start - mention.start) <= CONTEXT_WINDOW;
  const around = text.slice(Math.max(0, mention.start - CONTEXT_WINDOW), mention.end + CONTEXT_WINDOW);
  if (FOREIGN_TOPIC.test(around) && !all.some((other) => near(other) && isSide(other))) return false;
  const stale =
    event.reason !== 'period' && event.daysFromArticle !== undefined && event.daysFromArticle > STALE_AFTER_DAYS;
  if (!stale) return true;
  return all.some((other) => Math.abs(other.start - mention.start) <= CONTEXT_WINDOW && isSide(other));
}
