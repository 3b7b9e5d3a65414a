import { describe, expect, it } from 'vitest';
import { loadBundledDataset } from '../../lib/dataset/bundled';
import { validateDataset } from '../../lib/dataset/validate';
import entities from '../../data/entities.json';
import meta from '../../data/meta.json';

const clone = <T>(value: T): T => structuredClone(value);

describe('bundled dataset', () => {
  it('validates and carries a content-hash version', () => {
    const dataset = loadBundledDataset();
    expect(dataset.entities.length).toBeGreaterThanOrEqual(5);
    expect(dataset.version).toMatch(/^[0-9a-f]{8}$/);
  });

  it('gives every entity a name and summary in both languages and a source', () => {
    for (const entity of loadBundledDataset().entities) {
      expect(entity.name.de.trim(), entity.id).not.toBe('');
      expect(entity.name.en.trim(), entity.id).not.toBe('');
      expect(entity.summary.de.trim(), entity.id).not.toBe('');
      expect(entity.summary.en.trim(), entity.id).not.toBe('');
      expect(entity.sources.length, entity.id).toBeGreaterThan(0);
    }
  });

  it('changes its version when the content changes', () => {
    const edited = clone(entities);
    edited[0]!.summary.en += ' Edited.';
    const before = validateDataset({ meta, entities });
    const after = validateDataset({ meta, entities: edited });
    expect(before.ok && after.ok && before.dataset.version !== after.dataset.version).toBe(true);
  });
});

describe('validateDataset', () => {
  it('names the path of a missing German text', () => {
    const broken = clone(entities) as Array<Record<string, unknown>>;
    (broken[1]!.summary as Record<string, unknown>).de = undefined;
    const result = validateDataset({ meta, entities: broken });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems[0]).toMatch(/^entities\[1\]\.summary\.de: /);
  });

  it('refuses a source that is not https', () => {
    const broken = clone(entities);
    broken[0]!.sources[0]!.url = 'http://example.org/story';
    const result = validateDataset({ meta, entities: broken });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems.join('\n')).toContain('entities[0].sources[0].url: source links must use https');
  });

  it('refuses duplicate ids and roles that end before they start', () => {
    const broken = clone(entities);
    broken.push(clone(broken[0]!));
    (broken[1]!.roles[0] as { to?: string }).to = '2000-01-01';
    const result = validateDataset({ meta, entities: broken });
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.problems.join('\n')).toContain('duplicate id "zelensky"');
      expect(result.problems.join('\n')).toContain('entities[1].roles[0].to: a role cannot end before it starts');
    }
  });

  it('refuses something that is not a dataset at all', () => {
    const result = validateDataset('not json');
    expect(result).toEqual({ ok: false, problems: [expect.stringContaining('(root)')] });
  });
});
