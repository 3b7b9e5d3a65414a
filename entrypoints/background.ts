import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { loadBundledDataset } from '../lib/dataset/bundled';
import { openDatabase } from '../lib/db/database';
import { openDatasetStore, type DatasetStore } from '../lib/db/datasetStore';
import { ErrorLog } from '../lib/diagnostics/errorLog';
import { createBackgroundHandlers } from '../lib/messaging/backgroundHandlers';
import { dispatch } from '../lib/messaging/server';
import { createSettingsStore } from '../lib/settings/item';

export default defineBackground(() => {
  const errors = new ErrorLog();
  let opened: Promise<DatasetStore> | undefined;
  // Opened once per worker lifetime; seeding is a no-op when the store is current.
  const store = () => (opened ??= openDatasetStore(() => openDatabase(), loadBundledDataset(), (problem) => errors.add('background', problem)));

  browser.runtime.onInstalled.addListener(() => void store());
  const settings = createSettingsStore();
  const handlers = createBackgroundHandlers(store, errors, () => settings.load());
  browser.runtime.onMessage.addListener((message, sender, sendResponse) => {
    void dispatch(message, sender, browser.runtime.id, handlers).then(sendResponse);
    return true; // keeps the channel open for the asynchronous answer
  });

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
        importDataset: async (text: string) => (await store()).importFile(text),
        resetDataset: async () => (await store()).resetToBundled(),
        // Stands in for an extension update that ships a newer dataset than the one stored.
        markStoreOutdated: () => openDatabase().meta.update('dataset', { version: 'an-older-version' }),
      },
    });
  }
});
