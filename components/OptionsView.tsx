import type { Language } from '../lib/dataset/schema';
import type { Translate } from '../lib/i18n';
import type { DatasetInfo } from '../lib/messaging/protocol';
import type { LanguageSetting, Settings } from '../lib/settings/schema';
import { DataSection, type DataStatus } from './options/DataSection';
import { DisplaySection } from './options/DisplaySection';
import { PrivacySection } from './options/PrivacySection';
import { ShortcutsSection, type Shortcut } from './options/ShortcutsSection';
import { SitesSection, type SiteNotice } from './options/SitesSection';

export type SaveStatus = { status: 'idle' } | { status: 'saved' } | { status: 'error'; error: string };

export interface OptionsActions {
  onChange: (patch: Partial<Settings>) => void;
  onPause: () => void;
  onResume: () => void;
  onEnableSite: (input: string) => void;
  onDisableSite: (input: string) => void;
  onForgetSite: (site: string) => void;
  onReenableSite: (site: string) => void;
  onImport: (file: File) => void;
  onResetDataset: () => void;
  onClearData: () => void;
  /** Null where the browser offers no way to open its shortcut page. */
  onChangeShortcuts: (() => void) | null;
}

export interface OptionsViewProps {
  lang: Language;
  t: Translate;
  settings: Settings;
  /** storage.sync could not be read: the page shows the defaults and says so. */
  settingsUnavailable?: boolean;
  browserLanguage: Language;
  save: SaveStatus;
  curatedSites: readonly string[];
  /** When the pause ends, formatted for the reader; null when not paused. */
  pausedUntil: string | null;
  siteNotice: SiteNotice;
  shortcuts: Shortcut[];
  dataset: DatasetInfo | null;
  dataStatus: DataStatus;
  /** Set when an update replaced the reader's imported dataset with a newer bundled one. */
  importReplaced?: boolean;
  cleared: boolean;
  actions: OptionsActions;
}

const LANGUAGE_CHOICES: LanguageSetting[] = ['browser', 'de', 'en'];

/**
 * The settings page: every control saves on change and the status line
 * confirms it; the page is a plain form, usable by keyboard and screen reader.
 */
export function OptionsView(props: OptionsViewProps) {
  const { lang, t, settings, browserLanguage, save, actions } = props;
  const label = (choice: LanguageSetting) =>
    choice === 'browser'
      ? t('options.language.browser', { resolved: t(`language.${browserLanguage}`) })
      : t(`options.language.${choice}`);
  return (
    <main class="page options" lang={lang} data-testid="options">
      <h1>{t('options.title')}</h1>
      {props.settingsUnavailable && (
        <p role="alert" class="notice" data-testid="settings-unavailable">
          {t('options.settingsUnavailable')}
        </p>
      )}
      <p class="save-status" role="status" aria-live="polite" data-testid="save-status">
        {save.status === 'saved'
          ? t('options.saved')
          : save.status === 'error'
            ? t('options.saveFailed', { error: save.error })
            : ''}
      </p>
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
                onChange={() => actions.onChange({ language: choice })}
                data-testid={`language-${choice}`}
              />
              {label(choice)}
            </label>
          ))}
        </fieldset>
        <SitesSection
          t={t}
          sites={settings.sites}
          curated={props.curatedSites}
          pausedUntil={props.pausedUntil}
          notice={props.siteNotice}
          onPause={actions.onPause}
          onResume={actions.onResume}
          onEnable={actions.onEnableSite}
          onDisable={actions.onDisableSite}
          onForget={actions.onForgetSite}
          onReenable={actions.onReenableSite}
        />
        <DisplaySection t={t} settings={settings} onChange={actions.onChange} />
        <ShortcutsSection t={t} shortcuts={props.shortcuts} onChange={actions.onChangeShortcuts} />
        <DataSection
          t={t}
          lang={lang}
          info={props.dataset}
          importReplaced={props.importReplaced ?? false}
          status={props.dataStatus}
          onImport={actions.onImport}
          onReset={actions.onResetDataset}
        />
        <PrivacySection t={t} cleared={props.cleared} onClear={actions.onClearData} />
      </form>
    </main>
  );
}
