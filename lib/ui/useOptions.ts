import { useEffect, useState } from 'preact/hooks';
import type { OptionsViewProps, SaveStatus } from '../../components/OptionsView';
import type { DataStatus } from '../../components/options/DataSection';
import type { Shortcut } from '../../components/options/ShortcutsSection';
import type { SiteNotice } from '../../components/options/SitesSection';
import { browserLanguage } from '../i18n';
import { request } from '../messaging/client';
import type { DatasetInfo } from '../messaging/protocol';
import type { Settings } from '../settings/schema';
import { CURATED_HOSTS, isPaused, PAUSE_MS } from '../sites/access';
import { dataActions, siteActions, type OptionsEnvironment } from './optionsActions';
import { useSettings } from './useSettings';
import { formatTime } from './useSiteControl';

export type { OptionsEnvironment } from './optionsActions';

/** The dataset's figures and the browser's shortcuts, read once when the page opens; the figures again on demand. */
function useOptionsInfo(env: OptionsEnvironment) {
  const [dataset, setDataset] = useState<DatasetInfo | null>(null);
  const [shortcuts, setShortcuts] = useState<Shortcut[]>([]);
  const loadDataset = () =>
    request(env.send, { type: 'dataset-info' }).then((answer) => setDataset(answer.ok ? answer.info : null));
  useEffect(() => {
    void loadDataset();
    void env.loadShortcuts().then(setShortcuts);
  }, []);
  return { dataset, shortcuts, loadDataset };
}

/** The options page's state and what its controls do; the view only renders. */
export function useOptions(env: OptionsEnvironment): OptionsViewProps | null {
  const { settings, lang, t, unavailable } = useSettings(env.store, env.navigatorLanguage, env.doc);
  const [save, setSave] = useState<SaveStatus>({ status: 'idle' });
  const [dataStatus, setDataStatus] = useState<DataStatus>({ status: 'idle' });
  const [siteNotice, setSiteNotice] = useState<SiteNotice>(null);
  const [cleared, setCleared] = useState(false);
  const { dataset, shortcuts, loadDataset } = useOptionsInfo(env);

  if (!settings) return null;

  const saved = (work: Promise<unknown>) =>
    work.then(
      () => setSave({ status: 'saved' }),
      (error: unknown) => setSave({ status: 'error', error: String(error) }),
    );
  const update = (patch: Partial<Settings> | ((current: Settings) => Partial<Settings>)) =>
    saved(env.store.update(patch));
  const context = { env, update, saved, setSave, setSiteNotice, setDataStatus, setCleared, loadDataset };

  const now = env.now();
  const pausedUntil =
    isPaused(settings, now) && settings.pausedUntil !== null ? formatTime(settings.pausedUntil, lang) : null;
  return {
    lang,
    t,
    settings,
    settingsUnavailable: unavailable,
    browserLanguage: browserLanguage(env.navigatorLanguage),
    save,
    curatedSites: CURATED_HOSTS,
    pausedUntil,
    siteNotice,
    shortcuts,
    dataset,
    dataStatus,
    importReplaced: dataset?.notice === 'import-replaced-by-bundled',
    cleared,
    actions: {
      onChange: (patch) => void update(patch),
      onPause: () => void update({ pausedUntil: env.now() + PAUSE_MS }),
      onResume: () => void update({ pausedUntil: null }),
      ...siteActions(context),
      ...dataActions(context),
      onChangeShortcuts: env.openShortcutSettings,
    },
  };
}
