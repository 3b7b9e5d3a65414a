import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { loadBundledDataset } from '../../lib/dataset/bundled';
import type { DatasetStore } from '../../lib/db/datasetStore';
import { openDatabase } from '../../lib/db/database';
import { databaseRepository, memoryRepository } from '../../lib/db/repository';
import { seedDatabase } from '../../lib/db/seed';
import { request } from '../../lib/messaging/client';
import { dispatch } from '../../lib/messaging/server';
import type { SearchCatalog } from '../../lib/search/catalog';
import { querySearchCatalog } from '../../lib/db/catalogQuery';
import { buildRoundSearch } from '../../lib/search/searchIndex';
import { miniDataset } from '../fixtures/miniDataset';
import { handlersOver } from '../fixtures/fakes';

const sorted = (catalog: SearchCatalog) => ({
  ...catalog,
  rounds: [...catalog.rounds].sort((a, b) => a.id.localeCompare(b.id)),
  names: [...catalog.names].sort((a, b) => a.id.localeCompare(b.id)),
  series: [...catalog.series].sort((a, b) => a.id.localeCompare(b.id)),
  positions: [...catalog.positions].sort((a, b) =>
    `${a.round}${a.stance.en}`.localeCompare(`${b.round}${b.stance.en}`),
  ),
});

describe('the search-catalog message', () => {
  it('gathers the same catalog from IndexedDB as from memory', async () => {
    const dataset = loadBundledDataset();
    const db = openDatabase({ indexedDB: new IDBFactory(), IDBKeyRange });
    await seedDatabase(db, dataset);
    const fromDb = await querySearchCatalog(databaseRepository(db));
    const fromMemory = await querySearchCatalog(memoryRepository(dataset));
    expect(sorted(fromDb)).toEqual(sorted(fromMemory));
    db.close();
  });

  it('travels through dispatch and the validating client, and follows the dataset in use', async () => {
    const OWN_ID = 'own-extension-id';
    let repository = memoryRepository(miniDataset());
    const store = (): DatasetStore => ({
      repository,
      outcome: 'memory',
      importFile: async () => ({ ok: false, problems: [] }),
      resetToBundled: async () => undefined,
    });
    const handlers = handlersOver(async () => store(), { language: 'de' });
    const send = (message: unknown) => dispatch(structuredClone(message), { id: OWN_ID }, OWN_ID, handlers);

    const mini = await request(send, { type: 'search-catalog' });
    if (!mini.ok) throw new Error(mini.error);
    expect(mini.catalog.rounds.map((round) => round.id).sort()).toEqual(
      miniDataset()
        .rounds.map((round) => round.id)
        .sort(),
    );
    expect(buildRoundSearch(mini.catalog).search('Umjerow').hits.length).toBeGreaterThan(0);

    // Another dataset (an import, say) has another version: the background gathers anew.
    repository = memoryRepository(loadBundledDataset());
    const full = await request(send, { type: 'search-catalog' });
    expect(full.ok && full.catalog.rounds.length).toBe(loadBundledDataset().rounds.length);
  });
});
