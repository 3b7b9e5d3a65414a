import type { browser as extensionBrowser } from 'wxt/browser';
import { openDatabase } from '../db/database';
import type { DatasetStore } from '../db/datasetStore';
import type { ErrorLog } from '../diagnostics/errorLog';
import type { Handlers } from '../messaging/server';

export interface TestSeamParts {
  browser: typeof extensionBrowser;
  errors: ErrorLog;
  store: () => Promise<DatasetStore>;
  openStore: (openDb: typeof openDatabase) => Promise<DatasetStore>;
  /** Replaces the background's store (undefined: opened again on the next question). */
  reopen: (next: Promise<DatasetStore> | undefined) => void;
  handlers: Handlers;
  stepInTab: (command: string, tabId: number | undefined) => Promise<void>;
}

const insecure = () => new DOMException('The operation is insecure.', 'SecurityError');

/**
 * The test build's `globalThis.dossierTest` in the background: E2E tests read the error log and drive the
 * store through it. Only called under `__TEST_BUILD__`, so the release build carries none of it.
 */
export function installTestSeam({ browser, errors, store, openStore, reopen, handlers, stepInTab }: TestSeamParts) {
  const reopenWith = (next: Promise<DatasetStore> | undefined) => {
    reopen(next);
    return store().then((reopened) => reopened.outcome);
  };
  Object.assign(globalThis, {
    dossierTest: {
      errors: () => errors.list(),
      seedOutcome: async () => (await store()).outcome,
      reopenStore: () => reopenWith(undefined),
      // Stands in for a browser that refuses IndexedDB to the extension (storage blocked, a broken profile):
      // every open fails as Firefox's does then, with a SecurityError. reopenStore() brings IndexedDB back.
      reopenStoreWithoutIndexedDb: () => {
        const refusing: IDBFactory = {
          open: () => {
            throw insecure();
          },
          deleteDatabase: () => {
            throw insecure();
          },
          databases: () => Promise.reject(insecure()),
          cmp: (first: unknown, second: unknown) => indexedDB.cmp(first, second),
        };
        return reopenWith(openStore(() => openDatabase({ indexedDB: refusing, IDBKeyRange })));
      },
      importDataset: async (text: string) => (await store()).importFile(text),
      resetDataset: async () => (await store()).resetToBundled(),
      // Stands in for an extension update that ships a newer dataset than the one stored.
      markStoreOutdated: () => openDatabase().meta.update('dataset', { version: 'an-older-version' }),
      // A permission prompt cannot be clicked by a test: the test build holds the permission; this runs the popup's handler.
      enableSite: (host: string, tabId?: number) =>
        handlers['enable-site']({ type: 'enable-site', host, tabId }, { id: browser.runtime.id }),
      registeredScripts: async () => (await browser.scripting.getRegisteredContentScripts()).map((script) => script.id),
      // Browser shortcuts cannot be pressed by the driver; this is what the shortcut runs.
      runCommand: (command: string, tabId: number) => stepInTab(command, tabId),
      badge: (tabId: number) => browser.action.getBadgeText({ tabId }),
      // The content script's own figures: mentions, and its longest task on the page's main thread.
      pageDiagnostics: (tabId: number) => browser.tabs.sendMessage(tabId, { type: 'diagnostics' }),
    },
  });
}
