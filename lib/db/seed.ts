import { EntitySchema } from '../dataset/schema';
import type { VersionedDataset } from '../dataset/validate';
import type { DossierDatabase, MetaRow } from './database';

export type SeedOutcome = 'seeded' | 'current';

async function isCurrent(db: DossierDatabase, dataset: VersionedDataset): Promise<boolean> {
  const meta = await db.meta.get('dataset');
  if (!meta || meta.version !== dataset.version) return false;
  // A store cut short (quota, a crash mid-write, a hand edit) counts as stale.
  return (await db.entities.count()) === meta.entityCount;
}

/**
 * Makes the database hold exactly `dataset`, in one transaction: readers see
 * the old data or the new, never a mix. Keyed by the dataset's content hash.
 */
export async function seedDatabase(db: DossierDatabase, dataset: VersionedDataset): Promise<SeedOutcome> {
  if (await isCurrent(db, dataset)) return 'current';
  const meta: MetaRow = { key: 'dataset', version: dataset.version, asOf: dataset.meta.asOf, entityCount: dataset.entities.length };
  await db.transaction('rw', db.entities, db.meta, async () => {
    await db.entities.clear();
    await db.entities.bulkPut(dataset.entities);
    await db.meta.put(meta);
  });
  return 'seeded';
}

/** Reads one entity back through its schema: a corrupt row is reported as missing, never shown. */
export async function readEntity(db: DossierDatabase, id: string) {
  const row = await db.entities.get(id);
  if (row === undefined) return undefined;
  const parsed = EntitySchema.safeParse(row);
  if (!parsed.success) throw new Error(`stored entity "${id}" is corrupt`);
  return parsed.data;
}
