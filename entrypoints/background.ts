import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { loadBundledDataset } from '../lib/dataset/bundled';
import { openDatabase } from '../lib/db/database';
import { openDatasetStore, type DatasetStore } from '../lib/db/datasetStore';
import { ErrorLog } from '../lib/diagnostics/errorLog';
import { createBackgroundHandlers } from '../lib/background/handlers';
import { dispatch } from '../lib/messaging/server';
import { createSettingsStore } from '../lib/settings/item';
import { SiteRegistrar, CONTENT_SCRIPT_FILES } from '../lib/sites/registration';
import { forgetDroppedSites, requiredOrigins } from '../lib/sites/cleanup';
import { commandDirection, DATASET_REVISION_KEY } from '../lib/sites/commands';
import { badgeForLoadingTab } from '../lib/sites/badge';

/** The storage.sync key of the settings item (`sync:settings` in lib/settings/item.ts). */
const SETTINGS_SYNC_KEY = 'settings';

export default defineBackground(() => {
  const errors = new ErrorLog();
  let opened: Promise<DatasetStore> | undefined;
  const openStore = (openDb: typeof openDatabase) =>
    openDatasetStore(
      () => openDb(),
      loadBundledDataset(),
      (problem) => errors.add('background', problem),
    );
  // Opened once per worker (or event page) lifetime; seeding is a no-op when the store is current.
  const store = () => (opened ??= openStore(openDatabase));
  const settings = createSettingsStore();
  const sites = new SiteRegistrar({
    registered: async () => (await browser.scripting.getRegisteredContentScripts()).map((script) => script.id),
    register: (scripts) => browser.scripting.registerContentScripts(scripts),
    unregister: (ids) => browser.scripting.unregisterContentScripts({ ids }),
    hasPermission: (origins) => browser.permissions.contains({ origins }),
    grantedOrigins: async () => (await browser.permissions.getAll()).origins ?? [],
    requiredOrigins: requiredOrigins(browser.runtime.getManifest()),
    removePermission: async (origins) => void (await browser.permissions.remove({ origins })),
    injectInto: async (tabId) => {
      await browser.scripting.insertCSS({ target: { tabId }, files: CONTENT_SCRIPT_FILES.css });
      await browser.scripting.executeScript({ target: { tabId }, files: CONTENT_SCRIPT_FILES.js });
    },
    tabUrl: async (tabId) => (await browser.tabs.get(tabId).catch(() => undefined))?.url,
  });
  const syncSites = () =>
    settings
      .load()
      .then((current) => sites.sync(current.sites.enabled))
      .catch((error: unknown) => errors.add('background', String(error)));

  browser.runtime.onInstalled.addListener(() => void store().then(syncSites));
  browser.runtime.onStartup.addListener(() => void syncSites());
  // Another machine's sync, or the options page, may change the list of enabled sites.
  settings.watch(() => void syncSites());
  // A site taken off the list (here or on another machine) gives its permission back here too.
  browser.storage.onChanged.addListener((changes, area) => {
    const change = area === 'sync' ? changes[SETTINGS_SYNC_KEY] : undefined;
    if (change)
      void forgetDroppedSites(change, sites).catch((error: unknown) => errors.add('background', String(error)));
  });

  const handlers = createBackgroundHandlers({
    store,
    errors,
    settings,
    sites,
    setBadge: async (tabId, badge) => {
      await browser.action.setBadgeText({ tabId, text: badge.text });
      await browser.action.setBadgeBackgroundColor({ tabId, color: badge.color });
    },
    announceDatasetChange: () => browser.storage.local.set({ [DATASET_REVISION_KEY]: Date.now() }),
    clearLocalStorage: () => browser.storage.local.clear(),
    today: () => new Date().toISOString().slice(0, 10),
    openPage: async (path, besideTab) => {
      const beside = besideTab === undefined ? undefined : await browser.tabs.get(besideTab).catch(() => undefined);
      await browser.tabs.create({
        url: browser.runtime.getURL(path as '/entry.html'),
        ...(beside ? { index: beside.index + 1, windowId: beside.windowId } : {}),
      });
    },
  });
  browser.tabs.onUpdated.addListener((tabId, change, tab) => {
    const badge = change.status === 'loading' ? badgeForLoadingTab(tab.url) : null;
    if (badge)
      void browser.action
        .setBadgeText({ tabId, text: badge.text })
        .then(() => browser.action.setBadgeBackgroundColor({ tabId, color: badge.color }));
  });
  browser.runtime.onMessage.addListener((message, sender, sendResponse) => {
    void dispatch(message, sender, browser.runtime.id, handlers, browser.runtime.getURL('/')).then(sendResponse);
    return true; // keeps the channel open for the asynchronous answer
  });

  const stepInTab = async (command: string, tabId: number | undefined) => {
    const direction = commandDirection(command);
    if (direction && tabId !== undefined)
      await browser.tabs.sendMessage(tabId, { type: 'step-mention', direction }).catch(() => undefined);
  };
  browser.commands.onCommand.addListener((command, tab) => void stepInTab(command, tab?.id));

  if (__TEST_BUILD__) {
    // Test seam, absent from the release build: E2E tests read the error log and drive the store.
    Object.assign(globalThis, {
      dossierTest: {
        errors: () => errors.list(),
        seedOutcome: async () => (await store()).outcome,
        reopenStore: () => {
          opened = undefined;
          return store().then((reopened) => reopened.outcome);
        },
        // Stands in for a browser that refuses IndexedDB to the extension (storage blocked, a broken profile):
        // every open fails as Firefox's does then, with a SecurityError. reopenStore() brings IndexedDB back.
        reopenStoreWithoutIndexedDb: () => {
          const refusing: IDBFactory = {
            open: () => {
              throw new DOMException('The operation is insecure.', 'SecurityError');
            },
            deleteDatabase: () => {
              throw new DOMException('The operation is insecure.', 'SecurityError');
            },
            databases: () => Promise.reject(new DOMException('The operation is insecure.', 'SecurityError')),
            cmp: (first: unknown, second: unknown) => indexedDB.cmp(first, second),
          };
          opened = openStore(() => openDatabase({ indexedDB: refusing, IDBKeyRange }));
          return opened.then((reopened) => reopened.outcome);
        },
        importDataset: async (text: string) => (await store()).importFile(text),
        resetDataset: async () => (await store()).resetToBundled(),
        // Stands in for an extension update that ships a newer dataset than the one stored.
        markStoreOutdated: () => openDatabase().meta.update('dataset', { version: 'an-older-version' }),
        // A permission prompt cannot be clicked by a test: the test build holds the permission, and this runs the popup's handler.
        enableSite: (host: string, tabId?: number) =>
          handlers['enable-site']({ type: 'enable-site', host, tabId }, { id: browser.runtime.id }),
        registeredScripts: async () =>
          (await browser.scripting.getRegisteredContentScripts()).map((script) => script.id),
        // Browser shortcuts cannot be pressed by the driver; this is what the shortcut runs.
        runCommand: (command: string, tabId: number) => stepInTab(command, tabId),
        badge: (tabId: number) => browser.action.getBadgeText({ tabId }),
        // The content script's own figures: mentions, and its longest task on the page's main thread.
        pageDiagnostics: (tabId: number) => browser.tabs.sendMessage(tabId, { type: 'diagnostics' }),
      },
    });
  }
});
