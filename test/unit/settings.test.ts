import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, parseSettings, resolveLanguage } from '../../lib/settings/schema';
import { SettingsStore } from '../../lib/settings/store';
import { memorySettingsItem } from '../fixtures/fakes';
import { FALLBACK_SETTINGS } from '../../lib/settings/defaults';
import { migrateSettings, SETTINGS_VERSION, storedVersion } from '../../lib/settings/migrations';

describe('settings', () => {
  it('defaults to the browser language, curated sites, first mentions underlined, cards on hover after 300 ms', () => {
    expect(DEFAULT_SETTINGS).toMatchObject({
      language: 'browser',
      sites: { enabled: [], disabled: [] },
      pausedUntil: null,
      marking: 'first',
      highlightStyle: 'underline',
      cardTrigger: 'hover',
      hoverDelayMs: 300,
    });
    expect(Object.values(DEFAULT_SETTINGS.categories)).toEqual([true, true, true, true, true]);
  });

  it('gives the content script the same defaults without Zod', () => {
    expect(FALLBACK_SETTINGS).toEqual(DEFAULT_SETTINGS);
  });

  it('falls back per field on unknown values and on non-objects, keeping the reader’s other choices', () => {
    expect(parseSettings({ language: 'fr' }).language).toBe('browser');
    expect(parseSettings('garbage')).toEqual(DEFAULT_SETTINGS);
    expect(parseSettings(null)).toEqual(DEFAULT_SETTINGS);
    const mixed = parseSettings({
      language: 'de',
      hoverDelayMs: 99_999,
      highlightStyle: 'blink',
      categories: { persons: false, places: 'no' },
      marking: 'all',
    });
    expect(mixed).toMatchObject({ language: 'de', hoverDelayMs: 300, highlightStyle: 'underline', marking: 'all' });
    expect(mixed.categories).toEqual({
      persons: false,
      statesAndOrganisations: true,
      rounds: true,
      places: true,
      terms: true,
    });
  });

  it('drops a bad site entry, not the whole list', () => {
    const parsed = parseSettings({
      sites: { enabled: ['example.org', 'not a host', 42, 'example.org'], disabled: 'spiegel.de' },
    });
    expect(parsed.sites).toEqual({ enabled: ['example.org'], disabled: [] });
  });

  it('reads a first-release record (no version stamp) and stamps the current version on save', async () => {
    expect(storedVersion({ language: 'en' })).toBe(1);
    expect(migrateSettings({ language: 'en' })).toEqual({ language: 'en' });
    const item = memorySettingsItem({ language: 'en' });
    await new SettingsStore(item).update({ marking: 'all' });
    expect(item.value).toMatchObject({ language: 'en', marking: 'all', version: SETTINGS_VERSION });
  });

  it('never lowers the stamp of a newer version synced from another machine', async () => {
    const item = memorySettingsItem({ version: SETTINGS_VERSION + 1, language: 'de', newThing: { deep: true } });
    await new SettingsStore(item).update({ highlightStyle: 'background' });
    expect(item.value).toMatchObject({
      version: SETTINGS_VERSION + 1,
      newThing: { deep: true },
      highlightStyle: 'background',
      language: 'de',
    });
  });

  it('resets to the defaults', async () => {
    const item = memorySettingsItem({ language: 'de', marking: 'all' });
    expect(await new SettingsStore(item).reset()).toEqual(DEFAULT_SETTINGS);
    expect(parseSettings(item.value)).toEqual(DEFAULT_SETTINGS);
  });

  it('resolves the browser language: German for German browsers, else English', () => {
    expect(resolveLanguage('browser', 'de-AT')).toBe('de');
    expect(resolveLanguage('browser', 'en-US')).toBe('en');
    expect(resolveLanguage('browser', 'uk-UA')).toBe('en');
    expect(resolveLanguage('en', 'de-DE')).toBe('en');
  });

  it('keeps fields written by a newer version when saving', async () => {
    const item = memorySettingsItem({ language: 'en', futureField: 42 });
    const store = new SettingsStore(item);
    await store.update({ language: 'de' });
    expect(item.value).toMatchObject({ language: 'de', futureField: 42 });
  });

  it('tells watchers about changes, validated', async () => {
    const item = memorySettingsItem({});
    const store = new SettingsStore(item);
    const seen: string[] = [];
    store.watch((settings) => seen.push(settings.language));
    await item.setValue({ language: 'klingon' });
    await store.update({ language: 'de' });
    expect(seen).toEqual(['browser', 'de']);
  });
});
