import { describe, expect, it } from 'vitest';
import { BUNDLED_FILES, bundledDatasetProblems, loadBundledDataset } from '../../lib/dataset/bundled';
import { DATASET_FILES, validateFile } from '../../lib/dataset/files';
import { validateDataset } from '../../lib/dataset/validate';
import type { Dataset, Entity } from '../../lib/dataset/schema';

const source = { url: 'https://example.org/a', outlet: 'Example', lang: 'en' };
const text = (en: string) => ({ de: `${en} (de)`, en });

function person(id: string, extra: Partial<Entity> = {}): Entity {
  return {
    id,
    type: 'person',
    name: text(id),
    summary: text(`${id} summary`),
    aliases: [{ text: id, lang: 'any', caseSensitive: false, needsContext: false, ambiguousWith: [], kind: 'name' }],
    roles: [],
    sources: [source],
    ...extra,
  };
}

function dataset(parts: Partial<Dataset>): unknown {
  return { meta: { name: 't', asOf: '2026-11-25', coversUntil: '2026-04' }, entities: [], ...parts };
}

const role = (office: string, from: string, to?: string) => ({
  title: text(office),
  office,
  from,
  ...(to ? { to } : {}),
  sources: [source],
});

describe('the bundled dataset', () => {
  it('passes every check, file by file and as a whole', () => {
    expect(bundledDatasetProblems()).toEqual([]);
    expect(loadBundledDataset().version).toMatch(/^[0-9a-f]{16}$/);
  });

  it('lists the same files in the bundle as in DATASET_FILES', () => {
    expect(Object.keys(BUNDLED_FILES).sort()).toEqual(DATASET_FILES.map(({ file }) => file).sort());
  });

  it('names the file, the row and the field of a broken row', () => {
    const broken = [{ ...person('someone'), summary: { de: ' ', en: 'only English' } }];
    expect(bundledDatasetProblems({ ...BUNDLED_FILES, 'data/entities/places.json': broken })).toContain(
      'data/entities/places.json: row 0 (someone): summary.de: the German text is missing',
    );
  });
});

describe('validateDataset', () => {
  it('accepts a consistent dataset and versions it by content', () => {
    const first = validateDataset(dataset({ entities: [person('alpha')] }));
    const second = validateDataset(dataset({ entities: [person('beta')] }));
    expect(first.ok && second.ok && first.dataset.version !== second.dataset.version).toBe(true);
  });

  it('refuses a fact without a source and a source that is no web address', () => {
    const result = validateDataset(
      dataset({
        entities: [
          person('alpha', { roles: [{ ...role('x-office', '2020-01-01'), sources: [] }] }),
          person('beta', { sources: [{ ...source, url: 'javascript:alert(1)' }] }),
        ],
      }),
    );
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.problems).toContain('entities[0].roles[0].sources: a role needs at least one source');
      expect(result.problems).toContain('entities[1].sources[0].url: a source is an http(s) URL');
    }
  });

  it('refuses dangling ids, duplicate ids and spans that end before they start', () => {
    const result = validateDataset(
      dataset({
        entities: [
          person('alpha', { side: 'nowhere', roles: [role('x-office', '2020-05-01', '2020-04-30')] }),
          person('alpha'),
        ],
        rounds: [
          {
            id: 'r-2020',
            kind: 'round',
            format: 'direct-bilateral',
            title: text('Round'),
            aliases: [],
            start: '2020-03-02',
            end: '2020-03-01',
            parties: ['alpha', 'ghost'],
            delegations: [],
            hosts: [],
            mediators: [],
            agenda: text('agenda'),
            summary: text('summary'),
            outcomes: [],
            sources: [source],
          },
        ],
      }),
    );
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.problems).toEqual(
        expect.arrayContaining([
          'entities alpha: id: already used in entities',
          'entities alpha: side: unknown entity "nowhere"',
          'entities alpha: roles[0].to: ends before it starts (2020-05-01 → 2020-04-30)',
          'rounds r-2020: end: ends before it starts (2020-03-02 → 2020-03-01)',
          'rounds r-2020: parties: unknown entity "ghost"',
        ]),
      );
    }
  });

  it('refuses two holders of one office at once, but lets a successor start on the predecessor’s (exclusive) end day', () => {
    const overlapping = validateDataset(
      dataset({
        entities: [
          person('kuleba', { roles: [role('ukraine-foreign-minister', '2020-03-04', '2024-09-05')] }),
          person('sybiha', { roles: [role('ukraine-foreign-minister', '2024-09-01')] }),
        ],
      }),
    );
    expect(overlapping.ok ? [] : overlapping.problems).toEqual([
      'entities sybiha: roles (office ukraine-foreign-minister): held at the same time as kuleba (2020-03-04–2024-09-05 and 2024-09-01–open)',
    ]);
    const handover = validateDataset(
      dataset({
        entities: [
          person('kuleba', { roles: [role('ukraine-foreign-minister', '2020-03-04', '2024-09-05')] }),
          person('sybiha', { roles: [role('ukraine-foreign-minister', '2024-09-05')] }),
        ],
      }),
    );
    expect(handover.ok).toBe(true);
    // A month-only end would make two people hold one post for a month: ends are days.
    const monthEnd = validateDataset(
      dataset({ entities: [person('alpha', { roles: [role('some-office', '2019', '2025-07')] })] }),
    );
    expect(monthEnd.ok ? [] : monthEnd.problems.join('\n')).toContain('roles[0].to: expected a date as YYYY-MM-DD');
  });

  it('refuses an alias claimed by two entities unless both name the other', () => {
    const shared = (id: string, other?: string) =>
      person(id, {
        aliases: [
          {
            text: 'Medwedew',
            lang: 'de',
            caseSensitive: false,
            needsContext: false,
            ambiguousWith: other ? [other] : [],
            kind: 'surname',
          },
        ],
      });
    const clash = validateDataset(
      dataset({ entities: [shared('dmitry-medvedev'), shared('other-medvedev', 'dmitry-medvedev')] }),
    );
    expect(clash.ok ? [] : clash.problems).toEqual([
      'entities dmitry-medvedev: aliases "medwedew": also claimed by other-medvedev without ambiguousWith',
    ]);
    expect(
      validateDataset(
        dataset({
          entities: [shared('dmitry-medvedev', 'other-medvedev'), shared('other-medvedev', 'dmitry-medvedev')],
        }),
      ).ok,
    ).toBe(true);
  });

  it('refuses something that is not a dataset at all', () => {
    const result = validateDataset('not json');
    expect(result.ok).toBe(false);
  });
});

describe('validateFile', () => {
  it('names row, id and field', () => {
    expect(validateFile('data/rounds-2014-2024.json', 'rounds', [{ id: 'x-2014' }])).toContain(
      'data/rounds-2014-2024.json: row 0 (x-2014): kind: Invalid option: expected one of "round"|"summit"|"agreement"|"truce"|"call"|"meeting"|"document"|"exchange"|"body"',
    );
  });
});
