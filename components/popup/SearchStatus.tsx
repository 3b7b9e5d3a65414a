import type { Translate } from '../../lib/i18n';
import type { Listing, PopupSearchModel } from './types';

type NoneListing = Extract<Listing, { kind: 'none' }>;

/** An empty timeline: the dataset holds no rounds, or the filters leave none. */
function EmptyTimeline({ model, t }: { model: PopupSearchModel; t: Translate }) {
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

/** Why nothing was found, in one sentence: no such words, none in the period (and how many in other years), or no round in the period. */
function NoneReason({ listing, t }: { listing: NoneListing; t: Translate }) {
  if (!listing.text) return <p>{t('search.periodNone', { period: listing.period ?? '' })}</p>;
  if (!listing.period) return <p>{t('search.noResults', { query: listing.text })}</p>;
  return (
    <p>
      {t('search.noResultsInPeriod', { query: listing.text, period: listing.period })}
      {listing.elsewhere && listing.elsewhere.length > 0
        ? ` — ${listing.elsewhere.map((entry) => t('search.elsewhereCount', { count: entry.count, year: entry.year })).join(', ')}.`
        : '.'}
    </p>
  );
}

/** No results: the reason, what the filters hid, and the ways out (all years, without the filters). */
function NoResults({ listing, model, t }: { listing: NoneListing; model: PopupSearchModel; t: Translate }) {
  const hiddenByFilters = listing.withoutFilters !== undefined && listing.withoutFilters > 0;
  return (
    <div role="status" class="no-results" data-testid="search-status">
      <NoneReason listing={listing} t={t} />
      {hiddenByFilters && <p>{t('search.noResultsFiltered', { count: listing.withoutFilters ?? 0 })}</p>}
      {listing.text && listing.elsewhere && listing.elsewhere.length > 0 && (
        <button type="button" data-testid="search-all-years" onClick={model.searchAllYears}>
          {t('search.searchAllYears')}
        </button>
      )}
      {hiddenByFilters && (
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

/** The line above the list: how many results (and for which period), or why there are none. */
export function SearchStatus({ model, t }: { model: PopupSearchModel; t: Translate }) {
  const { listing } = model;
  if (listing.kind === 'timeline') return listing.groups.length > 0 ? null : <EmptyTimeline model={model} t={t} />;
  if (listing.kind === 'none') return <NoResults listing={listing} model={model} t={t} />;
  const count =
    listing.rows.length === 1 ? t('search.resultsOne') : t('search.resultsMany', { count: listing.rows.length });
  return (
    <p role="status" class="muted" data-testid="search-status">
      {listing.period ? `${count} · ${listing.period}` : count}
    </p>
  );
}
