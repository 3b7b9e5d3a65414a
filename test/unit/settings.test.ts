import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, parseSettings, resolveLanguage } from '../../lib/settings/schema';
import { SettingsStore, type RawSettingsItem } from '../../lib/settings/store';

function memoryItem(initial: Record<string, unknown>): RawSettingsItem & { value: Record<string, unknown> } {
  type Listener = (value: Record<string, unknown>, previous: Record<string, unknown>) => void;
  const listeners: Listener[] = [];
  const item = {
    value: initial,
    getValue: async () => item.value,
    setValue: async (value: Record<string, unknown>) => {
      const previous = item.value;
      item.value = value;
      listeners.forEach((listener) => listener(value, previous));
    },
    watch: (listener: Listener) => {
      listeners.push(listener);
      return () => void listeners.splice(listeners.indexOf(listener), 1);
    },
  };
  return item;
}

describe('settings', () => {
  it('defaults to the browser language', () => {
    expect(DEFAULT_SETTINGS).toEqual({ language: 'browser' });
  });

  it('falls back per field on unknown values and on non-objects', () => {
    expect(parseSettings({ language: 'fr' })).toEqual({ language: 'browser' });
    expect(parseSettings('garbage')).toEqual(DEFAULT_SETTINGS);
    expect(parseSettings(null)).toEqual(DEFAULT_SETTINGS);
    expect(parseSettings({ language: 'de' })).toEqual({ language: 'de' });
  });

  it('resolves the browser language: German for German browsers, else English', () => {
    expect(resolveLanguage('browser', 'de-AT')).toBe('de');
    expect(resolveLanguage('browser', 'en-US')).toBe('en');
    expect(resolveLanguage('browser', 'uk-UA')).toBe('en');
    expect(resolveLanguage('en', 'de-DE')).toBe('en');
  });

  it('keeps fields written by a newer version when saving', async () => {
    const item = memoryItem({ language: 'en', futureField: 42 });
    const store = new SettingsStore(item);
    await store.update({ language: 'de' });
    expect(item.value).toEqual({ language: 'de', futureField: 42 });
  });

  it('tells watchers about changes, validated', async () => {
    const item = memoryItem({});
    const store = new SettingsStore(item);
    const seen: string[] = [];
    store.watch((settings) => seen.push(settings.language));
    await item.setValue({ language: 'klingon' });
    await store.update({ language: 'de' });
    expect(seen).toEqual(['browser', 'de']);
  });
});
