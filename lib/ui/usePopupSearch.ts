import { useCallback, useEffect, useLayoutEffect, useMemo, useReducer, useState } from 'preact/hooks';
import type { DetailState, FilterChoices, Listing, PopupSearchModel } from '../../components/popup/types';
import type { Language } from '../dataset/schema';
import type { Translate } from '../i18n';
import { request, type SendMessage } from '../messaging/client';
import type { SearchCatalog } from '../search/catalog';
import { initialPopupSearch, popupSearchReducer } from '../search/popupState';
import { buildRoundSearch, type RoundSearch } from '../search/searchIndex';
import type { IndexCache } from './indexCache';
import { choicesOf, EMPTY_CHOICES, listingOf, rowIdsOf } from './popupListing';

type CatalogAnswer =
  { status: 'loading' } | { status: 'ready'; catalog: SearchCatalog } | { status: 'error'; error: string };

/** Asks the background for the search catalog, again whenever `retry` is called. */
function useSearchCatalog(send: SendMessage): { catalog: CatalogAnswer; retry: () => void } {
  const [catalog, setCatalog] = useState<CatalogAnswer>({ status: 'loading' });
  const [attempt, setAttempt] = useState(0);
  // A layout effect, so the question leaves as soon as the popup has rendered, while the browser paints its
  // first frame, rather than after that frame (where effects run): the answer is what the timeline waits for.
  useLayoutEffect(() => {
    let current = true;
    setCatalog((now) => (now.status === 'loading' ? now : { status: 'loading' }));
    void request(send, { type: 'search-catalog' }).then((answer) => {
      if (current)
        setCatalog(answer.ok ? { status: 'ready', catalog: answer.catalog } : { status: 'error', error: answer.error });
    });
    return () => {
      current = false;
    };
  }, [send, attempt]);
  const retry = useCallback(() => setAttempt((value) => value + 1), []);
  return { catalog, retry };
}

/**
 * The search over the catalog, with the index loaded from the popup's cache
 * or built, after the timeline has painted (the timeline needs no index);
 * a built index is kept for the next popup.
 */
function useRoundSearch(catalog: CatalogAnswer, indexCache: IndexCache | undefined): RoundSearch | undefined {
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
  return search;
}

/** The open round's full view, asked of the background whenever another round opens or the language changes. */
function useRoundDetail(send: SendMessage, roundId: string | undefined, lang: Language): DetailState | undefined {
  const [detail, setDetail] = useState<DetailState | undefined>(undefined);
  useEffect(() => {
    if (roundId === undefined) {
      setDetail(undefined);
      return;
    }
    let current = true;
    setDetail({ status: 'loading' });
    void request(send, { type: 'round-view', roundId, lang }).then((answer) => {
      if (current)
        setDetail(answer.ok ? { status: 'ready', round: answer.round } : { status: 'error', error: answer.error });
    });
    return () => {
      current = false;
    };
  }, [send, roundId, lang]);
  return detail;
}

/**
 * The filters' choices, from the paint after the catalog's on. They fill the
 * selects of the folded filters, which show nothing of them until opened,
 * and their options were a third of the elements of the popup's first render.
 */
function useFilterChoices(search: RoundSearch | undefined, lang: Language): FilterChoices {
  const [painted, setPainted] = useState<RoundSearch | undefined>(undefined);
  useEffect(() => setPainted(search), [search]);
  return useMemo(
    () => (search && painted === search ? choicesOf(search, lang) : EMPTY_CHOICES),
    [search, painted, lang],
  );
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
  const { catalog, retry } = useSearchCatalog(send);
  const search = useRoundSearch(catalog, indexCache);
  const [state, dispatch] = useReducer(popupSearchReducer, initialPopupSearch);
  const detail = useRoundDetail(send, state.detail, lang);

  // Moving the highlight or opening a round changes the state but not the list: the rows are kept.
  const listing = useMemo<Listing>(
    () => (search ? listingOf(search, state, lang, t) : { kind: 'timeline', groups: [] }),
    [search, state.query, state.filters, state.sort, lang],
  );
  const rowIds = useMemo(() => rowIdsOf(listing), [listing]);
  const choices = useFilterChoices(search, lang);
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
