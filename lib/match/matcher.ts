import type { EntityType } from '../dataset/schema';
import { foldText } from './fold';
import type { Lexicon, LexiconEntry } from './lexicon';

export interface Mention {
  entityId: string;
  type: EntityType;
  /** UTF-16 offsets into the original text; `end` is exclusive. */
  start: number;
  end: number;
  surface: string;
}

const WORD_CHAR = /[\p{L}\p{N}]/u;

// Genitive and possessive endings the press attaches to names:
// Selenskyjs, Putin's, Zelensky’s (apostrophes are folded to ').
const INFLECTION_SUFFIXES = ["'s", "'", 's'];

function isWordChar(char: string | undefined): boolean {
  return char !== undefined && WORD_CHAR.test(char);
}

/** Length of an allowed inflection at `position` that ends at a word boundary, or -1. */
function inflectionAt(folded: string, position: number): number {
  for (const suffix of INFLECTION_SUFFIXES) {
    if (folded.startsWith(suffix, position) && !isWordChar(folded[position + suffix.length])) return suffix.length;
  }
  return isWordChar(folded[position]) ? -1 : 0;
}

function acceptsCase(entry: LexiconEntry, original: string): boolean {
  return !entry.caseSensitive || original.startsWith(entry.original);
}

/**
 * Finds alias mentions in `text`: word-bounded, leftmost-longest
 * ("Wladimir Putin" wins over "Putin"), with genitive endings included.
 */
export function findMentions(lexicon: Lexicon, text: string): Mention[] {
  const { text: folded, sourceIndex } = foldText(text);
  const mentions: Mention[] = [];
  let position = 0;
  while (position < folded.length) {
    if (isWordChar(folded[position - 1]) || !isWordChar(folded[position])) {
      position++;
      continue;
    }
    let node = lexicon.root;
    let best: { entry: LexiconEntry; end: number } | undefined;
    for (let cursor = position; cursor < folded.length; cursor++) {
      const child = node.next.get(folded[cursor] ?? '');
      if (!child) break;
      node = child;
      if (node.entries.length === 0) continue;
      const suffix = inflectionAt(folded, cursor + 1);
      if (suffix < 0) continue;
      const start = sourceIndex[position] ?? 0;
      const aliasEnd = sourceIndex[cursor + 1] ?? text.length;
      const entry = node.entries.find((candidate) => acceptsCase(candidate, text.slice(start, aliasEnd)));
      if (entry) best = { entry, end: cursor + 1 + suffix };
    }
    if (best) {
      const start = sourceIndex[position] ?? 0;
      const end = sourceIndex[best.end] ?? text.length;
      mentions.push({ entityId: best.entry.entityId, type: best.entry.type, start, end, surface: text.slice(start, end) });
      position = best.end;
    } else {
      position++;
    }
  }
  return mentions;
}
