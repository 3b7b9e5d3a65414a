import { asOfProblem, type VersionedDataset } from '../dataset/validate';
import { MetaRowSchema, type DatasetOrigin, type DossierDatabase, type MetaRow } from './database';
import { entityRow, positionRow, roundRow } from './rows';

export type SeedOutcome = 'seeded' | 'current' | 'kept-import';

function metaFor(dataset: VersionedDataset, origin: DatasetOrigin, notice?: MetaRow['notice']): MetaRow {
  return {
    key: 'dataset',
    version: dataset.version,
    asOf: dataset.meta.asOf,
    coversUntil: dataset.meta.coversUntil,
    name: dataset.meta.name,
    origin,
    counts: { entities: dataset.entities.length, rounds: dataset.rounds.length, positions: dataset.positions.length },
    ...(notice ? { notice } : {}),
  };
}

/** A store cut short (quota, a crash mid-write, a hand edit) counts as stale. */
async function isComplete(db: DossierDatabase, meta: MetaRow): Promise<boolean> {
  const [entities, rounds, positions] = await Promise.all([
    db.entities.count(),
    db.rounds.count(),
    db.positions.count(),
  ]);
  return entities === meta.counts.entities && rounds === meta.counts.rounds && positions === meta.counts.positions;
}

/** Replaces everything in one transaction: readers see the old data or the new, never a mix. */
export async function writeDataset(
  db: DossierDatabase,
  dataset: VersionedDataset,
  origin: DatasetOrigin,
  notice?: MetaRow['notice'],
): Promise<void> {
  await db.transaction('rw', [db.entities, db.rounds, db.positions, db.offices, db.series, db.meta], async () => {
    await Promise.all([
      db.entities.clear(),
      db.rounds.clear(),
      db.positions.clear(),
      db.offices.clear(),
      db.series.clear(),
    ]);
    await db.entities.bulkPut(dataset.entities.map(entityRow));
    await db.rounds.bulkPut(dataset.rounds.map(roundRow));
    await db.positions.bulkPut(dataset.positions.map(positionRow));
    await db.offices.bulkPut(dataset.offices);
    await db.series.bulkPut(dataset.series);
    await db.meta.put(metaFor(dataset, origin, notice));
  });
}

/**
 * Makes the store hold the right dataset, keyed by version: the bundled one,
 * unless the reader imported one that is newer (by as-of date) than the
 * bundle. A second call is a no-op; a missing or incomplete store is re-seeded,
 * and so is one whose meta row has another shape (written by another version).
 * An import dated past tomorrow (stored before imports were checked for it) is not kept.
 */
export async function seedDatabase(
  db: DossierDatabase,
  bundled: VersionedDataset,
  now: Date = new Date(),
): Promise<SeedOutcome> {
  const stored = MetaRowSchema.safeParse(await db.meta.get('dataset'));
  const meta = stored.success ? stored.data : undefined;
  const complete = meta !== undefined && (await isComplete(db, meta));
  if (meta && complete) {
    if (meta.origin === 'bundled' && meta.version === bundled.version) return 'current';
    if (meta.origin === 'imported') {
      if (meta.asOf > bundled.meta.asOf && !asOfProblem(meta.asOf, now)) return 'kept-import';
      await writeDataset(db, bundled, 'bundled', 'import-replaced-by-bundled');
      return 'seeded';
    }
  }
  await writeDataset(db, bundled, 'bundled');
  return 'seeded';
}
