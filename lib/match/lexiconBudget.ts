import { MAX_ALPHABET } from './automaton';
import { HEAD_STEMS } from './eventHeads';
import { foldAlias } from '../text/fold';
import type { LexiconSource } from './source';

/**
 * What an imported dataset's names may cost every tab. Each tab builds the automaton on the page's
 * main thread (in slices, but all of it), as a dense table of states × (alphabet + 1) cells.
 * The bundled dataset, when these were set: 15 476 states over 41 characters, 650 k cells (1.3 MB
 * as 16-bit cells), built in a few tens of milliseconds. The budget allows ~13× the states and
 * ~12× the cells: a table of at most 32 MB (32-bit cells above 32 767 states), built in well under
 * a second. The alphabet is the automaton's own limit: past it, the build throws.
 */
export const LEXICON_BUDGET = {
  states: 200_000,
  alphabet: MAX_ALPHABET,
  cells: 8_000_000,
} as const;

export type LexiconBudget = { readonly [Key in keyof typeof LEXICON_BUDGET]: number };

export interface LexiconFigures {
  /** Distinct patterns (folded aliases and event heads). */
  patterns: number;
  /** The automaton's states: the nodes of the patterns' trie, the root included. */
  states: number;
  /** Distinct UTF-16 code units the patterns use. */
  alphabet: number;
  /** The transition table's size: states × (alphabet + 1, for "any other character"). */
  cells: number;
}

/**
 * The patterns `compileLexiconInSteps` (lexicon.ts) hands the automaton, gathered the same way:
 * every folded alias of two characters or more, except event aliases that need context or that an
 * entity already owns, plus the event phrases' head nouns. A test holds the two in step.
 */
function patternsOf(source: LexiconSource): Set<string> {
  const patterns = new Set<string>();
  const add = (folded: string) => {
    if (folded.length >= 2) patterns.add(folded);
  };
  const entityForms = new Set<string>();
  for (const entity of source.entities) {
    for (const alias of entity.aliases) {
      const folded = foldAlias(alias.text);
      entityForms.add(folded);
      add(folded);
    }
  }
  for (const office of source.offices) for (const alias of office.aliases) add(foldAlias(alias.text));
  for (const event of [...source.rounds, ...source.series]) {
    for (const alias of event.aliases) {
      const folded = foldAlias(alias.text);
      if (!alias.needsContext && !entityForms.has(folded)) add(folded);
    }
  }
  for (const stem of HEAD_STEMS) patterns.add(stem);
  return patterns;
}

/**
 * The automaton's size, counted without building it: the trie's nodes are the sorted patterns'
 * lengths less what each shares with the one before (their common prefix).
 */
export function lexiconFigures(source: LexiconSource): LexiconFigures {
  const patterns = [...patternsOf(source)].sort();
  const codes = new Set<number>();
  let states = 1;
  let previous = '';
  for (const pattern of patterns) {
    let shared = 0;
    while (
      shared < pattern.length &&
      shared < previous.length &&
      pattern.charCodeAt(shared) === previous.charCodeAt(shared)
    )
      shared++;
    states += pattern.length - shared;
    for (let offset = 0; offset < pattern.length; offset++) codes.add(pattern.charCodeAt(offset));
    previous = pattern;
  }
  return { patterns: patterns.length, states, alphabet: codes.size, cells: states * (codes.size + 1) };
}

/** What in a lexicon is over the budget, as sentences for the reader; empty when every tab can afford it. */
export function lexiconBudgetProblems(source: LexiconSource, budget: LexiconBudget = LEXICON_BUDGET): string[] {
  const figures = lexiconFigures(source);
  const problems: string[] = [];
  if (figures.alphabet > budget.alphabet)
    problems.push(
      `the names use ${figures.alphabet} distinct characters; the automaton holds at most ${budget.alphabet}`,
    );
  if (figures.states > budget.states)
    problems.push(`the names would need ${figures.states} automaton states; the limit is ${budget.states}`);
  if (figures.cells > budget.cells)
    problems.push(`the names would need a table of ${figures.cells} cells; the limit is ${budget.cells}`);
  return problems;
}
