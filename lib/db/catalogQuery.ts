import type { Entity, Position, Series } from '../dataset/schema';
import { idsNamedBy, searchCatalogOf, type SearchCatalog } from '../search/catalog';
import { allRounds, type DatasetRepository } from './repository';

/**
 * Gathers the catalog through the repository's own questions, so it works the
 * same over IndexedDB, the in-memory fallback and an imported dataset.
 */
export async function querySearchCatalog(repo: DatasetRepository): Promise<SearchCatalog> {
  const [rounds, info] = await Promise.all([allRounds(repo), repo.info()]);
  // One query per party, not per round: the positions stated at rounds come from few parties.
  const parties = [...new Set(rounds.flatMap((round) => round.parties))];
  const roundIds = new Set(rounds.map((round) => round.id));
  const positions = (await Promise.all(parties.map((party) => repo.positionsOf(party))))
    .flat()
    .filter((position) => position.round !== undefined && roundIds.has(position.round));
  const entities = new Map<string, Entity>();
  let wanted = new Set([
    ...rounds.flatMap(idsNamedBy),
    ...positions.flatMap((position) => [position.party, ...position.statedBy]),
  ]);
  // Places lie in cities, cities in countries: follow `within` until nothing new turns up.
  while (wanted.size > 0) {
    const found = (await Promise.all([...wanted].map((id) => repo.entity(id)))).filter(
      (entity): entity is Entity => entity !== undefined,
    );
    for (const entity of found) entities.set(entity.id, entity);
    wanted = new Set(found.flatMap((entity) => (entity.within && !entities.has(entity.within) ? [entity.within] : [])));
  }
  const seriesIds = [...new Set(rounds.flatMap((round) => (round.series ? [round.series] : [])))];
  const series = (await Promise.all(seriesIds.map((id) => repo.series(id)))).filter(
    (one): one is Series => one !== undefined,
  );
  const unique = new Map<string, Position>(positions.map((position) => [position.id, position]));
  return searchCatalogOf({
    version: info.version,
    rounds,
    entities: [...entities.values()],
    series,
    positions: [...unique.values()],
  });
}

let cached: { version: string; catalog: Promise<SearchCatalog> } | undefined;

/**
 * The catalog for the dataset in use, gathered once per dataset version while
 * the background lives: the version is a content hash, so an import or an
 * update gathers anew.
 */
export async function cachedSearchCatalog(repo: DatasetRepository): Promise<SearchCatalog> {
  const { version } = await repo.info();
  if (cached?.version !== version) {
    const catalog = querySearchCatalog(repo);
    cached = { version, catalog };
    // A failed read is not kept: the next popup asks again.
    catalog.catch(() => {
      if (cached?.catalog === catalog) cached = undefined;
    });
  }
  return cached.catalog;
}
