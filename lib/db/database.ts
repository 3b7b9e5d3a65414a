import Dexie, { type DexieOptions, type EntityTable } from 'dexie';
import type { Entity, Office, Position, Round, Series } from '../dataset/schema';

export type DatasetOrigin = 'bundled' | 'imported';

export interface MetaRow {
  key: 'dataset';
  version: string;
  asOf: string;
  coversUntil: string;
  name: string;
  origin: DatasetOrigin;
  counts: { entities: number; rounds: number; positions: number };
  /** Set when an extension update replaced an imported dataset with a newer bundled one. */
  notice?: 'import-replaced-by-bundled';
}

/** Rows carry derived index fields next to the validated data; reads strip them again through the schemas. */
export type EntityRow = Entity & { aliasKeys: string[] };
export type RoundRow = Round & { participantIds: string[]; startDay: string };
export type PositionRow = Position & { fromDay: string };

export type DossierDatabase = Dexie & {
  entities: EntityTable<EntityRow, 'id'>;
  rounds: EntityTable<RoundRow, 'id'>;
  positions: EntityTable<PositionRow, 'id'>;
  offices: EntityTable<Office, 'id'>;
  series: EntityTable<Series, 'id'>;
  meta: EntityTable<MetaRow, 'key'>;
};

export const DATABASE_NAME = 'dossier';

/**
 * Opened only in the extension's own origin (background, popup, options):
 * a content script would open the news site's IndexedDB instead.
 * Indexes serve the questions the UI asks: an entity by alias, rounds by
 * participant, place, series or date, positions by party and date.
 */
export function openDatabase(options: DexieOptions = {}, name = DATABASE_NAME): DossierDatabase {
  const db = new Dexie(name, options) as DossierDatabase;
  db.version(1).stores({ entities: 'id, type', meta: 'key' });
  db.version(2).stores({
    entities: 'id, type, side, *aliasKeys',
    rounds: 'id, startDay, place, series, *participantIds',
    positions: 'id, party, fromDay, round, [party+fromDay]',
    offices: 'id',
    series: 'id',
    meta: 'key',
  });
  return db;
}
