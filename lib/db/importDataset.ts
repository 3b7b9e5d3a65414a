import { MAX_IMPORT_BYTES } from '../dataset/schema';
import { MAX_LISTED_PROBLEMS, validateDataset } from '../dataset/validate';
import { compileLexicon } from '../match/lexicon';
import { lexiconBudgetProblems } from '../match/lexiconBudget';
import { lexiconSourceOf } from '../match/source';
import type { DossierDatabase } from './database';
import { writeDataset } from './seed';

export type ImportResult =
  | { ok: true; version: string; counts: { entities: number; rounds: number; positions: number } }
  | { ok: false; problems: string[] };

/**
 * Imports a dataset file: size-limited, parsed, validated whole (as-of date not past tomorrow),
 * its names compiled here once, within the budget every tab can afford, then swapped in one
 * transaction. On any problem nothing is written and the data in use stays as it was.
 */
export async function importDataset(db: DossierDatabase, text: string, now: Date = new Date()): Promise<ImportResult> {
  const bytes = new TextEncoder().encode(text).length;
  if (bytes > MAX_IMPORT_BYTES)
    return {
      ok: false,
      problems: [`the file is ${(bytes / 1048576).toFixed(1)} MB; the limit is ${MAX_IMPORT_BYTES / 1048576} MB`],
    };
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    return {
      ok: false,
      problems: [`the file is not valid JSON: ${error instanceof Error ? error.message : String(error)}`],
    };
  }
  const result = validateDataset(raw, { now });
  if (!result.ok) return { ok: false, problems: result.problems.slice(0, MAX_LISTED_PROBLEMS) };
  const { dataset } = result;
  // Every tab compiles these names: refuse what they could not afford, or what fails to compile at all.
  const source = lexiconSourceOf(dataset);
  const overBudget = lexiconBudgetProblems(source);
  if (overBudget.length > 0) return { ok: false, problems: overBudget };
  try {
    compileLexicon(source);
  } catch (error) {
    return {
      ok: false,
      problems: [`the names cannot be compiled: ${error instanceof Error ? error.message : String(error)}`],
    };
  }
  await writeDataset(db, dataset, 'imported');
  return {
    ok: true,
    version: dataset.version,
    counts: { entities: dataset.entities.length, rounds: dataset.rounds.length, positions: dataset.positions.length },
  };
}
