import { ORDINAL, ORDINALS, OTHER_COUNTED, VENUE_DESCRIPTOR, VENUE_LINK, VENUE_PREPOSITION_BEFORE } from './eventWords';
import type { Mention } from './mention';

/**
 * Readers of the words around an event phrase's head noun: an ordinal, the persons and the venue
 * glued before it, the venue after it. Each reads one clue; composedEvents.ts weighs them.
 */

/** Words that may stand between an ordinal and its head: "third round", "first known trilateral security talks". */
const MAX_WORDS_BETWEEN = 3;

/**
 * The ordinal before a head ("dritte (neue) Verhandlungsrunde") and where it starts. `ordinal` is
 * undefined only for a spelling the table does not list; the phrase still starts there.
 */
export function ordinalBefore(
  text: string,
  headStart: number,
): { ordinal: number | undefined; start: number } | undefined {
  const words = text.slice(Math.max(0, headStart - 80), headStart).split(/(?<=[\s-])/u);
  let consumed = 0;
  for (let index = words.length - 1, seen = 0; index >= 0 && seen <= MAX_WORDS_BETWEEN; index--, seen++) {
    const word = words[index] ?? '';
    if (/[.,;:!?()"“”„]/u.test(word)) return undefined;
    consumed += word.length;
    const bare = word.trim().replace(/-$/, '');
    // "am zweiten Tag der Verhandlungen": the ordinal counts days, not rounds.
    if (OTHER_COUNTED.test(bare)) return undefined;
    const ordinal = bare.match(ORDINAL);
    if (ordinal && ordinal[0].length === bare.length)
      return { ordinal: ORDINALS[(ordinal[1] ?? ordinal[2] ?? '').toLowerCase()], start: headStart - consumed };
  }
  return undefined;
}

/** The persons named right before a head, joined by hyphens or dashes: "Trump-Putin", "Witkoff–Putin". */
export function peopleBefore(headStart: number, persons: readonly Mention[], text: string): string[] {
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

/** The venue right after a head ("talks in Istanbul", "am Mittwoch in Istanbul", "in Saudi Arabia"), if any. */
export function venueAfter(text: string, headEnd: number, venues: readonly Mention[]): Mention | undefined {
  const link = text.slice(headEnd, headEnd + 40).match(VENUE_LINK);
  if (!link) return undefined;
  const at = headEnd + link[0].length;
  // The venue right after "in", or past a descriptor ("the Turkish city of"): a venue's own name may look like one.
  const past = afterDescriptor(text, at);
  return venues.find((candidate) => candidate.start === at) ?? venues.find((candidate) => candidate.start === past);
}

/** Where the venue's name starts after "in": past a descriptor ("the Turkish city of"), or right there. */
function afterDescriptor(text: string, at: number): number {
  VENUE_DESCRIPTOR.lastIndex = at;
  const descriptor = VENUE_DESCRIPTOR.exec(text);
  return at + (descriptor?.[0].length ?? 0);
}

/** The first place or state after `from` in the same clause, introduced by in/im/at: at most a few words on. */
export function venueInClause(text: string, from: number, venues: readonly Mention[]): Mention | undefined {
  const venue = venues.find((candidate) => candidate.start > from && candidate.start - from < 80);
  if (!venue) return undefined;
  const between = text.slice(from, venue.start);
  return !/[.,;:!?()]/u.test(between) && VENUE_PREPOSITION_BEFORE.test(between) ? venue : undefined;
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
