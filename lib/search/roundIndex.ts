import MiniSearch from 'minisearch';
import type { SearchCatalog } from './catalog';
import { FIELDS } from './relevance';
import { documentsOf, type RoundDocument } from './roundDocuments';
import { MAX_EDITS, useFuzzy, usePrefix } from './termCloseness';
import { processTerm, tokenize } from './terms';

/** Building and loading must agree on these, or a kept index would answer differently from a fresh one. */
const INDEX_OPTIONS = {
  fields: FIELDS,
  tokenize,
  processTerm,
  searchOptions: {
    boost: { place: 3, title: 3, country: 2, people: 2, roles: 2, outcomes: 1.5, kind: 1.5, text: 1 },
    prefix: usePrefix,
    fuzzy: useFuzzy,
    maxFuzzy: MAX_EDITS,
    combineWith: 'OR' as const,
  },
};

export type RoundIndex = MiniSearch<RoundDocument>;

function createIndex(catalog: SearchCatalog): RoundIndex {
  const index = new MiniSearch<RoundDocument>(INDEX_OPTIONS);
  index.addAll(documentsOf(catalog));
  return index;
}

/** The index as JSON: loading it costs a fraction of building it, so the popup keeps it per dataset version. */
export function serializedIndexOf(catalog: SearchCatalog): string {
  return JSON.stringify(createIndex(catalog));
}

/** The kept index when there is one that loads; else one built from the catalog. */
export function loadOrBuildIndex(catalog: SearchCatalog, serializedIndex: string | undefined): RoundIndex {
  try {
    return serializedIndex ? MiniSearch.loadJSON<RoundDocument>(serializedIndex, INDEX_OPTIONS) : createIndex(catalog);
  } catch {
    return createIndex(catalog);
  }
}
