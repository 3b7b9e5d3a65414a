/**
 * Curators' check: `npx tsx test/tools/check-data.ts [file …]` validates the
 * dataset files (all, or the ones named) and prints every problem with its
 * file, row and field. Exit code 1 when anything is wrong.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { DATASET_FILES, validateFile } from '../../lib/dataset/files';

const root = resolve(import.meta.dirname, '../..');
const wanted = process.argv.slice(2).map((file) => file.replace(/^\.\//, ''));
const files = DATASET_FILES.filter(({ file }) => wanted.length === 0 || wanted.includes(file));
let problems = 0;
for (const { file, table } of files) {
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(resolve(root, file), 'utf8'));
  } catch (error) {
    console.log(`${file}: cannot be read as JSON: ${String(error)}`);
    problems++;
    continue;
  }
  const found = validateFile(file, table, raw);
  const rows = Array.isArray(raw) ? raw.length : 0;
  console.log(`${file}: ${rows} rows, ${found.length} problems`);
  for (const line of found) console.log(`  ${line}`);
  problems += found.length;
}
process.exit(problems > 0 ? 1 : 0);
