import type { RoundFormat } from '../../lib/dataset/schema';
import type { RoundView } from '../../lib/messaging/protocol';
import type { PopupSearchAction, PopupSearchState } from '../../lib/search/popupState';
import type { ResultRow } from '../../lib/search/resultView';

/**
 * What the popup's search panel renders. The panel owns these shapes; the
 * app layer (lib/ui/usePopupSearch) fills them, so components never depend on it.
 */

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
