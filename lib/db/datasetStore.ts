import type { VersionedDataset } from '../dataset/validate';
import type { DossierDatabase } from './database';
import { importDataset, type ImportResult } from './importDataset';
import { CorruptStoreError, databaseRepository, memoryRepository, type DatasetRepository } from './repository';
import { seedDatabase, writeDataset, type SeedOutcome } from './seed';

export interface DatasetStore {
  /** Answers queries: from IndexedDB, or from the bundle in memory when IndexedDB failed. */
  repository: DatasetRepository;
  outcome: SeedOutcome | 'memory';
  importFile(text: string): Promise<ImportResult>;
  resetToBundled(): Promise<void>;
}

/**
 * A repository that answers from IndexedDB and, when a stored row turns out
 * corrupt, answers from the bundle at once and rebuilds the store for next time.
 */
function resilient(
  primary: DatasetRepository,
  fallback: DatasetRepository,
  onCorrupt: (error: CorruptStoreError) => void,
): DatasetRepository {
  const guarded = {} as Record<keyof DatasetRepository, (...args: never[]) => Promise<unknown>>;
  for (const key of Object.keys(fallback) as Array<keyof DatasetRepository>) {
    guarded[key] = async (...args: never[]) => {
      try {
        return await (primary[key] as (...args: never[]) => Promise<unknown>)(...args);
      } catch (error) {
        if (!(error instanceof CorruptStoreError)) throw error;
        onCorrupt(error);
        return (fallback[key] as (...args: never[]) => Promise<unknown>)(...args);
      }
    };
  }
  return guarded as unknown as DatasetRepository;
}

/**
 * Opens and seeds the store (a no-op when it is current). If IndexedDB cannot
 * be opened at all (private windows, quota), the same queries answer from the
 * bundled data in memory: the reader never sees a broken card.
 */
export async function openDatasetStore(
  openDb: () => DossierDatabase,
  bundled: VersionedDataset,
  onProblem: (message: string) => void = () => undefined,
): Promise<DatasetStore> {
  const memory = memoryRepository(bundled);
  let db: DossierDatabase;
  let outcome: SeedOutcome;
  try {
    db = openDb();
    outcome = await seedDatabase(db, bundled);
  } catch (error) {
    onProblem(`IndexedDB unavailable, answering from the bundled data: ${String(error)}`);
    return {
      repository: memory,
      outcome: 'memory',
      importFile: async () => ({
        ok: false,
        problems: ['browser storage is unavailable, so a dataset cannot be imported here'],
      }),
      resetToBundled: async () => undefined,
    };
  }
  let rebuilding: Promise<unknown> | undefined;
  const repository = resilient(databaseRepository(db), memory, (error) => {
    onProblem(`re-seeding: ${error.message}`);
    rebuilding ??= writeDataset(db, bundled, 'bundled')
      .catch((seedError: unknown) => onProblem(String(seedError)))
      .finally(() => (rebuilding = undefined));
  });
  return {
    repository,
    outcome,
    importFile: (text) => importDataset(db, text),
    resetToBundled: () => writeDataset(db, bundled, 'bundled'),
  };
}
