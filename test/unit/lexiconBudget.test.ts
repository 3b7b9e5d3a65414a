import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { loadBundledDataset } from '../../lib/dataset/bundled';
import { openDatabase } from '../../lib/db/database';
import { importDataset } from '../../lib/db/importDataset';
import { seedDatabase } from '../../lib/db/seed';
import { compileLexicon } from '../../lib/match/lexicon';
import { LEXICON_BUDGET, lexiconBudgetProblems, lexiconFigures } from '../../lib/match/lexiconBudget';
import { lexiconSourceOf, type LexiconSource } from '../../lib/match/source';
import { miniDataset, miniDatasetRaw } from '../fixtures/miniDataset';

const freshDb = () => openDatabase({ indexedDB: new IDBFactory(), IDBKeyRange });
const NOW = new Date('2026-12-05T20:00:00Z');

/** Aliases spread over several entities so each stays within the schema's limits. */
function withAliases(texts: string[]): typeof miniDatasetRaw {
  const raw = structuredClone(miniDatasetRaw);
  const template = raw.entities[0]!;
  for (let start = 0, index = 0; start < texts.length; start += 50, index++) {
    raw.entities.push({
      ...template,
      id: `filler-${index}`,
      side: undefined,
      roles: [],
      aliases: texts.slice(start, start + 50).map((text) => ({ ...template.aliases[0]!, text, ambiguousWith: [] })),
    });
  }
  return raw;
}

/** A pseudo-random word (deterministic), so long aliases share few prefixes. */
function word(seed: number, length: number, letters = 'abcdefghijklmnopqrstuvwxyz'): string {
  let state = seed * 2654435761 + 1;
  let out = '';
  for (let index = 0; index < length; index++) {
    state = (Math.imul(state, 1103515245) + 12345) >>> 0;
    out += letters[(state >>> 16) % letters.length];
  }
  return out;
}

describe('the lexicon budget', () => {
  it('counts the states and the alphabet the automaton will have, without building it', () => {
    const withContext = structuredClone(miniDatasetRaw);
    withContext.rounds[0]!.aliases = [
      { text: 'Istanbul', lang: 'any', caseSensitive: false, needsContext: true, kind: 'name' },
      { text: 'Erste Istanbuler Runde', lang: 'de', caseSensitive: false, needsContext: false, kind: 'name' },
    ];
    const sources: LexiconSource[] = [
      lexiconSourceOf(loadBundledDataset()),
      lexiconSourceOf(miniDataset()),
      lexiconSourceOf({ ...withContext, version: 'x' }),
    ];
    for (const source of sources) {
      const automaton = compileLexicon(source).automaton;
      const figures = lexiconFigures(source);
      expect(figures.states).toBe(automaton.stateCount);
      expect(figures.cells).toBe(figures.states * (figures.alphabet + 1));
    }
    // The bundled dataset when the budget was set: 15 476 states over 41 characters (650 k cells).
    const bundled = lexiconFigures(sources[0]!);
    expect(bundled.states * 10).toBeLessThan(LEXICON_BUDGET.states);
    expect(bundled.cells * 10).toBeLessThan(LEXICON_BUDGET.cells);
    expect(lexiconBudgetProblems(sources[0]!)).toEqual([]);
  });

  it('names what is over the budget', () => {
    const source = lexiconSourceOf(miniDataset());
    const { states } = lexiconFigures(source);
    expect(lexiconBudgetProblems(source, { ...LEXICON_BUDGET, states: states - 1, cells: 100 })).toEqual([
      `the names would need ${states} automaton states; the limit is ${states - 1}`,
      expect.stringMatching(/^the names would need a table of \d+ cells; the limit is 100$/),
    ]);
  });

  it('reports more distinct characters than the automaton can hold (254), which would otherwise throw in every tab', () => {
    const chars = Array.from({ length: 300 }, (_, index) => String.fromCharCode(0x4e00 + index));
    const raw = withAliases([chars.slice(0, 100).join(''), chars.slice(100, 200).join(''), chars.slice(200).join('')]);
    const source = lexiconSourceOf({ ...raw, version: 'x' });
    expect(() => compileLexicon(source)).toThrow(/254 distinct characters/);
    expect(lexiconBudgetProblems(source)).toEqual([
      expect.stringMatching(/^the names use \d+ distinct characters; the automaton holds at most 254$/),
    ]);
  });
});

describe('an import over the budget', () => {
  it('is refused with a clear message, and the data in use stays', async () => {
    const db = freshDb();
    await seedDatabase(db, miniDataset());
    const before = await db.meta.get('dataset');
    const chars = Array.from({ length: 300 }, (_, index) => String.fromCharCode(0x4e00 + index));
    const alphabet = withAliases([
      chars.slice(0, 100).join(''),
      chars.slice(100, 200).join(''),
      chars.slice(200).join(''),
    ]);
    const answer = await importDataset(db, JSON.stringify(alphabet), NOW);
    expect(answer).toEqual({
      ok: false,
      problems: [expect.stringMatching(/^the names use \d+ distinct characters; the automaton holds at most 254$/)],
    });
    // About 2 600 long aliases: within every schema limit and far under the file size limit, but over the state budget.
    const states = withAliases(Array.from({ length: 2_600 }, (_, index) => word(index, 110)));
    const second = await importDataset(db, JSON.stringify(states), NOW);
    expect(second).toEqual({
      ok: false,
      problems: [expect.stringMatching(/^the names would need \d+ automaton states; the limit is 200000$/)],
    });
    expect(await db.meta.get('dataset')).toEqual(before);
  });
});
