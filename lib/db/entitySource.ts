import type { Entity } from '../dataset/schema';
import type { VersionedDataset } from '../dataset/validate';
import type { DatasetInfo } from '../messaging/protocol';
import type { DossierDatabase } from './database';
import { readEntity, seedDatabase } from './seed';

export interface EntitySource {
  getEntity(id: string): Promise<Entity | undefined>;
  info(): Promise<DatasetInfo>;
}

function memorySource(dataset: VersionedDataset): EntitySource {
  const byId = new Map(dataset.entities.map((entity) => [entity.id, entity]));
  return {
    getEntity: async (id) => byId.get(id),
    info: async () => ({ version: dataset.version, asOf: dataset.meta.asOf, entityCount: dataset.entities.length, storage: 'memory' }),
  };
}

function databaseSource(db: DossierDatabase, dataset: VersionedDataset, onProblem: (message: string) => void): EntitySource {
  const fallback = memorySource(dataset);
  return {
    async getEntity(id) {
      try {
        return await readEntity(db, id);
      } catch (error) {
        // A corrupt row: answer from the bundle now and rebuild the store for next time.
        onProblem(`re-seeding after read failure: ${String(error)}`);
        await db.meta.delete('dataset').catch(() => undefined);
        void seedDatabase(db, dataset).catch((seedError: unknown) => onProblem(String(seedError)));
        return fallback.getEntity(id);
      }
    },
    async info() {
      return { ...(await fallback.info()), storage: 'indexeddb' };
    },
  };
}

/**
 * The background's and the extension pages' view of the dataset: IndexedDB
 * when it can be opened and seeded, otherwise the bundled data in memory, so
 * the reader never sees a broken card (private windows, full quota).
 */
export async function openEntitySource(
  openDb: () => DossierDatabase,
  dataset: VersionedDataset,
  onProblem: (message: string) => void = () => undefined,
): Promise<EntitySource> {
  try {
    const db = openDb();
    await seedDatabase(db, dataset);
    return databaseSource(db, dataset, onProblem);
  } catch (error) {
    onProblem(`IndexedDB unavailable, using the bundled data: ${String(error)}`);
    return memorySource(dataset);
  }
}
