import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { loadBundledDataset } from '../lib/dataset/bundled';
import { openDatabase } from '../lib/db/database';
import { openEntitySource, type EntitySource } from '../lib/db/entitySource';
import { ErrorLog } from '../lib/diagnostics/errorLog';
import { createBackgroundHandlers } from '../lib/messaging/backgroundHandlers';
import { dispatch } from '../lib/messaging/server';

export default defineBackground(() => {
  const dataset = loadBundledDataset();
  const errors = new ErrorLog();
  let source: Promise<EntitySource> | undefined;
  // Opened lazily and once per worker lifetime; seeding is a no-op when the store is current.
  const entitySource = () => (source ??= openEntitySource(() => openDatabase(), dataset, (problem) => errors.add('background', problem)));

  browser.runtime.onInstalled.addListener(() => void entitySource());
  const handlers = createBackgroundHandlers(entitySource, errors);
  browser.runtime.onMessage.addListener((message, sender, sendResponse) => {
    void dispatch(message, sender, browser.runtime.id, handlers).then(sendResponse);
    return true; // keeps the channel open for the asynchronous answer
  });

  if (__TEST_BUILD__) {
    // Test seam, absent from the release build: E2E tests read what content scripts reported.
    Object.assign(globalThis, { dossierTest: { errors: () => errors.list(), datasetInfo: async () => (await entitySource()).info() } });
  }
});
