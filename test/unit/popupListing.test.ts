import { describe, expect, it } from 'vitest';
import { loadBundledDataset } from '../../lib/dataset/bundled';
import { querySearchCatalog } from '../../lib/db/catalogQuery';
import { memoryRepository } from '../../lib/db/repository';
import { translator } from '../../lib/i18n';
import { initialPopupSearch } from '../../lib/search/popupState';
import { resultRow } from '../../lib/search/resultView';
import { buildRoundSearch } from '../../lib/search/searchIndex';
import { choicesOf, listingOf, rowIdsOf } from '../../lib/ui/popupListing';

const catalog = await querySearchCatalog(memoryRepository(loadBundledDataset()));
const search = buildRoundSearch(catalog);
const t = translator('en');

describe('the popup listing', () => {
  it('gives the timeline the two lines it shows, and every other field as a full row has it', () => {
    const listing = listingOf(search, initialPopupSearch, 'en', t);
    if (listing.kind !== 'timeline') throw new Error(`expected the timeline, got ${listing.kind}`);
    const rows = listing.groups.flatMap((group) => group.rows);
    expect(rows).toHaveLength(catalog.rounds.length);
    for (const row of rows) {
      const full = resultRow(search.round(row.id)!, [], search, 'en', t);
      expect(row.heads).toBeUndefined();
      expect(row.outcome).toBeUndefined();
      expect({ ...row, heads: full.heads, outcome: full.outcome }).toEqual(full);
    }
    expect(rowIdsOf(listing)).toEqual(rows.map((row) => row.id));
  });

  it('gives search results their full rows, with the matched words marked', () => {
    const listing = listingOf(search, { ...initialPopupSearch, query: 'Istanbul 2025' }, 'en', t);
    if (listing.kind !== 'results') throw new Error(`expected results, got ${listing.kind}`);
    expect(listing.period).toBe('2025');
    const first = listing.rows[0]!;
    expect(first.outcome?.length).toBeGreaterThan(0);
    expect(first.where?.some((segment) => segment.marked && segment.text === 'Istanbul')).toBe(true);
  });

  it('offers the filters’ choices in the language’s order', () => {
    const choices = choicesOf(search, 'de');
    const names = choices.participants.map((option) => option.name);
    expect(names).toEqual([...names].sort(new Intl.Collator('de').compare));
    expect(choices.years[0]).toBeGreaterThan(choices.years[choices.years.length - 1]!);
  });
});
