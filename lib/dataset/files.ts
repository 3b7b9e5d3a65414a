import { z } from '../schema/z';
import { DatasetMetaSchema, EntitySchema, OfficeSchema, PositionSchema, RoundSchema, SeriesSchema } from './schema';

/**
 * The dataset's files and the table each one fills. Large tables are split
 * over several files so that curators (and reviews) can work on one era or
 * one group of people at a time.
 */
export const TABLE_SCHEMAS = {
  entities: EntitySchema,
  offices: OfficeSchema,
  series: SeriesSchema,
  rounds: RoundSchema,
  positions: PositionSchema,
} as const;
export type TableName = keyof typeof TABLE_SCHEMAS;

export const DATASET_FILES: ReadonlyArray<{ file: string; table: TableName }> = [
  { file: 'data/entities/persons-ukraine-russia.json', table: 'entities' },
  { file: 'data/entities/persons-international.json', table: 'entities' },
  { file: 'data/entities/persons-negotiations.json', table: 'entities' },
  { file: 'data/entities/states-and-bodies.json', table: 'entities' },
  { file: 'data/entities/places.json', table: 'entities' },
  { file: 'data/entities/terms.json', table: 'entities' },
  { file: 'data/offices.json', table: 'offices' },
  { file: 'data/series.json', table: 'series' },
  { file: 'data/rounds-2014-2024.json', table: 'rounds' },
  { file: 'data/rounds-2025-2026.json', table: 'rounds' },
  { file: 'data/positions.json', table: 'positions' },
];

export const META_FILE = 'data/meta.json';
export { DatasetMetaSchema };

/** Validates one file's rows; problems name the file, the row (index and id) and the field. */
export function validateFile(file: string, table: TableName, raw: unknown): string[] {
  const parsed = z.array(TABLE_SCHEMAS[table]).safeParse(raw);
  if (parsed.success) return [];
  const rows = Array.isArray(raw) ? raw : [];
  return parsed.error.issues.map((issue) => {
    const [index, ...field] = issue.path;
    const row = typeof index === 'number' ? rows[index] : undefined;
    const id = row && typeof row === 'object' && 'id' in row ? ` (${String((row as { id: unknown }).id)})` : '';
    const where = typeof index === 'number' ? `row ${index}${id}` : 'file';
    return `${file}: ${where}: ${field.map(String).join('.') || '(row)'}: ${issue.message}`;
  });
}
