import type { Language } from '../lib/dataset/schema';
import type { Translate } from '../lib/i18n';
import type { LanguageSetting, Settings } from '../lib/settings/schema';

export type SaveStatus = { status: 'idle' } | { status: 'saved' } | { status: 'error'; error: string };

export interface OptionsViewProps {
  lang: Language;
  t: Translate;
  settings: Settings;
  browserLanguage: Language;
  save: SaveStatus;
  /** Set when an update replaced the reader's imported dataset with a newer bundled one. */
  importReplaced?: boolean;
  onLanguageChange: (language: LanguageSetting) => void;
}

const LANGUAGE_CHOICES: LanguageSetting[] = ['browser', 'de', 'en'];

export function OptionsView({ lang, t, settings, browserLanguage, save, importReplaced = false, onLanguageChange }: OptionsViewProps) {
  const label = (choice: LanguageSetting) =>
    choice === 'browser' ? t('options.language.browser', { resolved: t(`language.${browserLanguage}`) }) : t(`options.language.${choice}`);
  return (
    <main class="page options" lang={lang} data-testid="options">
      <h1>{t('options.title')}</h1>
      <form onSubmit={(event) => event.preventDefault()}>
        <fieldset>
          <legend>{t('options.languageLegend')}</legend>
          {LANGUAGE_CHOICES.map((choice) => (
            <label key={choice} class="choice">
              <input
                type="radio"
                name="language"
                value={choice}
                checked={settings.language === choice}
                onChange={() => onLanguageChange(choice)}
                data-testid={`language-${choice}`}
              />
              {label(choice)}
            </label>
          ))}
        </fieldset>
      </form>
      <p class="save-status" role="status" aria-live="polite" data-testid="save-status">
        {save.status === 'saved' ? t('options.saved') : save.status === 'error' ? t('options.saveFailed', { error: save.error }) : ''}
      </p>
      {importReplaced && (
        <p role="status" data-testid="import-replaced">
          {t('options.importReplaced')}
        </p>
      )}
      <p class="muted">{t('options.privacy')}</p>
    </main>
  );
}
