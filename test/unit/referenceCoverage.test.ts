import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { VersionedDataset } from '../../lib/dataset/validate';
import { loadBundledDataset } from '../../lib/dataset/bundled';
import exclusions from '../../data/reference-exclusions.json';

/**
 * Every round and person of ../shared/reference must be in data/, or in the
 * reviewed exclusion list with a reason. The reference is not part of a
 * fresh clone, so this suite runs wherever it exists (CI has it).
 */
const REFERENCE = resolve(import.meta.dirname, '../../../shared/reference');
const available = existsSync(REFERENCE);
if (!available) console.log(`referenceCoverage: skipped, ${REFERENCE} is not here (a fresh clone has no ../shared)`);

/** First-column keys of the markdown tables in the given sections of a reference file. */
function tableKeys(file: string, sectionFilter: (heading: string) => boolean): string[] {
  const keys: string[] = [];
  let inSection = false;
  for (const line of readFileSync(resolve(REFERENCE, file), 'utf8').split('\n')) {
    if (/^#{2,3} /.test(line)) inSection = sectionFilter(line);
    const key = inSection ? line.match(/^\| ([a-z0-9]+(?:-[a-z0-9]+)*) \|/)?.[1] : undefined;
    if (key && key !== 'key' && key !== 'id') keys.push(key);
  }
  return [...new Set(keys)];
}

describe.skipIf(!available)('coverage of ../shared/reference', () => {
  let dataset: VersionedDataset | undefined;
  beforeAll(() => {
    dataset = loadBundledDataset();
  });
  const excluded = new Map(exclusions.map((entry: { id: string; reason: string }) => [entry.id, entry.reason]));

  it('has a reason for every exclusion', () => {
    for (const [id, reason] of excluded) expect(reason.trim().length, id).toBeGreaterThan(10);
  });

  it('holds every round of rounds.md', () => {
    const rounds = tableKeys('rounds.md', (heading) => /^## [A-E]\./.test(heading));
    expect(rounds.length).toBeGreaterThanOrEqual(80);
    const ids = new Set(dataset!.rounds.map((round) => round.id));
    expect(rounds.filter((id) => !ids.has(id) && !excluded.has(id))).toEqual([]);
  });

  it('holds every person of actors.md', () => {
    const people = tableKeys('actors.md', (heading) => heading.startsWith('### '));
    expect(people.length).toBeGreaterThanOrEqual(100);
    const ids = new Set(dataset!.entities.filter((entity) => entity.type === 'person').map((entity) => entity.id));
    expect(people.filter((id) => !ids.has(id) && !excluded.has(id))).toEqual([]);
  });

  it('holds every state and body of actors.md', () => {
    const bodies = tableKeys('actors.md', (heading) => heading.startsWith('## 3.'));
    const ids = new Set(dataset!.entities.map((entity) => entity.id));
    expect(bodies.filter((id) => !ids.has(id) && !excluded.has(id))).toEqual([]);
  });

  it('holds every place and term of places-and-terms.md', () => {
    const keys = tableKeys('places-and-terms.md', () => true);
    const ids = new Set([
      ...dataset!.entities.map((entity) => entity.id),
      ...dataset!.series.map((series) => series.id),
    ]);
    expect(keys.filter((id) => !ids.has(id) && !excluded.has(id))).toEqual([]);
  });

  it('holds as many positions as positions.md has dated rows', () => {
    const rows = readFileSync(resolve(REFERENCE, 'positions.md'), 'utf8')
      .split('\n')
      .filter((line) => /^\| \d{4}/.test(line));
    expect(
      dataset!.positions.length + exclusions.filter((entry: { id: string }) => entry.id.startsWith('position:')).length,
    ).toBeGreaterThanOrEqual(rows.length);
  });
});
