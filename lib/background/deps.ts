import type { DatasetStore } from '../db/datasetStore';
import type { IsoDate } from '../dataset/schema';
import type { ErrorLog } from '../diagnostics/errorLog';
import type { SettingsStore } from '../settings/store';
import type { Badge } from '../sites/badge';
import type { SiteRegistrar } from '../sites/registration';

/** What the background's handlers reach through: the stores, and the browser APIs as plain functions (tests fake them). */
export interface BackgroundDeps {
  store: () => Promise<DatasetStore>;
  errors: ErrorLog;
  settings: SettingsStore;
  sites: SiteRegistrar;
  setBadge: (tabId: number, badge: Badge) => Promise<void>;
  /** Tells open tabs that the dataset changed, so their highlights follow an import or a reset. */
  announceDatasetChange: () => Promise<void>;
  /** Empties the extension's local storage (not the dataset, which lives in IndexedDB). */
  clearLocalStorage: () => Promise<void>;
  /** Today's date, for "role now" on cards. */
  today: () => IsoDate;
  /** Opens an extension page (path and query) in a new tab next to the reader's. */
  openPage: (path: string, besideTab?: number) => Promise<void>;
}
