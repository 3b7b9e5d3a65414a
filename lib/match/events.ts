import type { IsoDate } from '../dataset/schema';
import type { ArticleDay, EventClues, ResolvedEvent } from '../time/eventResolver';
import { periodAfter, periodBefore, periodWithin } from '../time/periodPhrase';
import { FOREIGN_TOPIC, sentenceBounds } from './contextRules';
import { headsByExpression, type Head } from './eventHeads';
import type { Lexicon } from './lexicon';
import type { MatchContext, Mention } from './matcher';

/**
 * Event phrases, both kinds, resolved by one resolver (lib/time/eventResolver.ts):
 * - named: a dataset alias of a round or series ("Istanbul talks", "Genfer Gespräche"),
 *   with a time written next to it ("the Istanbul talks of 2022");
 * - composed: a head noun for talks, rounds, meetings or summits with something that
 *   tells which: an ordinal, a venue, a time ("die dritte Runde in Istanbul").
 * The rules are written down in docs/event-resolution.md.
 */

const ORDINALS: Record<string, number> = {
  erst: 1,
  first: 1,
  zweit: 2,
  second: 2,
  dritt: 3,
  third: 3,
  viert: 4,
  fourth: 4,
  fünft: 5,
  fifth: 5,
};
const ORDINAL =
  /(?<![\p{L}])(erst|zweit|dritt|viert|fünft)(?:e|en|er|es|em)?(?![\p{L}])|(?<![\p{L}])(first|second|third|fourth|fifth)(?![\p{L}])/iu;
/** "the first direct talks in three years / since 2022" is a record, not a round number (the press's rule of thumb). */
const RECORD_STATEMENT =
  /^[^.;]*?(?:\bseit\b|\bsince\b|\bin (?:\d+|zwei|drei|vier|two|three|four|more than \w+) (?:jahren|years)\b)/iu;
/** Words that may stand between an ordinal and its head: "third round", "first known trilateral security talks". */
const MAX_WORDS_BETWEEN = 3;
/**
 * What may stand between "in" and the venue's name: "in the Turkish city of Istanbul", "in der dänischen
 * Hauptstadt Kopenhagen", "im schweizerischen Genf", "in Saudi Arabia's capital, Riyadh". The venue's
 * own mention must begin right after it, so the words cannot reach anything but a place.
 */
const VENUE_DESCRIPTOR = new RegExp(
  [
    String.raw`(?:(?:\p{Ll}[\p{L}-]*en|\p{Lu}\p{L}*(?:i|ish|ese|ian|an|ss|ch))\s+)?`,
    String.raw`(?:(?:\p{Lu}\p{L}+\s+)?\p{Lu}\p{L}+['’]s\s+)?`,
    String.raw`(?:(?:Hauptstadt|Stadt|Metropole|Millionenstadt|Küstenstadt|Hafenstadt|Grenzstadt|Badeort|Kurort|Ferienort|Urlaubsort|capital(?: city)?(?: of)?|city(?: of)?|town(?: of)?|port(?: city)?(?: of)?|coastal city(?: of)?|resort(?: town| city)?(?: of)?|border town(?: of)?),?\s+)?`,
  ].join(''),
  'uy',
);
/** Counted nouns an ordinal may belong to instead of the head: "am zweiten Tag der Verhandlungen", "the second day of talks". */
const OTHER_COUNTED =
  /^(?:tag|tages|woche|monat|jahr|jahres|mal|phase|teil|punkt|hälfte|day|week|month|year|time|phase|part|half|stage)$/iu;
/** Heads in the plural (or plural-only nouns): they may name a whole series. */
const PLURAL_HEAD = /^rounds\b|(?:runden|meetings|talks|negotiations|gespräche|gesprächen|verhandlungen|treffen)$/iu;
/** Beyond this many days after an event, a phrase without a written time needs a side of the war nearby to mean it. */
export const STALE_AFTER_DAYS = 30;
const CONTEXT_WINDOW = 400;

export const articleDayOf = (context: MatchContext): ArticleDay => ({
  date: context.date,
  known: context.dateKnown !== false,
});

/** Clues around a span: a time written right before or after it. */
function timeAround(
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

/** An alias of one or more rounds and series, resolved: the span may grow by a written time ("Istanbul talks in 2022"). */
export function resolveNamedEvent(
  lexicon: Lexicon,
  text: string,
  span: { start: number; end: number },
  named: { ids: string[]; places: string[]; series: boolean; properName: boolean },
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

interface Composed {
  start: number;
  end: number;
  clues: EventClues;
  /** What besides the head tells which event: without one, "the talks" is no mention. */
  distinguished: boolean;
}

/** The persons named right before a head, joined by hyphens or dashes: "Trump-Putin", "Witkoff–Putin". */
function peopleBefore(headStart: number, persons: readonly Mention[], text: string): string[] {
  const people: string[] = [];
  let end = headStart;
  for (;;) {
    const person = persons.find(
      (candidate) => candidate.end < end && /^(?:[\s-]|\s?[–—]\s?)$/u.test(text.slice(candidate.end, end)),
    );
    if (!person) return people.reverse();
    // The first person is glued to the head by a hyphen or a space; earlier ones only by a hyphen or dash.
    if (people.length > 0 && /^\s$/u.test(text.slice(person.end, end))) return people.reverse();
    people.push(person.entityId);
    end = person.start;
  }
}

/** Reads an ordinal, a venue and a time around one head noun. */
function composeAt(
  lexicon: Lexicon,
  text: string,
  head: Head,
  venues: Mention[],
  persons: Mention[],
  article: ArticleDay,
): Composed | undefined {
  const headStart = head.index;
  const headEnd = headStart + head.text.length;
  let start = headStart;
  let end = headEnd;
  const clues: EventClues = { plural: PLURAL_HEAD.test(head.text) };
  let distinguished = false;

  // Before the head: "dritte (neue) Verhandlungsrunde", "Istanbul talks", "2022 Istanbul talks".
  const words = text.slice(Math.max(0, headStart - 80), headStart).split(/(?<=[\s-])/u);
  let consumed = 0;
  for (let index = words.length - 1, seen = 0; index >= 0 && seen <= MAX_WORDS_BETWEEN; index--, seen++) {
    const word = words[index] ?? '';
    if (/[.,;:!?()"“”„]/u.test(word)) break;
    consumed += word.length;
    const bare = word.trim().replace(/-$/, '');
    // "am zweiten Tag der Verhandlungen": the ordinal counts days, not rounds.
    if (OTHER_COUNTED.test(bare)) break;
    const ordinal = bare.match(ORDINAL);
    if (ordinal && ordinal[0].length === bare.length) {
      clues.ordinal = ORDINALS[(ordinal[1] ?? ordinal[2] ?? '').toLowerCase()];
      start = headStart - consumed;
      distinguished = true;
      break;
    }
  }
  // "Trump-Putin summit", "Putin-Witkoff-Treffen": the persons glued before the head are its parties.
  const people = peopleBefore(headStart, persons, text);
  if (people.length > 0) {
    clues.people = people;
    distinguished = true;
  }
  const glued = venues.find((venue) => venue.end < headStart && /^[\s-]$/u.test(text.slice(venue.end, headStart)));
  // "Ukraine-Gespräche in Genf", "Russia talks": a side of the war before the head is a party, not the venue.
  const venueBefore =
    glued && !(glued.type === 'state' && lexicon.source.belligerents.includes(glued.entityId)) ? glued : undefined;
  if (venueBefore?.type === 'place') {
    clues.places = [venueBefore.entityId];
    start = Math.min(start, venueBefore.start);
    distinguished = true;
  } else if (venueBefore) {
    // A state glued before the head that is no side of the war ("Belarus talks"): its territory is the venue.
    clues.places = [venueBefore.entityId];
  } else if (!glued && people.length === 0 && topicBefore(text, headStart, head.text)) {
    // "Syria talks", "OPEC meeting": a word before the head that no mention covers names someone else's talks.
    return undefined;
  }
  // A side of the war glued before the head is a party: the venue, if any, follows.

  // After the head: "in Istanbul", "am Mittwoch in Istanbul", "in Saudi Arabia".
  const link = text
    .slice(headEnd, headEnd + 40)
    .match(/^(\s+(?:am|on)\s+\p{L}+)?\s+(?:in|im|at|auf|bei|near|nahe)\s+(?:(?:der|dem|den|the)\s+)?/iu);
  if (link) {
    const at = headEnd + link[0].length;
    // The venue right after "in", or past a descriptor ("the Turkish city of"): a venue's own name may look like one.
    const past = afterDescriptor(text, at);
    const venue =
      venues.find((candidate) => candidate.start === at) ?? venues.find((candidate) => candidate.start === past);
    if (venue) {
      clues.places ??= [venue.entityId];
      // A state's name is a mention of its own: the event ends before it ("talks in Saudi Arabia" marks the state).
      if (venue.type === 'place') {
        end = venue.end;
        distinguished = true;
      }
    }
  }
  // "Die ersten Friedensverhandlungen fanden im März in Istanbul statt": a venue later in the same clause tells where, though it is no part of the phrase.
  if (!clues.places && clues.ordinal !== undefined) {
    const later = venueInClause(text, headEnd, venues);
    if (later) clues.places = [later.entityId];
  }
  const time = timeAround(text, start, end, article.known ? article.date : undefined);
  if (time.period) {
    clues.period = time.period;
    start = time.start;
    end = time.end;
    distinguished = true;
  }
  if (
    clues.ordinal !== undefined &&
    !clues.places &&
    !clues.period &&
    RECORD_STATEMENT.test(text.slice(headEnd, headEnd + 40))
  ) {
    clues.ordinal = undefined;
    distinguished = false;
  }
  return distinguished ? { start, end, clues, distinguished } : undefined;
}

/** Where the venue's name starts after "in": past a descriptor ("the Turkish city of"), or right there. */
function afterDescriptor(text: string, at: number): number {
  VENUE_DESCRIPTOR.lastIndex = at;
  const descriptor = VENUE_DESCRIPTOR.exec(text);
  return at + (descriptor?.[0].length ?? 0);
}

/** The first place or state after `from` in the same clause, introduced by in/im/at: at most a few words on. */
function venueInClause(text: string, from: number, venues: readonly Mention[]): Mention | undefined {
  const venue = venues.find((candidate) => candidate.start > from && candidate.start - from < 80);
  if (!venue) return undefined;
  const between = text.slice(from, venue.start);
  return !/[.,;:!?()]/u.test(between) && /(?:^|\s)(?:in|im|at|auf)\s+(?:(?:der|dem|den|the)\s+)?$/iu.test(between)
    ? venue
    : undefined;
}

/**
 * A capitalised word glued before a lower-case head ("Syria talks", "OPEC meeting") or joined by a hyphen
 * ("Syrien-Gespräche") that no mention covers names the subject of other talks. In a headline every word
 * is capitalised, so a capitalised head turns the English rule off.
 */
export function topicBefore(text: string, headStart: number, headText: string): boolean {
  const glued = text.slice(Math.max(0, headStart - 30), headStart).match(/(\p{Lu}[\p{L}+]*)(-|[ \u00a0])$/u);
  if (!glued?.[1]) return false;
  if (glued[2] === '-') return true;
  const headIsLower = /^\p{Ll}/u.test(headText);
  const sentenceStart = /(?:^|[.!?:"“„]\s*)$/u.test(
    text.slice(Math.max(0, headStart - 40), headStart - glued[0].length).trimEnd(),
  );
  return headIsLower && !sentenceStart;
}

/** Whether a person, or a side of the war, is glued to `start` by a space or hyphen: "Ukraine-Gipfel", "Trump-Putin summit". */
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

/** Heads that no named event covers, each read with its clues and resolved. */
export function findComposedEvents(
  lexicon: Lexicon,
  text: string,
  context: MatchContext,
  mentions: Mention[],
  heads: readonly Head[],
): Array<{ mention: Mention; event: ResolvedEvent }> {
  const venues = mentions.filter((mention) => mention.type === 'place' || mention.type === 'state');
  const persons = mentions.filter((mention) => mention.type === 'person');
  const named = mentions.filter((mention) => mention.type === 'event');
  const article = articleDayOf(context);
  const found: Array<{ mention: Mention; event: ResolvedEvent }> = [];
  for (const head of heads) {
    const headEnd = head.index + head.text.length;
    if (named.some((event) => event.start < headEnd && head.index < event.end)) continue;
    const composed = composeAt(lexicon, text, head, venues, persons, article);
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
