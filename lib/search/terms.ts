import { foldAlias } from '../text/fold';

/**
 * One tokenizer and one term filter for the index, the query and the <mark>s,
 * so what is marked is exactly what was found.
 */
const WORD = /[\p{L}\p{M}\p{N}]+/gu;

export function tokenize(text: string): string[] {
  return text.match(WORD) ?? [];
}

/** Words of a question that name nothing ("what did … say in …", "wann war …"). */
const STOP_WORDS = new Set(
  [
    'a an and are as at be by did do does for from had has have how in is it its of on or that the this to was were what when where which who with came come say said about all any',
    'der die das den dem des ein eine einer einem einen und oder im am an auf mit von vom zu zum zur bei was wann wo wer wie war waren ist sind hat haben alle aller uber ueber nach fur fuer sagte gesagt kam',
  ]
    .join(' ')
    .split(' '),
);

/** Words recur thousands of times across 84 rounds in two languages, and again in every list of results: fold each once. */
const foldedWords = new Map<string, string>();
const MAX_CACHED = 50_000;

export function foldWord(word: string): string {
  let folded = foldedWords.get(word);
  if (folded === undefined) {
    folded = foldAlias(word);
    if (foldedWords.size < MAX_CACHED) foldedWords.set(word, folded);
  }
  return folded;
}

/** Folded (case, diacritics, ı) and stripped of question words and single letters. */
export function processTerm(term: string): string | null {
  const folded = foldWord(term);
  return (folded.length < 2 && !/\d/.test(folded)) || STOP_WORDS.has(folded) ? null : folded;
}

export interface Segment {
  text: string;
  marked: boolean;
}

/** Splits display text into plain and matched runs; a word is marked when its folded form was a matched term. */
export function markSegments(text: string, matched: ReadonlySet<string>): Segment[] {
  if (matched.size === 0) return [{ text, marked: false }];
  const segments: Segment[] = [];
  let last = 0;
  for (const word of text.matchAll(WORD)) {
    const start = word.index;
    if (!matched.has(foldWord(word[0]))) continue;
    if (start > last) segments.push({ text: text.slice(last, start), marked: false });
    segments.push({ text: word[0], marked: true });
    last = start + word[0].length;
  }
  if (last < text.length) segments.push({ text: text.slice(last), marked: false });
  return segments;
}
