import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../lib/db/database';
import { openDatasetStore } from '../../lib/db/datasetStore';
import { MAX_IMPORT_BYTES } from '../../lib/dataset/schema';
import { importDataset } from '../../lib/db/importDataset';
import { queryEntityCard, queryRoundView } from '../../lib/db/queries';
import { databaseRepository, memoryRepository } from '../../lib/db/repository';
import { seedDatabase } from '../../lib/db/seed';

import { miniDataset, miniDatasetRaw } from '../fixtures/miniDataset';

const bundled = miniDataset();
// A fresh in-memory IndexedDB per test: no state leaks between cases.
const freshDb = () => openDatabase({ indexedDB: new IDBFactory(), IDBKeyRange });
const importText = (asOf: string, change: (raw: typeof miniDatasetRaw) => void = () => undefined) => {
  const raw = structuredClone(miniDatasetRaw);
  raw.meta.asOf = asOf;
  change(raw);
  return JSON.stringify(raw);
};

describe('seeding', () => {
  it('seeds once, in full, and a second seed is a no-op', async () => {
    const db = freshDb();
    expect(await seedDatabase(db, bundled)).toBe('seeded');
    expect(await seedDatabase(db, bundled)).toBe('current');
    expect([await db.entities.count(), await db.rounds.count(), await db.positions.count()]).toEqual([
      bundled.entities.length,
      3,
      2,
    ]);
  });

  it('re-seeds when the bundled version changes and when the store lost rows', async () => {
    const db = freshDb();
    await seedDatabase(db, bundled);
    expect(await seedDatabase(db, { ...bundled, version: 'next' })).toBe('seeded');
    await db.rounds.delete('istanbul-2025-06-02');
    expect(await seedDatabase(db, { ...bundled, version: 'next' })).toBe('seeded');
    expect(await db.rounds.get('istanbul-2025-06-02')).toBeDefined();
  });

  it('keeps an imported dataset newer than the bundle across an update, and replaces an older one, saying so', async () => {
    const db = freshDb();
    expect(await importDataset(db, importText('2026-12-01'))).toMatchObject({ ok: true });
    expect(await seedDatabase(db, { ...bundled, version: 'update' })).toBe('kept-import');
    expect((await db.meta.get('dataset'))?.origin).toBe('imported');

    const older = freshDb();
    await importDataset(older, importText('2026-01-01'));
    expect(await seedDatabase(older, { ...bundled, version: 'update' })).toBe('seeded');
    expect(await older.meta.get('dataset')).toMatchObject({ origin: 'bundled', notice: 'import-replaced-by-bundled' });
  });
});

describe('importing a dataset', () => {
  it('swaps the data in one go and changes what the cards say', async () => {
    const db = freshDb();
    await seedDatabase(db, bundled);
    const result = await importDataset(
      db,
      importText(
        '2026-12-01',
        (raw) => (raw.entities.find((entity) => entity.id === 'umerov')!.summary.en = 'Imported summary.'),
      ),
    );
    expect(result).toMatchObject({ ok: true, counts: { entities: bundled.entities.length, rounds: 3, positions: 2 } });
    const card = await queryEntityCard(databaseRepository(db), 'umerov', {
      asOf: '2025-06-02',
      today: '2026-11-25',
      lang: 'en',
    });
    expect(card?.summary).toBe('Imported summary.');
  });

  it('refuses a bad file with its first problems and keeps the data in use', async () => {
    const db = freshDb();
    await seedDatabase(db, bundled);
    const before = await db.meta.get('dataset');
    const broken = await importDataset(
      db,
      importText('2026-12-01', (raw) => (raw.rounds[0]!.parties = ['ukraine', 'atlantis'])),
    );
    expect(broken).toEqual({ ok: false, problems: ['rounds istanbul-2025-05-16: parties: unknown entity "atlantis"'] });
    expect(await importDataset(db, '{"meta": ')).toMatchObject({
      ok: false,
      problems: [expect.stringMatching(/^the file is not valid JSON/)],
    });
    expect(await importDataset(db, 'x'.repeat(MAX_IMPORT_BYTES + 1))).toEqual({
      ok: false,
      problems: ['the file is 4.0 MB; the limit is 4 MB'],
    });
    expect(await db.meta.get('dataset')).toEqual(before);
  });
});

describe('the dataset store', () => {
  it('answers queries from IndexedDB', async () => {
    const store = await openDatasetStore(freshDb, bundled);
    expect(store.outcome).toBe('seeded');
    expect(await store.repository.info()).toMatchObject({
      storage: 'indexeddb',
      origin: 'bundled',
      entityCount: bundled.entities.length,
      roundCount: 3,
    });
    expect((await store.repository.entitiesByAlias('UMJEROW')).map((entity) => entity.id)).toEqual(['umerov']);
  });

  it('answers a corrupt row from the bundle, reports it and rebuilds the store', async () => {
    const db = freshDb();
    const problems: string[] = [];
    const store = await openDatasetStore(
      () => db,
      bundled,
      (problem) => problems.push(problem),
    );
    await db.entities.put({ id: 'umerov', type: 'person' } as never);
    expect((await store.repository.entity('umerov'))?.name.de).toBe('Rustem Umjerow');
    expect(problems.join()).toContain('corrupt');
    await expect.poll(async () => (await db.entities.get('umerov'))?.name?.de).toBe('Rustem Umjerow');
  });

  it('falls back to memory when IndexedDB cannot be opened, answering the same queries', async () => {
    const problems: string[] = [];
    const store = await openDatasetStore(
      () => {
        throw new Error('IndexedDB disabled in this window');
      },
      bundled,
      (problem) => problems.push(problem),
    );
    expect(store.outcome).toBe('memory');
    expect((await store.repository.info()).storage).toBe('memory');
    expect(problems[0]).toContain('IndexedDB disabled');
    expect(await store.importFile('{}')).toMatchObject({ ok: false });
  });

  it('resets an import to the bundled dataset', async () => {
    const db = freshDb();
    const store = await openDatasetStore(() => db, bundled);
    await store.importFile(importText('2026-12-01'));
    expect((await store.repository.info()).origin).toBe('imported');
    await store.resetToBundled();
    expect(await store.repository.info()).toMatchObject({ origin: 'bundled', version: bundled.version });
  });
});

describe('queries: the same answers from IndexedDB and from memory', () => {
  const repositories = async () => {
    const db = freshDb();
    await seedDatabase(db, bundled);
    return [
      ['indexeddb', databaseRepository(db)],
      ['memory', memoryRepository(bundled)],
    ] as const;
  };

  it('indexes rounds by participant, place, series and date, and positions by party', async () => {
    for (const [name, repo] of await repositories()) {
      expect(
        (await repo.roundsWithParticipant('medinsky')).map((round) => round.id),
        name,
      ).toEqual(['istanbul-2025-05-16', 'istanbul-2025-06-02', 'istanbul-2025-07-23']);
      expect((await repo.roundsWithParticipant('turkiye')).length, name).toBe(3);
      expect((await repo.roundsAtPlace('istanbul')).length, name).toBe(3);
      expect(
        (await repo.roundsBetween('2025-06-01', '2025-06-30')).map((round) => round.id),
        name,
      ).toEqual(['istanbul-2025-06-02']);
      expect(
        (await repo.positionsOf('russia')).map((position) => position.id),
        name,
      ).toEqual(['russia-2025-06-02-territory']);
      expect((await repo.positionsAtRound('istanbul-2025-06-02')).length, name).toBe(1);
    }
  });

  it('builds an entity card as of a date, in a language', async () => {
    for (const [name, repo] of await repositories()) {
      const card = await queryEntityCard(repo, 'medinsky', { asOf: '2025-06-20', today: '2026-11-25', lang: 'de' });
      expect(card?.name, name).toBe('Wladimir Medinski');
      expect(
        card?.roles.map((role) => role.title),
        name,
      ).toEqual(['Berater des russischen Präsidenten']);
      expect(
        card?.rounds.map((round) => round.id),
        name,
      ).toEqual(['istanbul-2025-06-02', 'istanbul-2025-05-16']);
      expect(
        card?.positions.map((position) => position.stance),
        name,
      ).toEqual(['Russland verlangt vier Gebiete.']);
      expect(
        await queryEntityCard(repo, 'nobody', { asOf: '2025-06-20', today: '2026-11-25', lang: 'de' }),
        name,
      ).toBeUndefined();
    }
  });

  it('builds a round with its participants resolved, its neighbours and its outcomes', async () => {
    for (const [name, repo] of await repositories()) {
      const round = await queryRoundView(repo, 'istanbul-2025-06-02', 'en');
      expect(
        round?.delegations.map((delegation) => [delegation.party.name, delegation.heads.map((head) => head.name)]),
        name,
      ).toEqual([
        ['Ukraine', ['Rustem Umerov']],
        ['Russia', ['Vladimir Medinsky']],
      ]);
      expect([round?.previous?.id, round?.next?.id], name).toEqual(['istanbul-2025-05-16', 'istanbul-2025-07-23']);
      expect(round?.place, name).toEqual({ id: 'istanbul', name: 'Istanbul' });
      expect(round?.hosts, name).toEqual([{ id: 'turkiye', name: 'Türkiye' }]);
      expect(round?.outcomes[0]?.figures, name).toEqual([{ measure: 'prisoners-exchanged', value: 1200 }]);
      expect(
        round?.positions.map((position) => position.party.name),
        name,
      ).toEqual(['Russia']);
    }
  });
});
