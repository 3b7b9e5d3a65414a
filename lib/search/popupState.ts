import type { SearchFilters, SortOrder } from './searchIndex';

/** What the reader has asked the popup: the query, the filters, the highlighted row, the open round. */
export interface PopupSearchState {
  query: string;
  filters: SearchFilters;
  sort: SortOrder;
  /** Index into the rows shown; -1 while none is highlighted. */
  active: number;
  /** The round whose detail is open. */
  detail?: string;
}

export type PopupSearchAction =
  | { type: 'query'; query: string }
  | { type: 'filters'; filters: SearchFilters }
  | { type: 'sort'; sort: SortOrder }
  | { type: 'move'; by: number; count: number }
  | { type: 'open'; id: string }
  | { type: 'escape' };

export const initialPopupSearch: PopupSearchState = { query: '', filters: {}, sort: 'relevance', active: -1 };

export function popupSearchReducer(state: PopupSearchState, action: PopupSearchAction): PopupSearchState {
  switch (action.type) {
    case 'query':
      return { ...state, query: action.query, active: -1 };
    case 'filters':
      return { ...state, filters: action.filters, active: -1 };
    case 'sort':
      return { ...state, sort: action.sort, active: -1 };
    case 'move': {
      if (action.count === 0) return { ...state, active: -1 };
      // From nothing highlighted, Down starts at the top and Up at the bottom; both wrap.
      const from = state.active < 0 ? (action.by > 0 ? -1 : action.count) : state.active;
      return { ...state, active: (((from + action.by) % action.count) + action.count) % action.count };
    }
    case 'open':
      return { ...state, detail: action.id };
    case 'escape': {
      // First Escape leaves the detail (the row stays highlighted); the next one clears the query.
      if (state.detail !== undefined)
        return { query: state.query, filters: state.filters, sort: state.sort, active: state.active };
      return state.query ? { ...state, query: '', active: -1 } : state;
    }
  }
}
