import { describe, expect, it } from 'vitest';
import type { CatalogRound, SearchCatalog } from '../../lib/search/catalog';
import { documentsOf } from '../../lib/search/roundDocuments';
import { passesFilters } from '../../lib/search/roundFilters';
import { closeness } from '../../lib/search/termCloseness';

const text = (de: string, en = de) => ({ de, en });

const round = (change: Partial<CatalogRound> = {}): CatalogRound => ({
  id: 'winter-round',
  kind: 'round',
  format: 'mediated',
  title: text('Winterrunde', 'Winter round'),
  aliases: [],
  start: '2024-12-30',
  end: '2025-01-02',
  parties: ['ukraine', 'russia'],
  delegations: [{ party: 'ukraine', heads: ['umerov'], members: [] }],
  hosts: [],
  mediators: [],
  agenda: text('Gefangene'),
  summary: text('Austausch'),
  outcomes: [],
  ...change,
});

const catalogOf = (rounds: CatalogRound[], change: Partial<SearchCatalog> = {}): SearchCatalog => ({
  version: 'test',
  rounds,
  names: [],
  series: [],
  positions: [],
  ...change,
});

describe('termCloseness', () => {
  it('counts an exact word full, a prefix or a typo half, and short words only exactly', () => {
    expect(closeness('istanbul', 'istanbul')).toBe(1);
    expect(closeness('ist', 'istanbul')).toBe(0.5);
    expect(closeness('istambul', 'istanbul')).toBe(0.5);
    expect(closeness('ab', 'abc')).toBe(0);
    expect(closeness('genf', 'paris')).toBe(0);
  });
});

describe('roundFilters', () => {
  it('counts a round spanning the turn of a year in both years', () => {
    expect(passesFilters(round(), { yearFrom: 2025 })).toBe(true);
    expect(passesFilters(round(), { yearTo: 2024 })).toBe(true);
    expect(passesFilters(round(), { yearTo: 2023 })).toBe(false);
  });

  it('finds a participant among the delegations, not only the parties', () => {
    expect(passesFilters(round(), { participant: 'umerov' })).toBe(true);
    expect(passesFilters(round(), { participant: 'medinsky' })).toBe(false);
    expect(passesFilters(round(), { mediator: 'turkey' })).toBe(false);
  });
});

describe('roundDocuments', () => {
  it('keeps the country apart from the venue and city, and says mediation only where there are mediators', () => {
    const catalog = catalogOf([round({ place: 'ciragan', mediators: ['turkey'] }), round({ id: 'unmediated' })], {
      names: [
        {
          id: 'ciragan',
          type: 'place',
          name: text('Çırağan-Palast', 'Çırağan Palace'),
          aliases: [],
          within: 'istanbul',
        },
        { id: 'istanbul', type: 'place', name: text('Istanbul'), aliases: [], within: 'turkey' },
        { id: 'turkey', type: 'state', name: text('Türkei', 'Turkey'), aliases: ['Türkiye'] },
      ],
    });
    const [mediated, unmediated] = documentsOf(catalog);
    expect(mediated?.place).toBe('Çırağan Palast Palace Istanbul');
    expect(mediated?.country).toBe('Türkei Turkey Türkiye');
    expect(mediated?.roles).toContain('Vermittler');
    expect(unmediated?.roles).not.toContain('Vermittler');
  });
});
