import type { RoundFormat } from '../../lib/dataset/schema';
import type { Translate } from '../../lib/i18n';
import type { SearchFilters, SortOrder } from '../../lib/search/searchIndex';
import type { FilterChoices, NamedOption } from './types';

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

/** A filter one select sets (the order is no filter: it has a select of its own). */
type FilterKey = keyof SearchFilters;

/** The filters without `key`, then with the select's `value` for it (typed as the filter wants); an empty value clears it. */
function withFilter(filters: SearchFilters, key: FilterKey, value: string): SearchFilters {
  const rest = Object.fromEntries(Object.entries(filters).filter(([name]) => name !== key)) as SearchFilters;
  if (!value) return rest;
  if (key === 'yearFrom' || key === 'yearTo') return { ...rest, [key]: Number(value) };
  if (key === 'format') return { ...rest, format: value as RoundFormat };
  return { ...rest, [key]: value };
}

/** The selects in the order shown, each with its id (also its test id), label and options. */
function filterSelects(choices: FilterChoices, t: Translate) {
  const years = choices.years.map((year) => ({ id: String(year), name: String(year) }));
  const formats = choices.formats.map((format) => ({ id: format, name: t(`format.${format}`) }));
  return [
    { key: 'yearFrom', id: 'filter-year-from', label: t('filters.yearFrom'), options: years },
    { key: 'yearTo', id: 'filter-year-to', label: t('filters.yearTo'), options: years },
    { key: 'format', id: 'filter-format', label: t('filters.format'), options: formats },
    { key: 'participant', id: 'filter-participant', label: t('filters.participant'), options: choices.participants },
    { key: 'mediator', id: 'filter-mediator', label: t('filters.mediator'), options: choices.mediators },
    { key: 'host', id: 'filter-host', label: t('filters.host'), options: choices.hosts },
  ] satisfies Array<{ key: FilterKey; id: string; label: string; options: NamedOption[] }>;
}

/** Year range, format, participant, mediator, host and order, folded away until wanted. */
export function Filters({ filters, sort, choices, t, onFilters, onSort }: FiltersProps) {
  const any = t('filters.any');
  const active = Object.values(filters).some((value) => value !== undefined);
  return (
    <details class="filters" data-testid="filters" open={active}>
      <summary>{t('filters.summary')}</summary>
      <div class="filter-grid">
        {filterSelects(choices, t).map((select) => (
          <Choice
            key={select.id}
            id={select.id}
            label={select.label}
            value={String(filters[select.key] ?? '')}
            options={select.options}
            anyLabel={any}
            onChange={(value) => onFilters(withFilter(filters, select.key, value))}
          />
        ))}
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
