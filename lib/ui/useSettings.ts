import { useEffect, useLayoutEffect, useMemo, useState } from 'preact/hooks';
import type { Language } from '../dataset/schema';
import { translator, type Translate } from '../i18n';
import { DEFAULT_SETTINGS, resolveLanguage, type Settings } from '../settings/schema';
import type { SettingsStore } from '../settings/store';

export interface LanguageState {
  settings: Settings | null;
  lang: Language;
  t: Translate;
  /** storage.sync could not be read: `settings` are the defaults, and saving may fail too. */
  unavailable: boolean;
}

/**
 * The extension page's settings and the language they resolve to, kept live:
 * a change made in the options page re-renders every open extension page.
 * When storage.sync fails (sync switched off by policy, a broken profile) the
 * page still renders, with the defaults, and says so; nothing is left to
 * reject unhandled.
 */
export function useSettings(store: SettingsStore, navigatorLanguage: string, doc: Document): LanguageState {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [unavailable, setUnavailable] = useState(false);
  // A layout effect: the settings are asked for while the first frame paints, not after it, so a page in
  // a language other than the browser's switches sooner.
  useLayoutEffect(() => {
    let live = true;
    store.load().then(
      (loaded) => {
        if (!live) return;
        setSettings(loaded);
        setUnavailable(false);
      },
      () => {
        if (!live) return;
        setSettings((current) => current ?? DEFAULT_SETTINGS);
        setUnavailable(true);
      },
    );
    let stopWatching: () => void = () => undefined;
    try {
      stopWatching = store.watch((changed) => {
        setSettings(changed);
        setUnavailable(false);
      });
    } catch {
      // Without change events the page still shows what it read.
    }
    return () => {
      live = false;
      stopWatching();
    };
  }, [store]);
  const lang = resolveLanguage(settings?.language ?? 'browser', navigatorLanguage);
  useEffect(() => {
    doc.documentElement.lang = lang;
  }, [doc, lang]);
  // One translator per language, so that views given `t` see the same function on every render.
  const t = useMemo(() => translator(lang), [lang]);
  return { settings, lang, t, unavailable };
}
