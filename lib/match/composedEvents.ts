import type { ArticleDay, EventClues, ResolvedEvent } from '../time/eventResolver';
import type { Head } from './eventHeads';
import { ordinalBefore, peopleBefore, topicBefore, venueAfter, venueInClause } from './eventPhrase';
import { articleDayOf, timeAround } from './eventTime';
import { PLURAL_HEAD, RECORD_STATEMENT } from './eventWords';
import type { Lexicon } from './lexicon';
import type { MatchContext, Mention } from './mention';

/**
 * Composed event phrases: a head noun for talks, rounds, meetings or summits with something that
 * tells which: an ordinal, a venue, a time ("die dritte Runde in Istanbul").
 */

interface Composed {
  start: number;
  end: number;
  clues: EventClues;
  /** What besides the head tells which event: without one, "the talks" is no mention. */
  distinguished: boolean;
}

/** What stands around one head: its mentions split by the part they can play. */
interface Surroundings {
  text: string;
  venues: Mention[];
  persons: Mention[];
}

/**
 * Before the head: an ordinal ("dritte Runde"), persons ("Trump-Putin summit"), a venue ("Istanbul talks").
 * False when a word before the head names someone else's talks.
 */
function readBefore(lexicon: Lexicon, around: Surroundings, head: Head, phrase: Composed): boolean {
  const { text, venues, persons } = around;
  const headStart = head.index;
  const found = ordinalBefore(text, headStart);
  if (found) {
    phrase.clues.ordinal = found.ordinal;
    phrase.start = found.start;
    phrase.distinguished = true;
  }
  // "Trump-Putin summit", "Putin-Witkoff-Treffen": the persons glued before the head are its parties.
  const people = peopleBefore(headStart, persons, text);
  if (people.length > 0) {
    phrase.clues.people = people;
    phrase.distinguished = true;
  }
  const glued = venues.find((venue) => venue.end < headStart && /^[\s-]$/u.test(text.slice(venue.end, headStart)));
  // "Ukraine-Gespräche in Genf", "Russia talks": a side of the war before the head is a party, not the venue.
  const venueBefore =
    glued && !(glued.type === 'state' && lexicon.source.belligerents.includes(glued.entityId)) ? glued : undefined;
  if (venueBefore?.type === 'place') {
    phrase.clues.places = [venueBefore.entityId];
    phrase.start = Math.min(phrase.start, venueBefore.start);
    phrase.distinguished = true;
  } else if (venueBefore) {
    // A state glued before the head that is no side of the war ("Belarus talks"): its territory is the venue.
    phrase.clues.places = [venueBefore.entityId];
  } else if (!glued && people.length === 0 && topicBefore(text, headStart, head.text)) {
    // "Syria talks", "OPEC meeting": a word before the head that no mention covers names someone else's talks.
    return false;
  }
  // A side of the war glued before the head is a party: the venue, if any, follows.
  return true;
}

/** After the head: the venue ("in Istanbul"), else one later in the clause, and a written time. */
function readAfter(around: Surroundings, headEnd: number, phrase: Composed, article: ArticleDay): void {
  const { text, venues } = around;
  const { clues } = phrase;
  const venue = venueAfter(text, headEnd, venues);
  if (venue) {
    clues.places ??= [venue.entityId];
    // A state's name is a mention of its own: the event ends before it ("talks in Saudi Arabia" marks the state).
    if (venue.type === 'place') {
      phrase.end = venue.end;
      phrase.distinguished = true;
    }
  }
  // "Die ersten Friedensverhandlungen fanden im März in Istanbul statt": a venue later in the same clause
  // tells where, though it is no part of the phrase.
  if (!clues.places && clues.ordinal !== undefined) {
    const later = venueInClause(text, headEnd, venues);
    if (later) clues.places = [later.entityId];
  }
  const time = timeAround(text, phrase.start, phrase.end, article.known ? article.date : undefined);
  if (time.period) {
    clues.period = time.period;
    phrase.start = time.start;
    phrase.end = time.end;
    phrase.distinguished = true;
  }
  if (
    clues.ordinal !== undefined &&
    !clues.places &&
    !clues.period &&
    RECORD_STATEMENT.test(text.slice(headEnd, headEnd + 40))
  ) {
    clues.ordinal = undefined;
    phrase.distinguished = false;
  }
}

/** Reads an ordinal, a venue and a time around one head noun. */
function composeAt(lexicon: Lexicon, around: Surroundings, head: Head, article: ArticleDay): Composed | undefined {
  const headEnd = head.index + head.text.length;
  const phrase: Composed = {
    start: head.index,
    end: headEnd,
    clues: { plural: PLURAL_HEAD.test(head.text) },
    distinguished: false,
  };
  if (!readBefore(lexicon, around, head, phrase)) return undefined;
  readAfter(around, headEnd, phrase, article);
  return phrase.distinguished ? phrase : undefined;
}

/** Heads that no named event covers, each read with its clues and resolved. */
export function findComposedEvents(
  lexicon: Lexicon,
  text: string,
  context: MatchContext,
  mentions: Mention[],
  heads: readonly Head[],
): Array<{ mention: Mention; event: ResolvedEvent }> {
  const around: Surroundings = {
    text,
    venues: mentions.filter((mention) => mention.type === 'place' || mention.type === 'state'),
    persons: mentions.filter((mention) => mention.type === 'person'),
  };
  const named = mentions.filter((mention) => mention.type === 'event');
  const article = articleDayOf(context);
  const found: Array<{ mention: Mention; event: ResolvedEvent }> = [];
  for (const head of heads) {
    const headEnd = head.index + head.text.length;
    if (named.some((event) => event.start < headEnd && head.index < event.end)) continue;
    const composed = composeAt(lexicon, around, head, article);
    if (!composed) continue;
    // "die zweite Runde der Gespräche" is one phrase: its second head, reaching back over the first, adds nothing.
    if (found.some(({ mention }) => mention.start < composed.end && composed.start < mention.end)) continue;
    const event = lexicon.events.resolve(composed.clues, article);
    if (!event) continue;
    const mention: Mention = {
      entityId: event.id,
      type: 'event',
      start: composed.start,
      end: composed.end,
      surface: text.slice(composed.start, composed.end),
      rounds: event.rounds,
      reason: event.reason,
    };
    found.push({ mention, event });
  }
  return found;
}
