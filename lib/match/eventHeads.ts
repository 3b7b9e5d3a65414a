/**
 * The head nouns of event phrases: talks, rounds, meetings, summits.
 * Finding them is folded into the matcher's one automaton pass (their folded
 * stems are patterns there, see lexicon.ts); only where a stem starts is the
 * exact form read with a regular expression. The same expression run over the
 * whole text took about a third of the matcher's time on the corpus pages.
 */
const HEAD_FORMS = [
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

/** Folded (lower case, no diacritics) beginnings: every head form above starts with one of these ("gesprach" also begins "Gesprächsrunde", which the expression then reads whole). */
export const HEAD_STEMS = [
  'verhandlungsrunde',
  'runde',
  'friedensverhandlungen',
  'verhandlungen',
  'friedensgesprache',
  'gesprach',
  'treffen',
  'gipfel',
  'konferenz',
  'round',
  'peace talks',
  'talks',
  'negotiations',
  'meeting',
  'summit',
  'conference',
];

/** Sticky: tried at one offset only. */
const HEAD_AT = new RegExp(`(?<![\\p{L}\\p{N}])(?:${HEAD_FORMS.join('|')})(?![\\p{L}\\p{N}])`, 'iuy');

export interface Head {
  index: number;
  text: string;
}

/**
 * The head nouns starting at any of `starts` (offsets in `text`, in any order),
 * leftmost first and never overlapping, as a global search with the same
 * expression would find them: "peace talks" is one head, not two.
 */
export function headsAt(text: string, starts: readonly number[]): Head[] {
  const heads: Head[] = [];
  let reach = 0;
  for (const start of [...new Set(starts)].sort((a, b) => a - b)) {
    if (start < reach) continue;
    HEAD_AT.lastIndex = start;
    const found = HEAD_AT.exec(text);
    if (!found) continue;
    heads.push({ index: start, text: found[0] });
    reach = start + found[0].length;
  }
  return heads;
}

/** Every head in `text` by the expression alone: the reference the automaton's stems are checked against. */
export function headsByExpression(text: string): Head[] {
  const everywhere = new RegExp(HEAD_AT.source, 'giu');
  return [...text.matchAll(everywhere)].map((found) => ({ index: found.index, text: found[0] }));
}

/** Whether an alias is built on a head noun ("Istanbul talks", "Alaska-Gipfel") rather than a proper name ("Minsk II"). */
export function hasHeadNoun(text: string): boolean {
  return headsByExpression(text).length > 0;
}
