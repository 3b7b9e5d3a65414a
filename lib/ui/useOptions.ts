import { useEffect, useState } from 'preact/hooks';
import type { OptionsActions, OptionsViewProps, SaveStatus } from '../../components/OptionsView';
import type { DataStatus } from '../../components/options/DataSection';
import type { Shortcut } from '../../components/options/ShortcutsSection';
import type { SiteNotice } from '../../components/options/SitesSection';
import { MAX_IMPORT_BYTES } from '../dataset/schema';
import { browserLanguage } from '../i18n';
import { request, type SendMessage } from '../messaging/client';
import type { DatasetInfo } from '../messaging/protocol';
import type { Settings } from '../settings/schema';
import type { SettingsStore } from '../settings/store';
import { CURATED_HOSTS, isPaused, matchPatternsFor, parseSiteInput, PAUSE_MS } from '../sites/access';
import { clearLocalStorageIndexCache } from './indexCache';
import { useSettings } from './useSettings';
import { formatTime } from './useSiteControl';

export interface OptionsEnvironment {
  store: SettingsStore;
  send: SendMessage;
  navigatorLanguage: string;
  doc: Document;
  /** Must run inside the click that asked for it: browsers only prompt during a user gesture. */
  requestPermission: (origins: string[]) => Promise<boolean>;
  loadShortcuts: () => Promise<Shortcut[]>;
  openShortcutSettings: (() => void) | null;
  now: () => number;
}

/** The options page's state and what its controls do; the view only renders. */
export function useOptions(env: OptionsEnvironment): OptionsViewProps | null {
  const { settings, lang, t, unavailable } = useSettings(env.store, env.navigatorLanguage, env.doc);
  const [save, setSave] = useState<SaveStatus>({ status: 'idle' });
  const [dataset, setDataset] = useState<DatasetInfo | null>(null);
  const [dataStatus, setDataStatus] = useState<DataStatus>({ status: 'idle' });
  const [siteNotice, setSiteNotice] = useState<SiteNotice>(null);
  const [shortcuts, setShortcuts] = useState<Shortcut[]>([]);
  const [cleared, setCleared] = useState(false);

  const loadDataset = () =>
    request(env.send, { type: 'dataset-info' }).then((answer) => setDataset(answer.ok ? answer.info : null));
  useEffect(() => {
    void loadDataset();
    void env.loadShortcuts().then(setShortcuts);
  }, []);

  if (!settings) return null;

  const saved = (work: Promise<unknown>) =>
    work.then(
      () => setSave({ status: 'saved' }),
      (error: unknown) => setSave({ status: 'error', error: String(error) }),
    );
  const update = (patch: Partial<Settings> | ((current: Settings) => Partial<Settings>)) =>
    saved(env.store.update(patch));
  const withSite = (input: string, act: (site: string) => void) => {
    const site = parseSiteInput(input);
    if (site) act(site);
    else setSiteNotice({ kind: 'invalid', input });
  };

  const actions: OptionsActions = {
    onChange: (patch) => void update(patch),
    onPause: () => void update({ pausedUntil: env.now() + PAUSE_MS }),
    onResume: () => void update({ pausedUntil: null }),
    onEnableSite: (input) =>
      withSite(input, (site) => {
        // Asked first, before any other await, so the browser still sees the reader's click.
        void env
          .requestPermission(matchPatternsFor(site))
          .then(async (granted) => {
            const answer = granted ? await request(env.send, { type: 'enable-site', host: site }) : null;
            const enabled = answer?.ok === true && answer.enabled;
            setSiteNotice({ kind: enabled ? 'enabled' : 'denied', site });
            if (enabled) setSave({ status: 'saved' });
          })
          .catch(() => setSiteNotice({ kind: 'denied', site }));
      }),
    onDisableSite: (input) =>
      withSite(input, (site) => {
        void update((current) => ({
          sites: { ...current.sites, disabled: [...new Set([...current.sites.disabled, site])] },
        }));
        setSiteNotice({ kind: 'disabled', site });
      }),
    onForgetSite: (site) => void saved(request(env.send, { type: 'forget-site', host: site })),
    onReenableSite: (site) =>
      void update((current) => ({
        sites: { ...current.sites, disabled: current.sites.disabled.filter((entry) => entry !== site) },
      })),
    onImport: (file) => {
      // Checked before reading: a huge file would be read whole into this page only to be refused.
      if (file.size > MAX_IMPORT_BYTES) {
        setDataStatus({ status: 'too-large', bytes: file.size, limit: MAX_IMPORT_BYTES });
        return;
      }
      setDataStatus({ status: 'importing' });
      void file
        .text()
        .then((text) => request(env.send, { type: 'import-dataset', text }))
        .then((answer) => {
          setDataStatus(
            answer.ok
              ? {
                  status: 'imported',
                  version: answer.version,
                  entities: answer.counts.entities,
                  rounds: answer.counts.rounds,
                }
              : answer.problems && answer.problems.length > 0
                ? { status: 'refused', problems: answer.problems }
                : { status: 'failed', error: answer.error },
          );
          return loadDataset();
        })
        .catch((error: unknown) => setDataStatus({ status: 'failed', error: String(error) }));
    },
    onResetDataset: () =>
      void request(env.send, { type: 'reset-dataset' })
        .then((answer) => {
          setDataStatus(answer.ok ? { status: 'reset' } : { status: 'failed', error: answer.error });
          return loadDataset();
        })
        .catch((error: unknown) => setDataStatus({ status: 'failed', error: String(error) })),
    onClearData: () => {
      // The popup's search index lives in this origin's localStorage, which the background cannot reach.
      clearLocalStorageIndexCache(() => {
        const view = env.doc.defaultView;
        if (!view) throw new Error('no window');
        return view.localStorage;
      });
      void request(env.send, { type: 'clear-local-data' }).then((answer) => {
        setCleared(answer.ok);
        if (!answer.ok) setSave({ status: 'error', error: answer.error });
      });
    },
    onChangeShortcuts: env.openShortcutSettings,
  };

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
    actions,
  };
}
