import type { DatasetStore } from '../db/datasetStore';
import type { IsoDate } from '../dataset/schema';
import { queryEntityCard, queryRoundView } from '../db/queries';
import type { ErrorLog } from '../diagnostics/errorLog';
import type { Handlers } from './server';
import type { SettingsStore } from '../settings/store';
import { badgeFor, type Badge } from '../sites/badge';
import type { SiteRegistrar } from '../sites/registration';
import { cachedSearchCatalog } from '../search/catalogQuery';

export interface BackgroundDeps {
  store: () => Promise<DatasetStore>;
  errors: ErrorLog;
  settings: SettingsStore;
  sites: SiteRegistrar;
  setBadge: (tabId: number, badge: Badge) => Promise<void>;
  /** Tells open tabs that the dataset changed, so their highlights follow an import or a reset. */
  announceDatasetChange: () => Promise<void>;
  /** Empties the extension's local storage (not the dataset, which lives in IndexedDB). */
  clearLocalStorage: () => Promise<void>;
  /** Today's date, for "role now" on cards. */
  today: () => IsoDate;
  /** Opens an extension page (path and query) in a new tab next to the reader's. */
  openPage: (path: string, besideTab?: number) => Promise<void>;
}

/** The extension page that shows one full entry; its query names the entry and the date it is read for. */
export function entryPagePath(entry: { kind: 'entity' | 'round'; id: string; asOf: string }): string {
  return `/entry.html?${new URLSearchParams({ kind: entry.kind, id: entry.id, asOf: entry.asOf }).toString()}`;
}

export function createBackgroundHandlers(deps: BackgroundDeps): Handlers {
  const { store, errors, settings, sites } = deps;
  const repository = async () => (await store()).repository;
  return {
    'entity-card': async ({ entityId, asOf, lang, full }) => {
      const card = await queryEntityCard(await repository(), entityId, { asOf, lang, full, today: deps.today() });
      return card ? { ok: true, card } : { ok: false, error: `unknown entity "${entityId}"` };
    },
    'round-view': async ({ roundId, lang }) => {
      const round = await queryRoundView(await repository(), roundId, lang);
      return round ? { ok: true, round } : { ok: false, error: `unknown round "${roundId}"` };
    },
    'dataset-info': async () => ({ ok: true, info: await (await repository()).info() }),
    lexicon: async ({ knownVersion }) => {
      const repo = await repository();
      const { version } = await repo.info();
      // The bundled lexicon ships with the content script; only an imported dataset needs sending.
      return { ok: true, version, source: version === knownVersion ? null : await repo.lexiconSource() };
    },
    settings: async () => ({ ok: true, settings: await settings.load() }),
    'search-catalog': async () => ({ ok: true, catalog: await cachedSearchCatalog(await repository()) }),
    'report-error': async ({ context, message }) => {
      errors.add(context, message);
      return { ok: true };
    },
    'page-state': async ({ state, count }, sender) => {
      const tabId = sender.tab?.id;
      if (tabId === undefined) return { ok: false, error: 'page-state comes from a tab' };
      await deps.setBadge(tabId, badgeFor(state, count));
      return { ok: true };
    },
    'import-dataset': async ({ text }) => {
      const result = await (await store()).importFile(text);
      if (!result.ok) return { ok: false, error: 'the file was refused', problems: result.problems };
      await deps.announceDatasetChange();
      return { ok: true, version: result.version, counts: result.counts };
    },
    'reset-dataset': async () => {
      await (await store()).resetToBundled();
      await deps.announceDatasetChange();
      return { ok: true };
    },
    'enable-site': async ({ host, tabId }) => {
      // Registration first: the settings list only names sites that really run.
      // (The registrar refuses a tab that does not show the site, before anything changes.)
      const enabled = await sites.enable(host, tabId);
      if (enabled) {
        let listedBefore = false;
        try {
          await settings.update((current) => {
            listedBefore = current.sites.enabled.includes(host);
            return {
              sites: {
                enabled: [...new Set([...current.sites.enabled, host])],
                disabled: current.sites.disabled.filter((entry) => entry !== host),
              },
            };
          });
        } catch (error) {
          // Not on the list, so not enabled: no script or permission may stay behind for it.
          if (!listedBefore) await sites.forget(host).catch(() => undefined);
          throw error;
        }
      }
      return { ok: true, enabled };
    },
    'forget-site': async ({ host }) => {
      await settings.update((current) => ({
        sites: { ...current.sites, enabled: current.sites.enabled.filter((entry) => entry !== host) },
      }));
      await sites.forget(host);
      return { ok: true };
    },
    'open-entry': async ({ kind, id, asOf }, sender) => {
      await deps.openPage(entryPagePath({ kind, id, asOf }), sender.tab?.id);
      return { ok: true };
    },
    'clear-local-data': async () => {
      // Every step is tried even when one fails; the first failure is the answer.
      const failures: unknown[] = [];
      const attempt = (step: () => Promise<unknown>) => step().catch((error: unknown) => void failures.push(error));
      errors.clear();
      await attempt(() => deps.clearLocalStorage());
      // Every site script and optional permission, not only those of the sites the settings still list.
      await attempt(() => sites.forgetAll());
      await attempt(() => settings.reset());
      if (failures.length > 0) throw failures[0];
      return { ok: true };
    },
  };
}
