/**
 * `npm run bench` (dataset part): validating, seeding and querying the full
 * bundled dataset. Prints figures; asserts nothing (speed is not a test on
 * shared machines). IndexedDB here is fake-indexeddb in Node, slower than a
 * browser's, so the ratio against the in-memory repository measured in the
 * same run is the figure to compare between runs.
 */
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { loadBundledDataset } from '../../lib/dataset/bundled';
import { validateDataset } from '../../lib/dataset/validate';
import { openDatabase } from '../../lib/db/database';
import { queryEntityCard, queryRoundView } from '../../lib/db/queries';
import { databaseRepository, memoryRepository, type DatasetRepository } from '../../lib/db/repository';
import { seedDatabase } from '../../lib/db/seed';
import { median, percentile, timeAsync, timeSync } from './stats';

const dataset = loadBundledDataset();

export async function benchDataset(): Promise<void> {
  console.log(
    `dataset ${dataset.version}: ${dataset.entities.length} entities, ${dataset.rounds.length} rounds, ${dataset.positions.length} positions`,
  );
  const assembled = {
    meta: dataset.meta,
    entities: dataset.entities,
    offices: dataset.offices,
    series: dataset.series,
    rounds: dataset.rounds,
    positions: dataset.positions,
  };
  const validation = Array.from({ length: 5 }, () => timeSync(() => validateDataset(structuredClone(assembled))));
  console.log(`validate whole dataset (schema + integrity): median ${median(validation).toFixed(1)} ms`);

  const seeds: number[] = [];
  for (let run = 0; run < 5; run++) {
    const db = openDatabase({ indexedDB: new IDBFactory(), IDBKeyRange });
    seeds.push(await timeAsync(() => seedDatabase(db, dataset)));
    db.close();
  }
  const db = openDatabase({ indexedDB: new IDBFactory(), IDBKeyRange });
  await seedDatabase(db, dataset);
  const noop = await timeAsync(() => seedDatabase(db, dataset));
  console.log(
    `seed into IndexedDB (fake-indexeddb): median ${median(seeds).toFixed(1)} ms; second seed (no-op) ${noop.toFixed(1)} ms`,
  );

  const persons = dataset.entities.filter((entity) => entity.type === 'person').map((entity) => entity.id);
  const dates = ['2015-02-12', '2022-03-29', '2025-06-02', '2025-11-30', '2026-03-01'];
  const measure = async (repo: DatasetRepository) => {
    const times: number[] = [];
    for (const id of persons)
      for (const date of dates)
        times.push(await timeAsync(() => queryEntityCard(repo, id, { asOf: date, today: '2026-11-25', lang: 'de' })));
    return times;
  };
  const fromDb = await measure(databaseRepository(db));
  const fromMemory = await measure(memoryRepository(dataset));
  console.log(
    `entity card query, ${fromDb.length} queries: IndexedDB median ${median(fromDb).toFixed(2)} ms, p95 ${percentile(fromDb, 95).toFixed(2)} ms; memory median ${median(fromMemory).toFixed(3)} ms, p95 ${percentile(fromMemory, 95).toFixed(3)} ms; ratio IndexedDB/memory (median) ${(median(fromDb) / median(fromMemory)).toFixed(1)}×`,
  );
  const roundTimes: number[] = [];
  for (const round of dataset.rounds)
    roundTimes.push(await timeAsync(() => queryRoundView(databaseRepository(db), round.id, 'en')));
  console.log(
    `round view query, ${roundTimes.length} rounds: IndexedDB median ${median(roundTimes).toFixed(2)} ms, p95 ${percentile(roundTimes, 95).toFixed(2)} ms`,
  );
}
