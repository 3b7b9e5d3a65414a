import type { Language } from '../dataset/schema';
import type { FoldedText } from '../text/fold';
import { caseAccepts } from './caseRules';
import { CLUB_WORD_BEFORE } from './contextRules';
import { endsPastAlias } from './germanEndings';
import type { AliasInfo, Lexicon } from './lexicon';
import { isWordChar } from './wordBounds';

/** An alias found in the folded text that passed word bounds, case rules and endings. */
export interface Candidate {
  start: number; // folded offsets
  aliasEnd: number;
  end: number; // after an ending, if any
  infos: AliasInfo[];
}

/** How far back a club's name may stand before a city's name. */
const CLUB_LOOKBEHIND = 20;

export function sourceSlice(text: string, folded: FoldedText, start: number, end: number): string {
  return text.slice(folded.sourceIndex[start] ?? 0, folded.sourceIndex[end] ?? text.length);
}

function namesAClub(text: string, folded: FoldedText, start: number, infos: AliasInfo[]): boolean {
  const originalStart = folded.sourceIndex[start] ?? 0;
  return (
    infos.every((info) => info.target.kind === 'entity' && info.target.type === 'place') &&
    CLUB_WORD_BEFORE.test(text.slice(Math.max(0, originalStart - CLUB_LOOKBEHIND), originalStart))
  );
}

/**
 * One pass of the automaton: the alias candidates, and where (in the original text) head nouns of
 * event phrases may start.
 */
export function candidatesIn(
  lexicon: Lexicon,
  text: string,
  folded: FoldedText,
  lang: Language,
): { candidates: Candidate[]; headStarts: number[] } {
  const candidates: Candidate[] = [];
  const headStarts: number[] = [];
  lexicon.automaton.scan(folded.text, (pattern, aliasEnd) => {
    const start = aliasEnd - lexicon.automaton.patternLength(pattern);
    // The head's own expression decides its word boundary, in the original text.
    if (lexicon.headStems[pattern]) headStarts.push(folded.sourceIndex[start] ?? 0);
    if (isWordChar(folded.text[start - 1])) return;
    const surface = sourceSlice(text, folded, start, aliasEnd);
    const infos = (lexicon.infos[pattern] ?? []).filter((info) => caseAccepts(info, surface));
    if (infos.length === 0) return;
    const originalEnd = folded.sourceIndex[aliasEnd] ?? text.length;
    if (namesAClub(text, folded, start, infos)) return;
    const ends = endsPastAlias(folded.text, aliasEnd, infos, { text, lang, at: originalEnd });
    const end = ends.at(-1);
    if (end !== undefined) candidates.push({ start, aliasEnd, end, infos });
  });
  return { candidates, headStarts };
}

/** Leftmost-longest: "Wladimir Putin" over "Putin", "Minsk II" over "Minsk". */
export function leftmostLongest(candidates: Candidate[]): Candidate[] {
  const sorted = [...candidates].sort((a, b) => a.start - b.start || b.aliasEnd - a.aliasEnd);
  const chosen: Candidate[] = [];
  let reach = -1;
  for (const candidate of sorted) {
    if (candidate.start < reach) continue;
    chosen.push(candidate);
    reach = candidate.end;
  }
  return chosen;
}

/** The alias candidates inside a named event's span that are not events themselves, leftmost-longest. */
export function innerCandidates(candidates: readonly Candidate[], outer: Candidate): Candidate[] {
  const isEvent = (candidate: Candidate) =>
    candidate.infos.some((info) => info.target.kind === 'round' || info.target.kind === 'series');
  return leftmostLongest(
    candidates.filter(
      (candidate) =>
        candidate !== outer && candidate.start >= outer.start && candidate.end <= outer.end && !isEvent(candidate),
    ),
  );
}
