import Dexie, { type DexieOptions, type EntityTable } from 'dexie';
import type { Entity } from '../dataset/schema';

export interface MetaRow {
  key: 'dataset';
  version: string;
  asOf: string;
  entityCount: number;
}

export type DossierDatabase = Dexie & {
  entities: EntityTable<Entity, 'id'>;
  meta: EntityTable<MetaRow, 'key'>;
};

export const DATABASE_NAME = 'dossier';

/**
 * Opened only in the extension's own origin (background, popup, options):
 * a content script would open the news site's IndexedDB instead.
 */
export function openDatabase(options: DexieOptions = {}, name = DATABASE_NAME): DossierDatabase {
  const db = new Dexie(name, options) as DossierDatabase;
  db.version(1).stores({ entities: 'id, type', meta: 'key' });
  return db;
}
