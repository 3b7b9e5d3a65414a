import { useEffect, useState } from 'preact/hooks';
import type { Language } from '../dataset/schema';
import { translator, type Translate } from '../i18n';
import { resolveLanguage, type Settings } from '../settings/schema';
import type { SettingsStore } from '../settings/store';

export interface LanguageState {
  settings: Settings | null;
  lang: Language;
  t: Translate;
}

/**
 * The extension page's settings and the language they resolve to, kept live:
 * a change made in the options page re-renders every open extension page.
 */
export function useSettings(store: SettingsStore, navigatorLanguage: string, doc: Document): LanguageState {
  const [settings, setSettings] = useState<Settings | null>(null);
  useEffect(() => {
    void store.load().then(setSettings);
    return store.watch(setSettings);
  }, [store]);
  const lang = resolveLanguage(settings?.language ?? 'browser', navigatorLanguage);
  useEffect(() => {
    doc.documentElement.lang = lang;
  }, [doc, lang]);
  return { settings, lang, t: translator(lang) };
}
