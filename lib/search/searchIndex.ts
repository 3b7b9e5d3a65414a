import { earliestDay } from '../dataset/dates';
import type { CatalogName, CatalogRound, SearchCatalog } from './catalog';
import { parseQuery, withinPeriods, type ParsedQuery } from './dateQuery';
import { relevanceOf } from './relevance';
import { passesFilters, type SearchFilters } from './roundFilters';
import { loadOrBuildIndex, type RoundIndex } from './roundIndex';
import { processTerm, tokenize } from './terms';

export type { SearchFilters } from './roundFilters';
export { serializedIndexOf } from './roundIndex';

export type SortOrder = 'relevance' | 'date';

export interface SearchHit {
  id: string;
  /** The tier sum of relevanceOf (lib/search/relevance.ts); 0 for date-only and empty queries. */
  relevance: number;
  /** Folded words of the round that matched, for the <mark>s. */
  terms: string[];
}

export interface SearchAnswer {
  query: ParsedQuery;
  hits: SearchHit[];
  /** When the query's dates left nothing: how many the same words find in other years, newest year first. */
  elsewhere?: Array<{ year: number; count: number }>;
  /** When the filters left nothing: how many the query finds without them. */
  withoutFilters?: number;
}

export interface RoundSearch {
  search(query: string, filters?: SearchFilters, sort?: SortOrder): SearchAnswer;
  /** Builds the index now rather than on the first query (call it after the first paint). */
  warm(): void;
  /** The index as JSON, to keep for the next popup. */
  serialized(): string;
  /** Every round, newest first: the timeline. */
  all(): CatalogRound[];
  round(id: string): CatalogRound | undefined;
  name(id: string): CatalogName | undefined;
}

const roundDay = (round: CatalogRound) => earliestDay(round.start);
const newestFirst = (a: CatalogRound, b: CatalogRound) =>
  roundDay(b).localeCompare(roundDay(a)) || a.id.localeCompare(b.id);

interface Searchable {
  /** Newest first, so queries without words list rounds as the timeline does. */
  rounds: CatalogRound[];
  byId: ReadonlyMap<string, CatalogRound>;
  index: () => RoundIndex;
}

function find(searchable: Searchable, parsed: ParsedQuery, filters: SearchFilters, sort: SortOrder): SearchHit[] {
  const { rounds, byId, index } = searchable;
  const keep = (round: CatalogRound) =>
    withinPeriods(parsed.periods, round.start, round.end) && passesFilters(round, filters);
  const hasWords = tokenize(parsed.text).some((word) => processTerm(word) !== null);
  if (!hasWords) return rounds.filter(keep).map((round) => ({ id: round.id, relevance: 0, terms: [] }));
  const results = index().search(parsed.text, {
    filter: (result) => {
      const round = byId.get(String(result.id));
      return round !== undefined && keep(round);
    },
  });
  const hits = results.map((result) => ({
    id: String(result.id),
    relevance: relevanceOf(result),
    score: result.score,
    terms: [...result.terms].sort(),
  }));
  const day = (id: string) => {
    const round = byId.get(id);
    return round ? roundDay(round) : '';
  };
  hits.sort(
    (a, b) =>
      (sort === 'relevance' ? b.relevance - a.relevance : 0) || day(b.id).localeCompare(day(a.id)) || b.score - a.score,
  );
  return hits.map(({ id, relevance, terms }) => ({ id, relevance, terms }));
}

function yearsElsewhere(searchable: Searchable, text: string, filters: SearchFilters, sort: SortOrder) {
  const counts = new Map<number, number>();
  for (const hit of find(searchable, { text, periods: [] }, filters, sort)) {
    const year = Number(searchable.byId.get(hit.id)?.start.slice(0, 4));
    counts.set(year, (counts.get(year) ?? 0) + 1);
  }
  return [...counts].map(([year, count]) => ({ year, count })).sort((a, b) => b.year - a.year);
}

function answer(searchable: Searchable, query: string, filters: SearchFilters, sort: SortOrder): SearchAnswer {
  const parsed = parseQuery(query);
  const hits = find(searchable, parsed, filters, sort);
  if (hits.length > 0) return { query: parsed, hits };
  // Nothing found: say what loosening the dates or the filters would find, so the reader knows which to change.
  const empty: SearchAnswer = { query: parsed, hits };
  if (parsed.periods.length > 0 && parsed.text)
    empty.elsewhere = yearsElsewhere(searchable, parsed.text, filters, sort);
  if (Object.values(filters).some((value) => value !== undefined))
    empty.withoutFilters = find(searchable, parsed, {}, sort).length;
  return empty;
}

/**
 * The search over a catalog. Given a serialized index (kept from an earlier
 * popup) it only loads that, and builds when that fails; either happens on
 * first use, so the timeline, which needs no index, paints first.
 */
export function buildRoundSearch(catalog: SearchCatalog, serializedIndex?: string): RoundSearch {
  const names = new Map(catalog.names.map((name) => [name.id, name]));
  const rounds = [...catalog.rounds].sort(newestFirst);
  const byId = new Map(rounds.map((round) => [round.id, round]));
  let built: RoundIndex | undefined;
  const index = () => (built ??= loadOrBuildIndex(catalog, serializedIndex));
  const searchable: Searchable = { rounds, byId, index };

  return {
    search: (query, filters = {}, sort = 'relevance') => answer(searchable, query, filters, sort),
    warm: () => void index(),
    serialized: () => JSON.stringify(index()),
    all: () => rounds,
    round: (id) => byId.get(id),
    name: (id) => names.get(id),
  };
}
