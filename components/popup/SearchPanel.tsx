import type { Ref } from 'preact';
import { useCallback, useEffect, useMemo, useRef } from 'preact/hooks';
import type { Language } from '../../lib/dataset/schema';
import type { Translate } from '../../lib/i18n';
import { Filters } from './Filters';
import { optionId } from './RoundOption';
import { ResultList } from './ResultList';
import { RoundDetail } from './RoundDetail';
import { SearchBox } from './SearchBox';
import { SearchStatus } from './SearchStatus';
import { Timeline } from './Timeline';
import type { PopupSearchModel } from './types';

export interface SearchPanelProps {
  model: PopupSearchModel;
  lang: Language;
  t: Translate;
}

const LIST_ID = 'round-list';

/** What the panel's parts share: the model, the language, the highlighted row and how a round opens. */
interface PartProps {
  model: PopupSearchModel;
  t: Translate;
  activeRow: string | undefined;
  open: (id: string) => void;
}

/** The search box and the filters above the list. */
function SearchControls({ model, t, activeRow, open, input }: PartProps & { input: Ref<HTMLInputElement> }) {
  const { state, listing, rowIds, dispatch } = model;
  return (
    <>
      <SearchBox
        value={state.query}
        t={t}
        listId={LIST_ID}
        activeId={activeRow ? optionId(activeRow) : undefined}
        expanded={rowIds.length > 0}
        inputRef={input}
        onInput={(query) => dispatch({ type: 'query', query })}
        onMove={(by) => dispatch({ type: 'move', by, count: rowIds.length })}
        onEnter={() => {
          const id = activeRow ?? (listing.kind === 'results' ? rowIds[0] : undefined);
          if (id) open(id);
        }}
      />
      <Filters
        filters={state.filters}
        sort={state.sort}
        choices={model.choices}
        t={t}
        onFilters={(filters) => dispatch({ type: 'filters', filters })}
        onSort={(sort) => dispatch({ type: 'sort', sort })}
      />
    </>
  );
}

/** The status line and the timeline or the results. */
function RoundListing({ model, t, activeRow, open }: PartProps) {
  const { listing } = model;
  // The same element while the list, the highlight, the handler and the language stay: Preact then skips
  // the rows, so what re-renders the popup around them (the dataset line, the page's mentions, the filter
  // choices after the first paint) does not re-render every round.
  const list = useMemo(() => {
    if (listing.kind === 'timeline')
      return <Timeline id={LIST_ID} groups={listing.groups} activeId={activeRow} t={t} onOpen={open} />;
    if (listing.kind === 'results')
      return (
        <ResultList
          id={LIST_ID}
          rows={listing.rows}
          activeId={activeRow}
          label={t('search.resultsLabel')}
          t={t}
          onOpen={open}
        />
      );
    return null;
  }, [listing, activeRow, open, t]);
  return (
    <>
      <SearchStatus model={model} t={t} />
      {list}
    </>
  );
}

/** While the catalog is on its way, or when asking for it failed (with a retry). */
function CatalogNotice({ model, t }: { model: PopupSearchModel; t: Translate }) {
  if (model.catalog.status === 'loading') return <p role="status">{t('search.loading')}</p>;
  if (model.catalog.status !== 'error') return null;
  return (
    <div role="alert" data-testid="search-error">
      <p>{t('search.error', { error: model.catalog.error })}</p>
      <button type="button" onClick={model.retry}>
        {t('search.retry')}
      </button>
    </div>
  );
}

/** Search on top, then the results, the timeline or one round's detail; Escape steps back. */
export function SearchPanel({ model, lang, t }: SearchPanelProps) {
  const input = useRef<HTMLInputElement>(null);
  const { state, rowIds, dispatch } = model;
  const inDetail = state.detail !== undefined;
  const activeRow = state.active >= 0 ? rowIds[state.active] : undefined;
  useEffect(() => {
    // On open and on the way back from a detail, typing goes straight to the search box.
    if (!inDetail) input.current?.focus();
  }, [inDetail]);
  useEffect(() => {
    if (activeRow) document.getElementById(optionId(activeRow))?.scrollIntoView?.({ block: 'nearest' });
  }, [activeRow]);
  // Stable, so the rows of the list see the same handler on every keystroke.
  const open = useCallback((id: string) => dispatch({ type: 'open', id }), [dispatch]);
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key !== 'Escape') return;
    if (!inDetail && !state.query) return;
    event.preventDefault();
    event.stopPropagation();
    dispatch({ type: 'escape' });
  };
  const ready = model.catalog.status === 'ready';
  const parts = { model, t, activeRow, open };
  return (
    <section class="search" aria-label={t('search.label')} data-testid="search" onKeyDown={onKeyDown}>
      {!inDetail && <SearchControls {...parts} input={input} />}
      <CatalogNotice model={model} t={t} />
      {ready && inDetail && model.detail && (
        <RoundDetail
          detail={model.detail}
          lang={lang}
          t={t}
          onBack={() => dispatch({ type: 'escape' })}
          onNavigate={open}
        />
      )}
      {ready && !inDetail && <RoundListing {...parts} />}
    </section>
  );
}
