import { MAX_LISTED_PROBLEMS, validateDataset } from '../dataset/validate';
import type { DossierDatabase } from './database';
import { writeDataset } from './seed';

export const MAX_IMPORT_BYTES = 10 * 1024 * 1024;

export type ImportResult = { ok: true; version: string; counts: { entities: number; rounds: number; positions: number } } | { ok: false; problems: string[] };

/**
 * Imports a dataset file: size-limited, parsed, validated whole, then swapped
 * in one transaction. On any problem nothing is written and the data in use
 * stays as it was.
 */
export async function importDataset(db: DossierDatabase, text: string): Promise<ImportResult> {
  const bytes = new TextEncoder().encode(text).length;
  if (bytes > MAX_IMPORT_BYTES) return { ok: false, problems: [`the file is ${(bytes / 1048576).toFixed(1)} MB; the limit is 10 MB`] };
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    return { ok: false, problems: [`the file is not valid JSON: ${error instanceof Error ? error.message : String(error)}`] };
  }
  const result = validateDataset(raw);
  if (!result.ok) return { ok: false, problems: result.problems.slice(0, MAX_LISTED_PROBLEMS) };
  await writeDataset(db, result.dataset, 'imported');
  const { dataset } = result;
  return { ok: true, version: dataset.version, counts: { entities: dataset.entities.length, rounds: dataset.rounds.length, positions: dataset.positions.length } };
}
