import meta from '../../data/meta.json';
import personsUkraineRussia from '../../data/entities/persons-ukraine-russia.json';
import personsInternational from '../../data/entities/persons-international.json';
import personsNegotiations from '../../data/entities/persons-negotiations.json';
import statesAndBodies from '../../data/entities/states-and-bodies.json';
import places from '../../data/entities/places.json';
import terms from '../../data/entities/terms.json';
import offices from '../../data/offices.json';
import series from '../../data/series.json';
import rounds2014to2024 from '../../data/rounds-2014-2024.json';
import rounds2025to2026 from '../../data/rounds-2025-2026.json';
import positions from '../../data/positions.json';
import { DATASET_FILES, META_FILE, validateFile, type TableName } from './files';
import { DatasetMetaSchema } from './schema';
import { validateDataset, type VersionedDataset } from './validate';

/** The files' contents, keyed by their path in DATASET_FILES (a test keeps the two lists in step). */
export const BUNDLED_FILES: Record<string, unknown> = {
  'data/entities/persons-ukraine-russia.json': personsUkraineRussia,
  'data/entities/persons-international.json': personsInternational,
  'data/entities/persons-negotiations.json': personsNegotiations,
  'data/entities/states-and-bodies.json': statesAndBodies,
  'data/entities/places.json': places,
  'data/entities/terms.json': terms,
  'data/offices.json': offices,
  'data/series.json': series,
  'data/rounds-2014-2024.json': rounds2014to2024,
  'data/rounds-2025-2026.json': rounds2025to2026,
  'data/positions.json': positions,
};

/** Every problem in the dataset files, each naming file, row and field; empty when the data may ship. */
export function bundledDatasetProblems(
  files: Record<string, unknown> = BUNDLED_FILES,
  metaRaw: unknown = meta,
): string[] {
  const problems = DATASET_FILES.flatMap(({ file, table }) =>
    file in files ? validateFile(file, table, files[file]) : [`${file}: missing from the bundle`],
  );
  const metaCheck = DatasetMetaSchema.safeParse(metaRaw);
  if (!metaCheck.success)
    problems.push(...metaCheck.error.issues.map((issue) => `${META_FILE}: ${issue.path.join('.')}: ${issue.message}`));
  if (problems.length > 0) return problems;
  const result = validateDataset(assemble(files, metaRaw));
  return result.ok ? [] : result.problems;
}

function assemble(files: Record<string, unknown>, metaRaw: unknown): Record<string, unknown> {
  const tables: Record<TableName, unknown[]> = { entities: [], offices: [], series: [], rounds: [], positions: [] };
  for (const { file, table } of DATASET_FILES) tables[table].push(...(files[file] as unknown[]));
  return { meta: metaRaw, ...tables };
}

let cached: VersionedDataset | undefined;

/**
 * The dataset shipped with the extension. A broken file never reaches a
 * reader: `npm test` validates it, and at run time it fails loudly.
 */
export function loadBundledDataset(): VersionedDataset {
  if (cached) return cached;
  const result = validateDataset(assemble(BUNDLED_FILES, meta));
  if (!result.ok) throw new Error(`The bundled dataset is invalid:\n${result.problems.slice(0, 8).join('\n')}`);
  cached = result.dataset;
  return cached;
}
