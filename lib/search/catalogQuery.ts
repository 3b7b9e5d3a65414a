import type { Entity, Position, Series } from '../dataset/schema';
import type { DatasetRepository } from '../db/repository';
import { idsNamedBy, searchCatalogOf, type SearchCatalog } from './catalog';

/**
 * Gathers the catalog through the repository's own questions, so it works the
 * same over IndexedDB, the in-memory fallback and an imported dataset.
 */
export async function querySearchCatalog(repo: DatasetRepository): Promise<SearchCatalog> {
  const [rounds, info] = await Promise.all([repo.roundsBetween('0000-01-01', '9999-12-31'), repo.info()]);
  const positions = (await Promise.all(rounds.map((round) => repo.positionsAtRound(round.id)))).flat();
  const entities = new Map<string, Entity>();
  let wanted = new Set([...rounds.flatMap(idsNamedBy), ...positions.flatMap((position) => [position.party, ...position.statedBy])]);
  // Places lie in cities, cities in countries: follow `within` until nothing new turns up.
  while (wanted.size > 0) {
    const found = (await Promise.all([...wanted].map((id) => repo.entity(id)))).filter((entity): entity is Entity => entity !== undefined);
    for (const entity of found) entities.set(entity.id, entity);
    wanted = new Set(found.flatMap((entity) => (entity.within && !entities.has(entity.within) ? [entity.within] : [])));
  }
  const seriesIds = [...new Set(rounds.flatMap((round) => (round.series ? [round.series] : [])))];
  const series = (await Promise.all(seriesIds.map((id) => repo.series(id)))).filter((one): one is Series => one !== undefined);
  const unique = new Map<string, Position>(positions.map((position) => [position.id, position]));
  return searchCatalogOf({ version: info.version, rounds, entities: [...entities.values()], series, positions: [...unique.values()] });
}
