import Dexie, { type DexieOptions, type EntityTable } from 'dexie';
import { z } from '../schema/z';
import {
  IsoDateSchema,
  PartialDateSchema,
  type Entity,
  type Office,
  type Position,
  type Round,
  type Series,
} from '../dataset/schema';

/**
 * The store's one meta row. Read through this schema: a row of another shape (an older version's,
 * a hand edit) counts as stale, so the store is re-seeded rather than left unreadable.
 */
export const MetaRowSchema = z.object({
  key: z.literal('dataset'),
  version: z.string().min(1),
  asOf: IsoDateSchema,
  coversUntil: PartialDateSchema,
  name: z.string(),
  origin: z.enum(['bundled', 'imported']),
  counts: z.object({
    entities: z.number().int().nonnegative(),
    rounds: z.number().int().nonnegative(),
    positions: z.number().int().nonnegative(),
  }),
  /** Set when an extension update replaced an imported dataset with a newer bundled one. */
  notice: z.literal('import-replaced-by-bundled').optional(),
});
export type MetaRow = z.infer<typeof MetaRowSchema>;
export type DatasetOrigin = MetaRow['origin'];

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
