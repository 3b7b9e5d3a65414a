import { storage } from 'wxt/utils/storage';
import { SettingsStore } from './store';

/** Settings follow the reader across browsers through storage.sync. */
export function createSettingsStore(): SettingsStore {
  return new SettingsStore(storage.defineItem<Record<string, unknown>>('sync:settings', { fallback: {} }));
}
