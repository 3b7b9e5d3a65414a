import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { loadBundledDataset } from '../../lib/dataset/bundled';
import {
  DatasetSchema,
  IsoDateSchema,
  PartialDateSchema,
  MAX_ALIAS_CHARS,
  MAX_ALIASES_PER_ROW,
  MAX_ENTITIES,
  MAX_POSITIONS,
  MAX_ROUNDS,
} from '../../lib/dataset/schema';
import { validateDataset } from '../../lib/dataset/validate';
import { openDatabase } from '../../lib/db/database';
import { MAX_IMPORT_BYTES } from '../../lib/dataset/schema';
import { importDataset } from '../../lib/db/importDataset';
import { seedDatabase } from '../../lib/db/seed';
import { miniDataset, miniDatasetRaw } from '../fixtures/miniDataset';

const freshDb = () => openDatabase({ indexedDB: new IDBFactory(), IDBKeyRange });
const withRaw = (change: (raw: typeof miniDatasetRaw) => void) => {
  const raw = structuredClone(miniDatasetRaw);
  change(raw);
  return raw;
};
const problemsOf = (raw: unknown) => {
  const result = validateDataset(raw);
  return result.ok ? [] : result.problems;
};

describe('dates', () => {
  it('refuses impossible calendar dates, in full and partial dates alike', () => {
    for (const impossible of [
      '9999-99-99',
      '2025-02-30',
      '2025-13-01',
      '2025-00-10',
      '2025-04-31',
      '2023-02-29',
      '2025-01-00',
    ]) {
      expect(IsoDateSchema.safeParse(impossible).success, impossible).toBe(false);
      expect(PartialDateSchema.safeParse(impossible).success, impossible).toBe(false);
    }
    for (const possible of ['2024-02-29', '2000-02-29', '2025-12-31', '2025-04-30']) {
      expect(IsoDateSchema.safeParse(possible).success, possible).toBe(true);
      expect(PartialDateSchema.safeParse(possible).success, possible).toBe(true);
    }
    expect(PartialDateSchema.safeParse('2025').success).toBe(true);
    expect(PartialDateSchema.safeParse('2025-02').success).toBe(true);
    expect(problemsOf(withRaw((raw) => (raw.rounds[0]!.start = '2025-02-30')))).toContain(
      'rounds[0].start: no such date: 2025-02-30',
    );
  });

  it('refuses an import dated more than a day ahead of the clock, keeping the data in use', async () => {
    const db = freshDb();
    await seedDatabase(db, miniDataset());
    const before = await db.meta.get('dataset');
    const now = new Date('2026-12-05T20:00:00Z');
    const dated = (asOf: string) => JSON.stringify(withRaw((raw) => (raw.meta.asOf = asOf)));
    expect(await importDataset(db, dated('2999-01-01'), now)).toEqual({
      ok: false,
      problems: ['meta.asOf: 2999-01-01 is later than tomorrow (2026-12-06)'],
    });
    expect(await importDataset(db, dated('2026-12-07'), now)).toMatchObject({ ok: false });
    expect(await db.meta.get('dataset')).toEqual(before);
    expect(await importDataset(db, dated('2026-12-06'), now)).toMatchObject({ ok: true });
  });

  it('does not keep a stored import dated in the future across an update', async () => {
    const db = freshDb();
    const bundled = miniDataset();
    await seedDatabase(db, bundled);
    // As an older version (without the check at import) could have stored it.
    await db.meta.update('dataset', { origin: 'imported', asOf: '2999-01-01' });
    expect(await seedDatabase(db, { ...bundled, version: 'update' }, new Date('2026-12-05T20:00:00Z'))).toBe('seeded');
    expect(await db.meta.get('dataset')).toMatchObject({
      origin: 'bundled',
      version: 'update',
      notice: 'import-replaced-by-bundled',
    });
  });
});

describe('limits of an imported dataset', () => {
  it('keeps ample headroom over the bundled dataset', () => {
    const bundled = loadBundledDataset();
    const rows = [...bundled.entities, ...bundled.offices, ...bundled.series, ...bundled.rounds];
    const longestAlias = Math.max(...rows.flatMap((row) => row.aliases.map((alias) => alias.text.length)));
    const mostAliases = Math.max(...rows.map((row) => row.aliases.length));
    // Figures when the limits were set: 66 characters, 17 aliases, 378 entities, 84 rounds, 89 positions, 1.4 MB pretty-printed.
    expect(longestAlias * 1.5).toBeLessThan(MAX_ALIAS_CHARS);
    expect(mostAliases * 3).toBeLessThan(MAX_ALIASES_PER_ROW);
    expect(bundled.entities.length * 5).toBeLessThan(MAX_ENTITIES);
    expect(bundled.rounds.length * 5).toBeLessThan(MAX_ROUNDS);
    expect(bundled.positions.length * 5).toBeLessThan(MAX_POSITIONS);
    const data = {
      meta: bundled.meta,
      entities: bundled.entities,
      offices: bundled.offices,
      series: bundled.series,
      rounds: bundled.rounds,
      positions: bundled.positions,
    };
    expect(new TextEncoder().encode(JSON.stringify(data, null, 2)).length * 2).toBeLessThan(MAX_IMPORT_BYTES);
  });

  it('refuses an alias longer than the limit and a row with too many aliases', () => {
    const alias = miniDatasetRaw.entities[0]!.aliases[0]!;
    expect(problemsOf(withRaw((raw) => (raw.entities[0]!.aliases[0]!.text = 'x'.repeat(MAX_ALIAS_CHARS + 1))))).toEqual(
      [`entities[0].aliases[0].text: an alias has at most ${MAX_ALIAS_CHARS} characters`],
    );
    expect(problemsOf(withRaw((raw) => (raw.entities[0]!.aliases[0]!.text = 'x'.repeat(MAX_ALIAS_CHARS))))).toEqual([]);
    const many = (count: number) =>
      Array.from({ length: count }, (_, index) => ({ ...alias, text: `${alias.text} ${index}` }));
    expect(problemsOf(withRaw((raw) => (raw.entities[0]!.aliases = many(MAX_ALIASES_PER_ROW + 1))))).toEqual([
      `entities[0].aliases: at most ${MAX_ALIASES_PER_ROW} aliases`,
    ]);
    expect(problemsOf(withRaw((raw) => (raw.rounds[0]!.aliases = many(MAX_ALIASES_PER_ROW + 1))))).toEqual([
      `rounds[0].aliases: at most ${MAX_ALIASES_PER_ROW} aliases`,
    ]);
    expect(problemsOf(withRaw((raw) => (raw.series[0]!.aliases = many(MAX_ALIASES_PER_ROW + 1))))).toEqual([
      `series[0].aliases: at most ${MAX_ALIASES_PER_ROW} aliases`,
    ]);
    expect(problemsOf(withRaw((raw) => (raw.offices[0]!.aliases = many(MAX_ALIASES_PER_ROW + 1))))).toEqual([
      `offices[0].aliases: at most ${MAX_ALIASES_PER_ROW} aliases`,
    ]);
  });

  it('refuses more entities, rounds or positions than the limits', () => {
    const entity = miniDatasetRaw.entities[0]!;
    const round = miniDatasetRaw.rounds[0]!;
    const position = miniDatasetRaw.positions[0]!;
    const tooMany = {
      meta: miniDatasetRaw.meta,
      entities: Array.from({ length: MAX_ENTITIES + 1 }, (_, index) => ({ ...entity, id: `e-${index}` })),
      rounds: Array.from({ length: MAX_ROUNDS + 1 }, (_, index) => ({ ...round, id: `r-${index}` })),
      positions: Array.from({ length: MAX_POSITIONS + 1 }, (_, index) => ({ ...position, id: `p-${index}` })),
    };
    const parsed = DatasetSchema.safeParse(tooMany);
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`)).toEqual([
      `entities: at most ${MAX_ENTITIES} entities`,
      `rounds: at most ${MAX_ROUNDS} rounds`,
      `positions: at most ${MAX_POSITIONS} positions`,
    ]);
  });

  it('refuses a file over the size limit before parsing it', async () => {
    expect(MAX_IMPORT_BYTES).toBe(4 * 1024 * 1024);
    expect(await importDataset(freshDb(), 'x'.repeat(MAX_IMPORT_BYTES + 1))).toEqual({
      ok: false,
      problems: ['the file is 4.0 MB; the limit is 4 MB'],
    });
  });
});
