import { useCallback, useEffect, useMemo, useReducer, useState } from 'preact/hooks';
import type { Language, RoundFormat } from '../dataset/schema';
import type { Translate } from '../i18n';
import { request, type SendMessage } from '../messaging/client';
import type { RoundView } from '../messaging/protocol';
import type { SearchCatalog } from '../search/catalog';
import {
  initialPopupSearch,
  popupSearchReducer,
  type PopupSearchAction,
  type PopupSearchState,
} from '../search/popupState';
import { byYear, formatPeriods, resultRow, type ResultRow } from '../search/resultView';
import { buildRoundSearch, type RoundSearch } from '../search/searchIndex';

export type CatalogStatus = { status: 'loading' } | { status: 'ready' } | { status: 'error'; error: string };
export type DetailState =
  { status: 'loading' } | { status: 'ready'; round: RoundView } | { status: 'error'; error: string };

export interface NamedOption {
  id: string;
  name: string;
}

export interface FilterChoices {
  years: number[];
  formats: RoundFormat[];
  participants: NamedOption[];
  mediators: NamedOption[];
  hosts: NamedOption[];
}

/** What the list area shows: all rounds by year, a period's rounds, search results, or why there are none. */
export type Listing =
  | { kind: 'timeline'; groups: Array<{ year: number; rows: ResultRow[] }> }
  | { kind: 'results'; rows: ResultRow[]; period?: string }
  | {
      kind: 'none';
      text: string;
      period?: string;
      elsewhere?: Array<{ year: number; count: number }>;
      withoutFilters?: number;
    };

export interface PopupSearchModel {
  catalog: CatalogStatus;
  state: PopupSearchState;
  listing: Listing;
  /** The rows in display order, for arrow keys and aria-activedescendant. */
  rowIds: string[];
  choices: FilterChoices;
  detail?: DetailState;
  dispatch: (action: PopupSearchAction) => void;
  retry: () => void;
  /** Drops the dates from the query, keeping its words. */
  searchAllYears: () => void;
}

/**
 * Where the popup keeps the serialized index between openings, keyed by the
 * dataset version: loading it is several times cheaper than building it.
 */
export interface IndexCache {
  load(version: string): string | undefined;
  save(version: string, index: string): void;
}

const EMPTY_CHOICES: FilterChoices = { years: [], formats: [], participants: [], mediators: [], hosts: [] };

export function choicesOf(search: RoundSearch, lang: Language): FilterChoices {
  const rounds = search.all();
  // One collator for all: localeCompare with a locale builds one per comparison.
  const collator = new Intl.Collator(lang);
  const named = (ids: Iterable<string>) =>
    [...new Set(ids)]
      .map((id) => ({ id, name: search.name(id)?.name[lang] ?? id }))
      .sort((a, b) => collator.compare(a.name, b.name));
  const years = rounds.map((round) => Number(round.start.slice(0, 4)));
  const first = Math.min(...years);
  const last = Math.max(...years);
  return {
    years: rounds.length > 0 ? Array.from({ length: last - first + 1 }, (_, index) => last - index) : [],
    formats: [...new Set(rounds.map((round) => round.format))].sort(),
    participants: named(
      rounds.flatMap((round) => [...round.parties, ...round.delegations.flatMap((delegation) => delegation.heads)]),
    ),
    mediators: named(rounds.flatMap((round) => round.mediators)),
    hosts: named(rounds.flatMap((round) => round.hosts)),
  };
}

/** Builds the list area for the current state; pure, so it runs in tests and in the benchmark without a popup. */
export function listingOf(search: RoundSearch, state: PopupSearchState, lang: Language, t: Translate): Listing {
  const answer = search.search(state.query, state.filters, state.sort);
  const rows = answer.hits.flatMap((hit) => {
    const round = search.round(hit.id);
    return round ? [resultRow(round, hit.terms, search, lang, t)] : [];
  });
  const period = answer.query.periods.length > 0 ? formatPeriods(answer.query.periods, lang, t) : undefined;
  if (!state.query.trim()) return { kind: 'timeline', groups: byYear(rows) };
  if (rows.length > 0) return { kind: 'results', rows, ...(period ? { period } : {}) };
  return {
    kind: 'none',
    text: answer.query.text,
    ...(period ? { period } : {}),
    ...(answer.elsewhere ? { elsewhere: answer.elsewhere } : {}),
    ...(answer.withoutFilters !== undefined ? { withoutFilters: answer.withoutFilters } : {}),
  };
}

export function rowIdsOf(listing: Listing): string[] {
  if (listing.kind === 'timeline') return listing.groups.flatMap((group) => group.rows.map((row) => row.id));
  return listing.kind === 'results' ? listing.rows.map((row) => row.id) : [];
}

/**
 * The popup's search: asks the background for the catalog once, answers
 * every keystroke locally, and asks for a round's full view when it opens.
 */
export function usePopupSearch(
  send: SendMessage,
  lang: Language,
  t: Translate,
  indexCache?: IndexCache,
): PopupSearchModel {
  const [catalog, setCatalog] = useState<
    { status: 'loading' } | { status: 'ready'; catalog: SearchCatalog } | { status: 'error'; error: string }
  >({ status: 'loading' });
  const [attempt, setAttempt] = useState(0);
  const [state, dispatch] = useReducer(popupSearchReducer, initialPopupSearch);
  const [detail, setDetail] = useState<DetailState | undefined>(undefined);

  useEffect(() => {
    let current = true;
    setCatalog({ status: 'loading' });
    void request(send, { type: 'search-catalog' }).then((answer) => {
      if (current)
        setCatalog(answer.ok ? { status: 'ready', catalog: answer.catalog } : { status: 'error', error: answer.error });
    });
    return () => {
      current = false;
    };
  }, [send, attempt]);

  const kept = useMemo(
    () => (catalog.status === 'ready' ? indexCache?.load(catalog.catalog.version) : undefined),
    [catalog, indexCache],
  );
  const search = useMemo(
    () => (catalog.status === 'ready' ? buildRoundSearch(catalog.catalog, kept) : undefined),
    [catalog, kept],
  );
  useEffect(() => {
    // The timeline paints first; the index is loaded or built right after, before the reader has typed much.
    const timer = search
      ? setTimeout(() => {
          search.warm();
          if (!kept && catalog.status === 'ready') indexCache?.save(catalog.catalog.version, search.serialized());
        }, 0)
      : undefined;
    return () => clearTimeout(timer);
  }, [search]);

  const listing = useMemo<Listing>(
    () => (search ? listingOf(search, state, lang, t) : { kind: 'timeline', groups: [] }),
    [search, state.query, state.filters, state.sort, lang],
  );
  const rowIds = useMemo(() => rowIdsOf(listing), [listing]);
  const choices = useMemo(() => (search ? choicesOf(search, lang) : EMPTY_CHOICES), [search, lang]);

  useEffect(() => {
    if (state.detail === undefined) {
      setDetail(undefined);
      return;
    }
    let current = true;
    setDetail({ status: 'loading' });
    void request(send, { type: 'round-view', roundId: state.detail, lang }).then((answer) => {
      if (current)
        setDetail(answer.ok ? { status: 'ready', round: answer.round } : { status: 'error', error: answer.error });
    });
    return () => {
      current = false;
    };
  }, [send, state.detail, lang]);

  const retry = useCallback(() => setAttempt((value) => value + 1), []);
  const searchAllYears = useCallback(() => {
    if (listing.kind === 'none') dispatch({ type: 'query', query: listing.text });
  }, [listing]);

  return {
    catalog: catalog.status === 'error' ? catalog : { status: catalog.status },
    state,
    listing,
    rowIds,
    choices,
    ...(detail ? { detail } : {}),
    dispatch,
    retry,
    searchAllYears,
  };
}
