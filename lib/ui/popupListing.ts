import type { FilterChoices, Listing } from '../../components/popup/types';
import type { Language } from '../dataset/schema';
import type { Translate } from '../i18n';
import { collatorOf } from '../i18n/format';
import type { PopupSearchState } from '../search/popupState';
import { byYear, formatPeriods, resultRow } from '../search/resultView';
import type { RoundSearch } from '../search/searchIndex';

/** What the popup's list area and filters show for a state: pure, so tests and the benchmark run it without a popup. */

export const EMPTY_CHOICES: FilterChoices = { years: [], formats: [], participants: [], mediators: [], hosts: [] };

export function choicesOf(search: RoundSearch, lang: Language): FilterChoices {
  const rounds = search.all();
  const collator = collatorOf(lang);
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

/** Builds the list area for the current state. */
export function listingOf(search: RoundSearch, state: PopupSearchState, lang: Language, t: Translate): Listing {
  const answer = search.search(state.query, state.filters, state.sort);
  // The timeline shows two lines a round: the heads and the outcome line are not worked out for it.
  const timeline = !state.query.trim();
  const rows = answer.hits.flatMap((hit) => {
    const round = search.round(hit.id);
    return round ? [resultRow(round, hit.terms, search, lang, t, { brief: timeline })] : [];
  });
  const period = answer.query.periods.length > 0 ? formatPeriods(answer.query.periods, lang, t) : undefined;
  if (timeline) return { kind: 'timeline', groups: byYear(rows) };
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
