import type { DatasetStore } from '../db/datasetStore';
import { queryEntityCard, queryRoundView } from '../db/queries';
import type { ErrorLog } from '../diagnostics/errorLog';
import type { Handlers } from './server';
import type { Settings } from '../settings/schema';
import { cachedSearchCatalog } from '../search/catalogQuery';

export function createBackgroundHandlers(store: () => Promise<DatasetStore>, errors: ErrorLog, loadSettings: () => Promise<Settings>): Handlers {
  const repository = async () => (await store()).repository;
  return {
    'entity-card': async ({ entityId, asOf, lang }) => {
      const card = await queryEntityCard(await repository(), entityId, asOf, lang);
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
    settings: async () => ({ ok: true, settings: await loadSettings() }),
    'search-catalog': async () => ({ ok: true, catalog: await cachedSearchCatalog(await repository()) }),
    'report-error': async ({ context, message }) => {
      errors.add(context, message);
      return { ok: true };
    },
  };
}
