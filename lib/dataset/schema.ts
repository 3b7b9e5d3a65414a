import { z } from '../schema/z';
import { IsoDateSchema, PartialDateSchema } from './dateSchemas';
import { EntitySchema, OfficeSchema } from './entitySchemas';
import { MAX_ENTITIES, MAX_OFFICES, MAX_POSITIONS, MAX_ROUNDS, MAX_SERIES } from './limits';
import { PositionSchema } from './positionSchemas';
import { RoundSchema, SeriesSchema } from './roundSchemas';

/**
 * The dataset's shape: the only definition of these types in the project.
 * Every text a reader sees exists in German and English; every fact carries
 * a source; dates may be given to the year, month or day.
 *
 * The row schemas live beside this file, one module per kind of row; this module assembles them into
 * the file an import reads and re-exports them, so the rest of the project imports the shape from here.
 */
export * from './aliasSchemas';
export * from './commonSchemas';
export * from './dateSchemas';
export * from './entitySchemas';
export * from './limits';
export * from './positionSchemas';
export * from './roundSchemas';

export const DatasetMetaSchema = z.object({
  name: z.string().min(1),
  /** The latest date the data was checked against its sources. */
  asOf: IsoDateSchema,
  /** The latest event the sources could confirm; the cards say nothing past it. */
  coversUntil: PartialDateSchema,
});
export type DatasetMeta = z.infer<typeof DatasetMetaSchema>;

export const DatasetSchema = z.object({
  meta: DatasetMetaSchema,
  entities: z.array(EntitySchema).max(MAX_ENTITIES, `at most ${MAX_ENTITIES} entities`),
  offices: z.array(OfficeSchema).max(MAX_OFFICES, `at most ${MAX_OFFICES} offices`).default([]),
  series: z.array(SeriesSchema).max(MAX_SERIES, `at most ${MAX_SERIES} series`).default([]),
  rounds: z.array(RoundSchema).max(MAX_ROUNDS, `at most ${MAX_ROUNDS} rounds`).default([]),
  positions: z.array(PositionSchema).max(MAX_POSITIONS, `at most ${MAX_POSITIONS} positions`).default([]),
});
export type Dataset = z.infer<typeof DatasetSchema>;
