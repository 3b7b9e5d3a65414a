/**
 * Where the popup keeps the serialized index between openings, keyed by the
 * dataset version: loading it is several times cheaper than building it.
 */
export interface IndexCache {
  load(version: string): string | undefined;
  save(version: string, index: string): void;
}

const INDEX_KEY = 'dossier-search-index';

/**
 * The popup's search index, serialized, in one entry of the extension
 * origin's localStorage, replaced when the dataset changes. A full or blocked
 * storage only costs a rebuild. (A getter, because merely touching
 * localStorage can throw where the browser blocks storage.)
 */
export function localStorageIndexCache(storage: () => Storage): IndexCache {
  return {
    load(version) {
      try {
        const raw = storage().getItem(INDEX_KEY);
        const newline = raw?.indexOf('\n') ?? -1;
        return raw && newline > 0 && raw.slice(0, newline) === version ? raw.slice(newline + 1) : undefined;
      } catch {
        return undefined;
      }
    },
    save(version, index) {
      try {
        storage().setItem(INDEX_KEY, `${version}\n${index}`);
      } catch {
        // Quota or privacy settings: the next popup builds the index again.
      }
    },
  };
}

/** Drops the popup's kept index (clearing what Dossier stored); any page of the extension origin may, the options page does. */
export function clearLocalStorageIndexCache(storage: () => Storage): void {
  try {
    storage().removeItem(INDEX_KEY);
  } catch {
    // Blocked storage holds nothing to clear.
  }
}
