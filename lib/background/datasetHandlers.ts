import { cachedSearchCatalog } from '../db/catalogQuery';
import { queryEntityCard, queryRoundView } from '../db/queries';
import type { Handlers } from '../messaging/server';
import type { BackgroundDeps } from './deps';

type DatasetRequest =
  | 'entity-card'
  | 'round-view'
  | 'dataset-info'
  | 'lexicon'
  | 'search-catalog'
  | 'import-dataset'
  | 'reset-dataset'
  | 'open-entry';

/** The extension page that shows one full entry; its query names the entry and the date it is read for. */
export function entryPagePath(entry: { kind: 'entity' | 'round'; id: string; asOf: string }): string {
  return `/entry.html?${new URLSearchParams({ kind: entry.kind, id: entry.id, asOf: entry.asOf }).toString()}`;
}

/** The answers read from the dataset (cards, rounds, the lexicon, the search catalog) and the changes to it. */
export function datasetHandlers(
  deps: Pick<BackgroundDeps, 'store' | 'today' | 'announceDatasetChange' | 'openPage'>,
): Pick<Handlers, DatasetRequest> {
  const { store } = deps;
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
    'search-catalog': async () => ({ ok: true, catalog: await cachedSearchCatalog(await repository()) }),
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
    'open-entry': async ({ kind, id, asOf }, sender) => {
      await deps.openPage(entryPagePath({ kind, id, asOf }), sender.tab?.id);
      return { ok: true };
    },
  };
}
