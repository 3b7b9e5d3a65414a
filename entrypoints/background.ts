import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { loadBundledDataset } from '../lib/dataset/bundled';
import { openDatabase } from '../lib/db/database';
import { openDatasetStore, type DatasetStore } from '../lib/db/datasetStore';
import { ErrorLog } from '../lib/diagnostics/errorLog';
import { createBackgroundHandlers } from '../lib/background/handlers';
import { dispatch } from '../lib/messaging/server';
import { createSettingsStore } from '../lib/settings/item';
import { forgetDroppedSites } from '../lib/sites/cleanup';
import { siteRegistrarOf } from '../lib/background/siteRegistrar';
import { commandDirection, DATASET_REVISION_KEY } from '../lib/sites/commands';
import { badgeForLoadingTab } from '../lib/sites/badge';
import { installTestSeam } from '../lib/background/testSeam';

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
  const sites = siteRegistrarOf(browser);
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

  // Test seam, absent from the release build (the minifier drops the branch and the module).
  if (__TEST_BUILD__)
    installTestSeam({ browser, errors, store, openStore, reopen: (next) => (opened = next), handlers, stepInTab });
});
