import type { RoundFormat } from '../dataset/schema';
import type { CatalogRound } from './catalog';

export interface SearchFilters {
  yearFrom?: number;
  yearTo?: number;
  format?: RoundFormat;
  /** A party, delegation head or member. */
  participant?: string;
  mediator?: string;
  host?: string;
}

export function passesFilters(round: CatalogRound, filters: SearchFilters): boolean {
  // A round spanning the turn of a year belongs to both.
  if (filters.yearFrom !== undefined && Number((round.end ?? round.start).slice(0, 4)) < filters.yearFrom) return false;
  if (filters.yearTo !== undefined && Number(round.start.slice(0, 4)) > filters.yearTo) return false;
  if (filters.format && round.format !== filters.format) return false;
  if (
    filters.participant &&
    !round.parties.includes(filters.participant) &&
    !round.delegations.some((delegation) =>
      [delegation.party, ...delegation.heads, ...delegation.members].includes(filters.participant ?? ''),
    )
  )
    return false;
  if (filters.mediator && !round.mediators.includes(filters.mediator)) return false;
  if (filters.host && !round.hosts.includes(filters.host)) return false;
  return true;
}
