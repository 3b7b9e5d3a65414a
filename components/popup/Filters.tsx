import type { RoundFormat } from '../../lib/dataset/schema';
import type { Translate } from '../../lib/i18n';
import type { SearchFilters, SortOrder } from '../../lib/search/searchIndex';
import type { FilterChoices, NamedOption } from '../../lib/ui/usePopupSearch';

export interface FiltersProps {
  filters: SearchFilters;
  sort: SortOrder;
  choices: FilterChoices;
  t: Translate;
  onFilters: (filters: SearchFilters) => void;
  onSort: (sort: SortOrder) => void;
}

function Choice({
  id,
  label,
  value,
  options,
  anyLabel,
  onChange,
}: {
  id: string;
  label: string;
  value: string;
  options: NamedOption[];
  anyLabel?: string;
  onChange: (value: string) => void;
}) {
  return (
    <div class="filter">
      <label for={id}>{label}</label>
      <select id={id} value={value} data-testid={id} onChange={(event) => onChange(event.currentTarget.value)}>
        {anyLabel !== undefined && <option value="">{anyLabel}</option>}
        {options.map((option) => (
          <option key={option.id} value={option.id}>
            {option.name}
          </option>
        ))}
      </select>
    </div>
  );
}

/** Year range, format, participant, mediator, host and order, folded away until wanted. */
export function Filters({ filters, sort, choices, t, onFilters, onSort }: FiltersProps) {
  const any = t('filters.any');
  const years = choices.years.map((year) => ({ id: String(year), name: String(year) }));
  const set = (key: keyof SearchFilters, value: string) => {
    const rest = Object.fromEntries(Object.entries(filters).filter(([name]) => name !== key)) as SearchFilters;
    if (!value) onFilters(rest);
    else if (key === 'yearFrom' || key === 'yearTo') onFilters({ ...rest, [key]: Number(value) });
    else if (key === 'format') onFilters({ ...rest, format: value as RoundFormat });
    else onFilters({ ...rest, [key]: value });
  };
  const active = Object.values(filters).some((value) => value !== undefined);
  return (
    <details class="filters" data-testid="filters" open={active}>
      <summary>{t('filters.summary')}</summary>
      <div class="filter-grid">
        <Choice
          id="filter-year-from"
          label={t('filters.yearFrom')}
          value={String(filters.yearFrom ?? '')}
          options={years}
          anyLabel={any}
          onChange={(value) => set('yearFrom', value)}
        />
        <Choice
          id="filter-year-to"
          label={t('filters.yearTo')}
          value={String(filters.yearTo ?? '')}
          options={years}
          anyLabel={any}
          onChange={(value) => set('yearTo', value)}
        />
        <Choice
          id="filter-format"
          label={t('filters.format')}
          value={filters.format ?? ''}
          options={choices.formats.map((format) => ({ id: format, name: t(`format.${format}`) }))}
          anyLabel={any}
          onChange={(value) => set('format', value)}
        />
        <Choice
          id="filter-participant"
          label={t('filters.participant')}
          value={filters.participant ?? ''}
          options={choices.participants}
          anyLabel={any}
          onChange={(value) => set('participant', value)}
        />
        <Choice
          id="filter-mediator"
          label={t('filters.mediator')}
          value={filters.mediator ?? ''}
          options={choices.mediators}
          anyLabel={any}
          onChange={(value) => set('mediator', value)}
        />
        <Choice
          id="filter-host"
          label={t('filters.host')}
          value={filters.host ?? ''}
          options={choices.hosts}
          anyLabel={any}
          onChange={(value) => set('host', value)}
        />
        <Choice
          id="filter-sort"
          label={t('filters.sort')}
          value={sort}
          options={[
            { id: 'relevance', name: t('sort.relevance') },
            { id: 'date', name: t('sort.date') },
          ]}
          onChange={(value) => onSort(value === 'date' ? 'date' : 'relevance')}
        />
      </div>
      {active && (
        <button type="button" data-testid="filters-clear" onClick={() => onFilters({})}>
          {t('filters.clear')}
        </button>
      )}
    </details>
  );
}
