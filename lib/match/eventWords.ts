/**
 * The vocabulary event phrases are read with (the head nouns themselves are in eventHeads.ts), kept apart
 * from the readers so that a curator can read and extend it. The rules are in docs/event-resolution.md.
 */

/** The ordinal stems the press numbers rounds with, and the round each one means. */
export const ORDINALS: Record<string, number> = {
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
const GERMAN_ORDINAL = String.raw`(?<![\p{L}])(erst|zweit|dritt|viert|fünft)(?:e|en|er|es|em)?(?![\p{L}])`;
const ENGLISH_ORDINAL = String.raw`(?<![\p{L}])(first|second|third|fourth|fifth)(?![\p{L}])`;
/** An ordinal word in either language: group 1 holds a German stem, group 2 an English word (keys of ORDINALS). */
export const ORDINAL = new RegExp(`${GERMAN_ORDINAL}|${ENGLISH_ORDINAL}`, 'iu');

/** "the first direct talks in three years / since 2022" is a record, not a round number (the press's rule of thumb). */
export const RECORD_STATEMENT =
  /^[^.;]*?(?:\bseit\b|\bsince\b|\bin (?:\d+|zwei|drei|vier|two|three|four|more than \w+) (?:jahren|years)\b)/iu;

const TOWN_NOUNS = [
  'Hauptstadt|Stadt|Metropole|Millionenstadt|Küstenstadt|Hafenstadt|Grenzstadt|Badeort|Kurort|Ferienort|Urlaubsort',
  'capital(?: city)?(?: of)?|city(?: of)?|town(?: of)?|port(?: city)?(?: of)?|coastal city(?: of)?',
  'resort(?: town| city)?(?: of)?|border town(?: of)?',
].join('|');
/**
 * What may stand between "in" and the venue's name: "in the Turkish city of Istanbul", "in der dänischen
 * Hauptstadt Kopenhagen", "im schweizerischen Genf", "in Saudi Arabia's capital, Riyadh". The venue's
 * own mention must begin right after it, so the words cannot reach anything but a place.
 * Sticky: tried at one offset only.
 */
export const VENUE_DESCRIPTOR = new RegExp(
  [
    String.raw`(?:(?:\p{Ll}[\p{L}-]*en|\p{Lu}\p{L}*(?:i|ish|ese|ian|an|ss|ch))\s+)?`,
    String.raw`(?:(?:\p{Lu}\p{L}+\s+)?\p{Lu}\p{L}+['’]s\s+)?`,
    String.raw`(?:(?:${TOWN_NOUNS}),?\s+)?`,
  ].join(''),
  'uy',
);

const COUNTED_NOUNS = [
  'tag|tages|woche|monat|jahr|jahres|mal|phase|teil|punkt|hälfte',
  'day|week|month|year|time|phase|part|half|stage',
];
/**
 * Counted nouns an ordinal may belong to instead of the head: "am zweiten Tag der Verhandlungen",
 * "the second day of talks".
 */
export const OTHER_COUNTED = new RegExp(`^(?:${COUNTED_NOUNS.join('|')})$`, 'iu');

/** Heads in the plural (or plural-only nouns): they may name a whole series. */
export const PLURAL_HEAD =
  /^rounds\b|(?:runden|meetings|talks|negotiations|gespräche|gesprächen|verhandlungen|treffen)$/iu;

/** What links a head to the venue after it: "in Istanbul", "am Mittwoch in Istanbul", "at the Kremlin". */
export const VENUE_LINK = /^(\s+(?:am|on)\s+\p{L}+)?\s+(?:in|im|at|auf|bei|near|nahe)\s+(?:(?:der|dem|den|the)\s+)?/iu;

/** What introduces a venue later in the clause ("fanden im März in Istanbul statt"): only a place follows it. */
export const VENUE_PREPOSITION_BEFORE = /(?:^|\s)(?:in|im|at|auf)\s+(?:(?:der|dem|den|the)\s+)?$/iu;
