import {
  EntitySchema,
  OfficeSchema,
  PositionSchema,
  RoundSchema,
  SeriesSchema,
  type Entity,
  type Position,
  type Round,
  type Series,
} from '../dataset/schema';
import type { VersionedDataset } from '../dataset/validate';
import { foldAlias } from '../text/fold';
import type { DatasetInfo } from '../messaging/protocol';
import { lexiconSourceOf, type LexiconSource } from '../match/source';
import { earliestDay } from '../dataset/dates';
import { MetaRowSchema, type DossierDatabase, type MetaRow } from './database';
import { roundParticipants } from '../dataset/participants';

/**
 * The questions the views ask of the data. Two implementations answer them
 * the same way: IndexedDB (normal) and the bundled data in memory (when
 * IndexedDB cannot be opened).
 */
export interface DatasetRepository {
  entity(id: string): Promise<Entity | undefined>;
  entitiesByAlias(alias: string): Promise<Entity[]>;
  round(id: string): Promise<Round | undefined>;
  roundsWithParticipant(id: string): Promise<Round[]>;
  roundsAtPlace(placeId: string): Promise<Round[]>;
  roundsInSeries(seriesId: string): Promise<Round[]>;
  roundsBetween(fromDay: string, toDay: string): Promise<Round[]>;
  positionsOf(party: string): Promise<Position[]>;
  positionsAtRound(roundId: string): Promise<Position[]>;
  series(id: string): Promise<Series | undefined>;
  /** What a content script compiles its matcher from (names, office holders, rounds). */
  lexiconSource(): Promise<LexiconSource>;
  info(): Promise<DatasetInfo>;
}

/** Every round, earliest first: the widest span of days a round can start in. */
export function allRounds(repo: DatasetRepository): Promise<Round[]> {
  return repo.roundsBetween('0000-01-01', '9999-12-31');
}

const byStart = (a: Round, b: Round) => earliestDay(a.start).localeCompare(earliestDay(b.start));
const byFrom = (a: Position, b: Position) => earliestDay(a.from).localeCompare(earliestDay(b.from));

export function memoryRepository(dataset: VersionedDataset): DatasetRepository {
  const entities = new Map(dataset.entities.map((entity) => [entity.id, entity]));
  const rounds = [...dataset.rounds].sort(byStart);
  const participants = new Map(rounds.map((round) => [round.id, new Set(roundParticipants(round))]));
  return {
    entity: async (id) => entities.get(id),
    entitiesByAlias: async (alias) =>
      dataset.entities.filter((entity) =>
        entity.aliases.some((candidate) => foldAlias(candidate.text) === foldAlias(alias)),
      ),
    round: async (id) => rounds.find((round) => round.id === id),
    roundsWithParticipant: async (id) => rounds.filter((round) => participants.get(round.id)?.has(id)),
    roundsAtPlace: async (placeId) => rounds.filter((round) => round.place === placeId),
    roundsInSeries: async (seriesId) => rounds.filter((round) => round.series === seriesId),
    roundsBetween: async (fromDay, toDay) =>
      rounds.filter((round) => earliestDay(round.start) >= fromDay && earliestDay(round.start) <= toDay),
    positionsOf: async (party) => dataset.positions.filter((position) => position.party === party).sort(byFrom),
    positionsAtRound: async (roundId) =>
      dataset.positions.filter((position) => position.round === roundId).sort(byFrom),
    series: async (id) => dataset.series.find((series) => series.id === id),
    lexiconSource: async () => lexiconSourceOf(dataset),
    info: async () =>
      infoOf(
        {
          version: dataset.version,
          asOf: dataset.meta.asOf,
          coversUntil: dataset.meta.coversUntil,
          origin: 'bundled',
          counts: {
            entities: dataset.entities.length,
            rounds: dataset.rounds.length,
            positions: dataset.positions.length,
          },
        },
        'memory',
      ),
  };
}

export function infoOf(
  meta: Pick<MetaRow, 'version' | 'asOf' | 'coversUntil' | 'origin' | 'counts' | 'notice'>,
  storage: DatasetInfo['storage'],
): DatasetInfo {
  return {
    version: meta.version,
    asOf: meta.asOf,
    coversUntil: meta.coversUntil,
    origin: meta.origin,
    entityCount: meta.counts.entities,
    roundCount: meta.counts.rounds,
    positionCount: meta.counts.positions,
    storage,
    ...(meta.notice ? { notice: meta.notice } : {}),
  };
}

/** Raised when a stored row no longer matches its schema; the store answers from the bundle and rebuilds. */
export class CorruptStoreError extends Error {}

function parseRows<T>(
  schema: { safeParse: (raw: unknown) => { success: true; data: T } | { success: false } },
  rows: unknown[],
  table: string,
): T[] {
  return rows.map((row) => {
    const parsed = schema.safeParse(row);
    if (!parsed.success) throw new CorruptStoreError(`a stored ${table} row is corrupt`);
    return parsed.data;
  });
}

export function databaseRepository(db: DossierDatabase): DatasetRepository {
  const entities = (rows: unknown[]) => parseRows<Entity>(EntitySchema, rows, 'entities');
  const rounds = (rows: unknown[]) => parseRows<Round>(RoundSchema, rows, 'rounds');
  return {
    entity: async (id) => entities([await db.entities.get(id)].filter(Boolean))[0],
    entitiesByAlias: async (alias) => entities(await db.entities.where('aliasKeys').equals(foldAlias(alias)).toArray()),
    round: async (id) => rounds([await db.rounds.get(id)].filter(Boolean))[0],
    roundsWithParticipant: async (id) => rounds(await db.rounds.where('participantIds').equals(id).sortBy('startDay')),
    roundsAtPlace: async (placeId) => rounds(await db.rounds.where('place').equals(placeId).sortBy('startDay')),
    roundsInSeries: async (seriesId) => rounds(await db.rounds.where('series').equals(seriesId).sortBy('startDay')),
    roundsBetween: async (fromDay, toDay) =>
      rounds(await db.rounds.where('startDay').between(fromDay, toDay, true, true).toArray()),
    positionsOf: async (party) =>
      parseRows<Position>(
        PositionSchema,
        await db.positions.where('[party+fromDay]').between([party, ''], [party, '\uffff']).toArray(),
        'positions',
      ),
    positionsAtRound: async (roundId) =>
      parseRows<Position>(
        PositionSchema,
        await db.positions.where('round').equals(roundId).sortBy('fromDay'),
        'positions',
      ),
    series: async (id) => parseRows<Series>(SeriesSchema, [await db.series.get(id)].filter(Boolean), 'series')[0],
    async lexiconSource() {
      const [all, offices, series, allRounds, meta] = await Promise.all([
        db.entities.toArray(),
        db.offices.toArray(),
        db.series.toArray(),
        db.rounds.toArray(),
        db.meta.get('dataset'),
      ]);
      return lexiconSourceOf({
        version: meta?.version ?? 'unknown',
        entities: entities(all),
        offices: parseRows(OfficeSchema, offices, 'offices'),
        series: parseRows(SeriesSchema, series, 'series'),
        rounds: rounds(allRounds),
      });
    },
    async info() {
      const meta = await db.meta.get('dataset');
      if (!meta) throw new CorruptStoreError('the dataset metadata is missing');
      const parsed = MetaRowSchema.safeParse(meta);
      if (!parsed.success) throw new CorruptStoreError('the dataset metadata has another shape');
      return infoOf(parsed.data, 'indexeddb');
    },
  };
}
