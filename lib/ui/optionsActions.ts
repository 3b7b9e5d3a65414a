import type { OptionsActions, SaveStatus } from '../../components/OptionsView';
import type { DataStatus } from '../../components/options/DataSection';
import type { Shortcut } from '../../components/options/ShortcutsSection';
import type { SiteNotice } from '../../components/options/SitesSection';
import { MAX_IMPORT_BYTES } from '../dataset/schema';
import { request, type SendMessage } from '../messaging/client';
import type { Settings } from '../settings/schema';
import type { SettingsStore } from '../settings/store';
import { matchPatternsFor, parseSiteInput } from '../sites/access';
import { clearLocalStorageIndexCache } from './indexCache';

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

/** What the options page's actions change, handed to the groups of actions below. */
export interface OptionsActionContext {
  env: OptionsEnvironment;
  /** Saves a change of the settings and reports how that went. */
  update: (patch: Partial<Settings> | ((current: Settings) => Partial<Settings>)) => Promise<void>;
  /** Reports how a piece of saving work went. */
  saved: (work: Promise<unknown>) => Promise<void>;
  setSave: (save: SaveStatus) => void;
  setSiteNotice: (notice: SiteNotice) => void;
  setDataStatus: (status: DataStatus) => void;
  setCleared: (cleared: boolean) => void;
  /** Asks the background for the dataset's figures again, after they changed. */
  loadDataset: () => Promise<void>;
}

type SiteActions = Pick<OptionsActions, 'onEnableSite' | 'onDisableSite' | 'onForgetSite' | 'onReenableSite'>;
type DataActions = Pick<OptionsActions, 'onImport' | 'onResetDataset' | 'onClearData'>;

/** Switching Dossier on and off for sites the reader names. */
export function siteActions({ env, update, saved, setSave, setSiteNotice }: OptionsActionContext): SiteActions {
  const withSite = (input: string, act: (site: string) => void) => {
    const site = parseSiteInput(input);
    if (site) act(site);
    else setSiteNotice({ kind: 'invalid', input });
  };
  return {
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
  };
}

/** Importing a dataset, going back to the bundled one, and clearing what Dossier stored. */
export function dataActions({
  env,
  setSave,
  setDataStatus,
  setCleared,
  loadDataset,
}: OptionsActionContext): DataActions {
  const failed = (error: unknown) => setDataStatus({ status: 'failed', error: String(error) });
  return {
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
        .catch(failed);
    },
    onResetDataset: () =>
      void request(env.send, { type: 'reset-dataset' })
        .then((answer) => {
          setDataStatus(answer.ok ? { status: 'reset' } : { status: 'failed', error: answer.error });
          return loadDataset();
        })
        .catch(failed),
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
  };
}
