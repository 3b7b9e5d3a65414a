import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { loadBundledDataset } from '../../lib/dataset/bundled';
import { openDatabase } from '../../lib/db/database';
import { openEntitySource } from '../../lib/db/entitySource';
import { seedDatabase } from '../../lib/db/seed';

const dataset = loadBundledDataset();
// A fresh in-memory IndexedDB per test: no state leaks between cases.
const freshDb = () => openDatabase({ indexedDB: new IDBFactory(), IDBKeyRange });

describe('seeding the database', () => {
  it('seeds once and is a no-op while the version matches', async () => {
    const db = freshDb();
    expect(await seedDatabase(db, dataset)).toBe('seeded');
    expect(await seedDatabase(db, dataset)).toBe('current');
    expect(await db.entities.count()).toBe(dataset.entities.length);
  });

  it('replaces the data when the bundled version changes', async () => {
    const db = freshDb();
    await seedDatabase(db, dataset);
    const smaller = { ...dataset, version: 'changed', entities: dataset.entities.slice(0, 2) };
    expect(await seedDatabase(db, smaller)).toBe('seeded');
    expect(await db.entities.count()).toBe(2);
  });

  it('re-seeds a store that lost rows', async () => {
    const db = freshDb();
    await seedDatabase(db, dataset);
    await db.entities.delete('umerov');
    expect(await seedDatabase(db, dataset)).toBe('seeded');
    expect(await db.entities.get('umerov')).toBeDefined();
  });
});

describe('the entity source', () => {
  it('answers from IndexedDB', async () => {
    const source = await openEntitySource(freshDb, dataset);
    expect((await source.getEntity('medinsky'))?.name.en).toBe('Vladimir Medinsky');
    expect(await source.info()).toMatchObject({ storage: 'indexeddb', entityCount: dataset.entities.length });
  });

  it('answers a corrupt row from the bundle and reports it', async () => {
    const db = freshDb();
    const problems: string[] = [];
    const source = await openEntitySource(() => db, dataset, (problem) => problems.push(problem));
    await db.entities.put({ id: 'umerov', type: 'person' } as never);
    expect((await source.getEntity('umerov'))?.name.de).toBe('Rustem Umjerow');
    expect(problems.join()).toContain('corrupt');
  });

  it('falls back to memory when IndexedDB cannot be opened', async () => {
    const problems: string[] = [];
    const source = await openEntitySource(
      () => {
        throw new Error('IndexedDB disabled in this window');
      },
      dataset,
      (problem) => problems.push(problem),
    );
    expect((await source.getEntity('putin'))?.name.de).toBe('Wladimir Putin');
    expect((await source.info()).storage).toBe('memory');
    expect(problems[0]).toContain('IndexedDB disabled');
  });
});
