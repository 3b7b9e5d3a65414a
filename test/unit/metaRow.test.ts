import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../lib/db/database';
import { openDatasetStore } from '../../lib/db/datasetStore';
import { seedDatabase } from '../../lib/db/seed';
import { miniDataset } from '../fixtures/miniDataset';

const bundled = miniDataset();

describe('a stored meta row of an older shape', () => {
  it('counts as stale: the store is re-seeded and answers from IndexedDB, not from memory for good', async () => {
    const indexedDB = new IDBFactory();
    const open = () => openDatabase({ indexedDB, IDBKeyRange });
    const db = open();
    await seedDatabase(db, bundled);
    // An older version stored no counts.
    const older: Record<string, unknown> = { ...(await db.meta.get('dataset')) };
    delete older.counts;
    await db.meta.put(older as never);
    db.close();

    const problems: string[] = [];
    const store = await openDatasetStore(open, bundled, (problem) => problems.push(problem));
    expect(problems).toEqual([]);
    expect(store.outcome).toBe('seeded');
    expect(await store.repository.info()).toMatchObject({
      storage: 'indexeddb',
      origin: 'bundled',
      version: bundled.version,
      entityCount: bundled.entities.length,
    });
  });

  it('read by a running store, is answered from the bundle and the store rebuilt', async () => {
    const db = openDatabase({ indexedDB: new IDBFactory(), IDBKeyRange });
    const problems: string[] = [];
    const store = await openDatasetStore(
      () => db,
      bundled,
      (problem) => problems.push(problem),
    );
    await db.meta.put({ key: 'dataset', version: bundled.version, origin: 'bundled' } as never);
    expect(await store.repository.info()).toMatchObject({
      version: bundled.version,
      entityCount: bundled.entities.length,
    });
    expect(problems.join()).toContain('metadata');
    await expect.poll(async () => (await db.meta.get('dataset'))?.counts?.entities).toBe(bundled.entities.length);
  });
});
