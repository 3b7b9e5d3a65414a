import { useEffect, useRef } from 'preact/hooks';
import type { Language } from '../../lib/dataset/schema';
import type { Translate } from '../../lib/i18n';
import type { PopupSearchModel } from '../../lib/ui/usePopupSearch';
import { Filters } from './Filters';
import { optionId } from './RoundOption';
import { ResultList } from './ResultList';
import { RoundDetail } from './RoundDetail';
import { SearchBox } from './SearchBox';
import { Timeline } from './Timeline';

export interface SearchPanelProps {
  model: PopupSearchModel;
  lang: Language;
  t: Translate;
}

const LIST_ID = 'round-list';

function Status({ model, t }: { model: PopupSearchModel; t: Translate }) {
  const { listing } = model;
  if (listing.kind === 'timeline') {
    if (listing.groups.length > 0) return null;
    // An imported dataset may hold no rounds, or the filters may leave none.
    const filtered = Object.values(model.state.filters).some((value) => value !== undefined);
    return (
      <div role="status" class="no-results" data-testid="search-status">
        <p>{filtered ? t('search.emptyFiltered') : t('search.empty')}</p>
        {filtered && (
          <button type="button" onClick={() => model.dispatch({ type: 'filters', filters: {} })}>
            {t('filters.clear')}
          </button>
        )}
      </div>
    );
  }
  if (listing.kind === 'results') {
    const count =
      listing.rows.length === 1 ? t('search.resultsOne') : t('search.resultsMany', { count: listing.rows.length });
    return (
      <p role="status" class="muted" data-testid="search-status">
        {listing.period ? `${count} · ${listing.period}` : count}
      </p>
    );
  }
  return (
    <div role="status" class="no-results" data-testid="search-status">
      {listing.text ? (
        listing.period ? (
          <p>
            {t('search.noResultsInPeriod', { query: listing.text, period: listing.period })}
            {listing.elsewhere && listing.elsewhere.length > 0
              ? ` — ${listing.elsewhere.map((entry) => t('search.elsewhereCount', { count: entry.count, year: entry.year })).join(', ')}.`
              : '.'}
          </p>
        ) : (
          <p>{t('search.noResults', { query: listing.text })}</p>
        )
      ) : (
        <p>{t('search.periodNone', { period: listing.period ?? '' })}</p>
      )}
      {listing.withoutFilters !== undefined && listing.withoutFilters > 0 && (
        <p>{t('search.noResultsFiltered', { count: listing.withoutFilters })}</p>
      )}
      {listing.text && listing.elsewhere && listing.elsewhere.length > 0 && (
        <button type="button" data-testid="search-all-years" onClick={model.searchAllYears}>
          {t('search.searchAllYears')}
        </button>
      )}
      {listing.withoutFilters !== undefined && listing.withoutFilters > 0 && (
        <button
          type="button"
          data-testid="filters-clear-status"
          onClick={() => model.dispatch({ type: 'filters', filters: {} })}
        >
          {t('filters.clear')}
        </button>
      )}
    </div>
  );
}

/** Search on top, then the results, the timeline or one round's detail; Escape steps back. */
export function SearchPanel({ model, lang, t }: SearchPanelProps) {
  const input = useRef<HTMLInputElement>(null);
  const { state, listing, rowIds, dispatch } = model;
  const inDetail = state.detail !== undefined;
  const activeRow = state.active >= 0 ? rowIds[state.active] : undefined;
  useEffect(() => {
    // On open and on the way back from a detail, typing goes straight to the search box.
    if (!inDetail) input.current?.focus();
  }, [inDetail]);
  useEffect(() => {
    if (activeRow) document.getElementById(optionId(activeRow))?.scrollIntoView?.({ block: 'nearest' });
  }, [activeRow]);
  const open = (id: string) => dispatch({ type: 'open', id });
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key !== 'Escape') return;
    if (!inDetail && !state.query) return;
    event.preventDefault();
    event.stopPropagation();
    dispatch({ type: 'escape' });
  };
  return (
    <section class="search" aria-label={t('search.label')} data-testid="search" onKeyDown={onKeyDown}>
      {!inDetail && (
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
      )}
      {model.catalog.status === 'loading' && <p role="status">{t('search.loading')}</p>}
      {model.catalog.status === 'error' && (
        <div role="alert" data-testid="search-error">
          <p>{t('search.error', { error: model.catalog.error })}</p>
          <button type="button" onClick={model.retry}>
            {t('search.retry')}
          </button>
        </div>
      )}
      {model.catalog.status === 'ready' && inDetail && model.detail && (
        <RoundDetail
          detail={model.detail}
          lang={lang}
          t={t}
          onBack={() => dispatch({ type: 'escape' })}
          onNavigate={open}
        />
      )}
      {model.catalog.status === 'ready' && !inDetail && (
        <>
          <Status model={model} t={t} />
          {listing.kind === 'timeline' && (
            <Timeline id={LIST_ID} groups={listing.groups} activeId={activeRow} t={t} onOpen={open} />
          )}
          {listing.kind === 'results' && (
            <ResultList
              id={LIST_ID}
              rows={listing.rows}
              activeId={activeRow}
              label={t('search.resultsLabel')}
              t={t}
              onOpen={open}
            />
          )}
        </>
      )}
    </section>
  );
}
