import { describe, expect, it } from 'vitest';
import { loadBundledDataset } from '../../lib/dataset/bundled';
import { memoryRepository } from '../../lib/db/repository';
import { translator } from '../../lib/i18n';
import { SearchCatalogSchema } from '../../lib/search/catalog';
import { querySearchCatalog } from '../../lib/db/catalogQuery';
import { parseQuery, withinPeriod } from '../../lib/search/dateQuery';
import { initialPopupSearch, popupSearchReducer } from '../../lib/search/popupState';
import { byYear, formatPeriods, resultRow } from '../../lib/search/resultView';
import { buildRoundSearch, serializedIndexOf } from '../../lib/search/searchIndex';
import { markSegments } from '../../lib/search/terms';

const dataset = loadBundledDataset();
const catalog = await querySearchCatalog(memoryRepository(dataset));
const search = buildRoundSearch(catalog);
const ids = (query: string, count = 5) =>
  search
    .search(query)
    .hits.slice(0, count)
    .map((hit) => hit.id);
const yearOf = (id: string) => dataset.rounds.find((round) => round.id === id)?.start.slice(0, 4);

describe('the search catalog', () => {
  it('holds every round, passes its own schema, and names everyone the rounds name', () => {
    expect(catalog.rounds).toHaveLength(dataset.rounds.length);
    expect(SearchCatalogSchema.safeParse(catalog).success).toBe(true);
    const named = new Set(catalog.names.map((name) => name.id));
    for (const round of catalog.rounds)
      for (const id of [...round.parties, ...round.mediators, ...round.hosts, ...(round.place ? [round.place] : [])])
        expect(named).toContain(id);
    // Venues carry their city: the index finds Çırağan by "Istanbul".
    expect(catalog.names.find((name) => name.id === 'ciragan')?.within).toBe('istanbul');
  });

  it('answers the same from the background’s serialized index as from one built here', () => {
    const loaded = buildRoundSearch(catalog, serializedIndexOf(catalog));
    for (const query of [
      'Istanbul 2025',
      'Selenskyj',
      'Gefangenenaustausch',
      'Istambul',
      'all rounds with US mediation',
    ])
      expect(loaded.search(query)).toEqual(search.search(query));
    // A broken index is rebuilt rather than failing the popup.
    expect(buildRoundSearch(catalog, '{"broken":').search('Alaska').hits[0]?.id).toBe('anchorage-2025-08-15');
  });
});

describe('dates in the query', () => {
  it('takes years, months in both languages and days out of the text', () => {
    expect(parseQuery('Istanbul 2025')).toEqual({ text: 'Istanbul', periods: [{ kind: 'year', year: 2025 }] });
    expect(parseQuery('Juni 2025')).toEqual({ text: '', periods: [{ kind: 'month', year: 2025, month: 6 }] });
    expect(parseQuery('July 2025')).toEqual({ text: '', periods: [{ kind: 'month', year: 2025, month: 7 }] });
    expect(parseQuery('März 2022 Antalya').periods).toEqual([{ kind: 'month', year: 2022, month: 3 }]);
    expect(parseQuery('23. Juli 2025')).toEqual({ text: '', periods: [{ kind: 'day', date: '2025-07-23' }] });
    expect(parseQuery('July 23, 2025').periods).toEqual([{ kind: 'day', date: '2025-07-23' }]);
    expect(parseQuery('2.6.2025').periods).toEqual([{ kind: 'day', date: '2025-06-02' }]);
    expect(parseQuery('Genf 2022–2024')).toEqual({ text: 'Genf', periods: [{ kind: 'years', from: 2022, to: 2024 }] });
    expect(parseQuery('what did Medinski say in July?').periods).toEqual([{ kind: 'month-any-year', month: 7 }]);
    expect(parseQuery('Juli Medinski 2025')).toEqual({
      text: 'Medinski',
      periods: [{ kind: 'month', year: 2025, month: 7 }],
    });
  });

  it('leaves words that only look like months alone', () => {
    expect(parseQuery('Mar-a-Lago')).toEqual({ text: 'Mar-a-Lago', periods: [] });
    expect(parseQuery('28-point plan').periods).toEqual([]);
  });

  it('counts a round that spans the period', () => {
    expect(withinPeriod({ kind: 'month', year: 2025, month: 2 }, '2025-01-30', '2025-02-02')).toBe(true);
    expect(withinPeriod({ kind: 'month-any-year', month: 3 }, '2014-02', '2014-04')).toBe(true);
    expect(withinPeriod({ kind: 'year', year: 2024 }, '2025-01-01', undefined)).toBe(false);
  });

  it('says the period in the reader’s language', () => {
    expect(formatPeriods(parseQuery('Juni 2025').periods, 'de', translator('de'))).toBe('Juni 2025');
    expect(formatPeriods(parseQuery('July').periods, 'en', translator('en'))).toBe('July (any year)');
  });
});

describe('searching the rounds', () => {
  it('"Istanbul 2025" gives the three 2025 Istanbul rounds, newest first, in both languages', () => {
    const expected = ['istanbul-2025-07-23', 'istanbul-2025-06-02', 'istanbul-2025-05-16'];
    expect(ids('Istanbul 2025', 3)).toEqual(expected);
    expect(ids('istanbul 2025', 3)).toEqual(expected);
    expect(ids('Istanbuler Gespräche 2025', 3)).toEqual(expected);
  });

  it('a date alone lists that period’s rounds, newest first', () => {
    const june = search.search('Juni 2025').hits.map((hit) => hit.id);
    expect(june).toEqual(
      dataset.rounds
        .filter((round) => round.start.startsWith('2025-06'))
        .map((round) => round.id)
        .sort()
        .reverse(),
    );
    expect(june).toContain('istanbul-2025-06-02');
    const all2022 = search.search('2022').hits.map((hit) => hit.id);
    // Rounds that began in 2022, and standing bodies that still met then.
    expect(all2022).toEqual(
      dataset.rounds
        .filter((round) => withinPeriod({ kind: 'year', year: 2022 }, round.start, round.end))
        .sort((a, b) => b.start.localeCompare(a.start))
        .map((round) => round.id),
    );
    expect(all2022[0]).toBe('peace-formula-2022-11-15');
  });

  it('ignores diacritics and case: Çırağan and Ciragan find the same rounds', () => {
    expect(ids('Çırağan')).toEqual(ids('Ciragan'));
    expect(ids('ÇIRAĞAN', 2)).toEqual(['istanbul-2025-07-23', 'istanbul-2025-06-02']);
  });

  it('knows every spelling of a name: Selenskyj, Zelensky and Zelenskyy find the same rounds', () => {
    const selenskyj = search.search('Selenskyj').hits.map((hit) => hit.id);
    expect(selenskyj.length).toBeGreaterThan(5);
    expect(
      search
        .search('Zelensky')
        .hits.map((hit) => hit.id)
        .sort(),
    ).toEqual([...selenskyj].sort());
    expect(
      search
        .search('Zelenskyy')
        .hits.map((hit) => hit.id)
        .sort(),
    ).toEqual([...selenskyj].sort());
  });

  it('forgives a typo: "Istambul" finds Istanbul', () => {
    expect(ids('Istambul 2025', 3)).toEqual(['istanbul-2025-07-23', 'istanbul-2025-06-02', 'istanbul-2025-05-16']);
    expect(ids('Istambul')).toContain('istanbul-2022-03-29');
  });

  it('completes a prefix: "Medins" finds Medinsky’s rounds', () => {
    expect(ids('Medins')).toContain('istanbul-2025-07-23');
  });

  it('finds the rounds that agreed prisoner exchanges, in German and English', () => {
    for (const query of ['Gefangenenaustausch', 'prisoner exchange']) {
      const found = search.search(query).hits.map((hit) => hit.id);
      for (const id of ['istanbul-2025-05-16', 'istanbul-2025-06-02', 'istanbul-2025-07-23', 'swap-2025-05-23'])
        expect(found).toContain(id);
    }
  });

  it('"Alaska" finds the Anchorage summit first', () => {
    expect(ids('Alaska', 1)).toEqual(['anchorage-2025-08-15']);
    expect(ids('Alaska-Gipfel', 1)).toEqual(['anchorage-2025-08-15']);
  });

  it('answers a question in words', () => {
    expect(ids('when was the second Istanbul round and what came of it?', 1)).toEqual(['istanbul-2025-06-02']);
    expect(ids('what did Medinski say in July?', 1)).toEqual(['istanbul-2025-07-23']);
    const usMediated = ids('all rounds with US mediation', 5).filter((id) =>
      dataset.rounds.find((round) => round.id === id)?.mediators.includes('usa'),
    );
    expect(usMediated.length).toBeGreaterThanOrEqual(3);
    expect(ids('all rounds with US mediation', 1)).toEqual([usMediated[0]]);
  });

  it('filters by year range, format, participant, mediator and host, and sorts by date', () => {
    const trilateral = search.search('', { format: 'trilateral' }).hits.map((hit) => hit.id);
    expect(trilateral.length).toBeGreaterThan(0);
    expect(trilateral.every((id) => dataset.rounds.find((round) => round.id === id)?.format === 'trilateral')).toBe(
      true,
    );
    const medinsky = search
      .search('Istanbul', { participant: 'medinsky', yearFrom: 2025, yearTo: 2025 })
      .hits.map((hit) => hit.id);
    expect(medinsky).toEqual(['istanbul-2025-07-23', 'istanbul-2025-06-02', 'istanbul-2025-05-16']);
    expect(
      search
        .search('', { mediator: 'turkiye' })
        .hits.every((hit) => dataset.rounds.find((round) => round.id === hit.id)?.mediators.includes('turkiye')),
    ).toBe(true);
    expect(search.search('', { host: 'saudi-arabia' }).hits.length).toBeGreaterThan(0);
    const byDate = search.search('Putin', {}, 'date').hits.map((hit) => yearOf(hit.id) ?? '');
    expect(byDate).toEqual([...byDate].sort().reverse());
  });

  it('when dates leave nothing, says where the words are found instead', () => {
    const answer = search.search('Genf 2024');
    expect(answer.hits).toEqual([]);
    expect(answer.elsewhere?.[0]).toEqual({ year: 2026, count: expect.any(Number) });
    expect(answer.elsewhere?.some((entry) => entry.year === 2025)).toBe(true);
    expect(search.search('Ciragan', { format: 'summit' })).toMatchObject({ hits: [], withoutFilters: 2 });
  });
});

describe('result rows', () => {
  it('show date, venue with city, format, heads and one outcome, with the matched words marked', () => {
    const hit = search.search('Çırağan 2025').hits[0]!;
    const round = search.round(hit.id)!;
    const row = resultRow(round, hit.terms, search, 'en', translator('en'));
    expect(row.when).toBe('23 July 2025');
    expect(row.where?.map((segment) => segment.text).join('')).toBe('Çırağan Palace, Istanbul');
    expect(row.where?.find((segment) => segment.marked)?.text).toBe('Çırağan');
    expect(row.format).toBe('Direct talks');
    expect(row.heads?.map((segment) => segment.text).join('')).toContain('Medinsky');
    expect(row.outcome?.length).toBeGreaterThan(0);
  });

  it('pick the outcome the query matched, else one with figures', () => {
    const hit = search.search('prisoner exchange').hits.find((entry) => entry.id === 'istanbul-2025-07-23')!;
    const row = resultRow(search.round(hit.id)!, hit.terms, search, 'en', translator('en'));
    expect(row.outcome?.some((segment) => segment.marked && /exchange/i.test(segment.text))).toBe(true);
    const plain = resultRow(search.round('istanbul-2025-07-23')!, [], search, 'en', translator('en'));
    expect(plain.outcome?.map((segment) => segment.text).join('')).toMatch(/1,200/);
  });

  it('group by year, newest first', () => {
    const rows = search.all().map((round) => resultRow(round, [], search, 'de', translator('de')));
    const years = byYear(rows).map((group) => group.year);
    expect(years).toEqual([...years].sort((a, b) => b - a));
    expect(years[years.length - 1]).toBe(2014);
  });

  it('mark whole words by their folded form', () => {
    expect(markSegments('Gespräche in Çırağan, Istanbul', new Set(['ciragan']))).toEqual([
      { text: 'Gespräche in ', marked: false },
      { text: 'Çırağan', marked: true },
      { text: ', Istanbul', marked: false },
    ]);
  });
});

describe('the popup’s keys', () => {
  it('move through the rows, open one, go back, then clear the query', () => {
    let state = popupSearchReducer(initialPopupSearch, { type: 'query', query: 'Istanbul' });
    state = popupSearchReducer(state, { type: 'move', by: 1, count: 3 });
    expect(state.active).toBe(0);
    state = popupSearchReducer(state, { type: 'move', by: -1, count: 3 });
    expect(state.active).toBe(2);
    state = popupSearchReducer(state, { type: 'open', id: 'istanbul-2025-06-02' });
    expect(state.detail).toBe('istanbul-2025-06-02');
    state = popupSearchReducer(state, { type: 'escape' });
    expect(state).toEqual({ query: 'Istanbul', filters: {}, sort: 'relevance', active: 2 });
    state = popupSearchReducer(state, { type: 'escape' });
    expect(state.query).toBe('');
  });
});
