import { CARD_ROUND_LIMIT, counterpartOf, entityCardView } from '../cards/entityCardView';
import { roundView } from '../cards/roundView';
import type { Entity, IsoDate, Language, Round } from '../dataset/schema';
import type { DatasetStamp, EntityCardView, RoundView } from '../cards/viewSchemas';
import { belligerentsOf } from '../dataset/belligerents';
import { earliestDay } from '../dataset/dates';
import { roundParticipants } from '../dataset/participants';
import { allRounds, type DatasetRepository } from './repository';

/** Whose positions a card shows: a person's or body's side, or a state's or organisation's own. */
function positionHolder(entity: Entity): string | undefined {
  if (entity.type === 'state' || entity.type === 'organisation') return entity.id;
  return entity.side;
}

const belligerentsByRepository = new WeakMap<DatasetRepository, { version: string; parties: Promise<string[]> }>();

/**
 * The sides of the war in the repository's dataset, derived from its rounds once per dataset version:
 * the version is a content hash, so an import or a reset derives them anew. A failed read is not kept.
 */
function belligerentsIn(repo: DatasetRepository, version: string): Promise<string[]> {
  const cached = belligerentsByRepository.get(repo);
  if (cached?.version === version) return cached.parties;
  const parties = allRounds(repo).then(belligerentsOf);
  belligerentsByRepository.set(repo, { version, parties });
  parties.catch(() => {
    if (belligerentsByRepository.get(repo)?.parties === parties) belligerentsByRepository.delete(repo);
  });
  return parties;
}

async function datasetStamp(repo: DatasetRepository): Promise<DatasetStamp> {
  const { version, asOf, coversUntil } = await repo.info();
  return { version, asOf, coversUntil };
}

/** Names for the ids a view mentions, looked up once each. */
async function namesOf(
  repo: DatasetRepository,
  ids: Iterable<string>,
  lang: Language,
): Promise<(id: string) => string> {
  const unique = [...new Set(ids)];
  const found = await Promise.all(unique.map((id) => repo.entity(id)));
  const names = new Map(found.flatMap((entity) => (entity ? [[entity.id, entity.name[lang]] as const] : [])));
  return (id) => names.get(id) ?? id;
}

export interface EntityCardQuery {
  asOf: IsoDate;
  today: IsoDate;
  lang: Language;
  /** The full entry lists every round; the hover card the latest few. */
  full?: boolean;
}

/** The card for an entity as of a date: identity, roles then (and now), rounds so far, both sides' positions then. */
export async function queryEntityCard(
  repo: DatasetRepository,
  id: string,
  query: EntityCardQuery,
): Promise<EntityCardView | undefined> {
  const [entity, dataset] = await Promise.all([repo.entity(id), datasetStamp(repo)]);
  if (!entity) return undefined;
  const holder = positionHolder(entity);
  const across = holder ? counterpartOf(holder, await belligerentsIn(repo, dataset.version)) : undefined;
  const [side, asParticipant, asPlace, positions, counterpart] = await Promise.all([
    entity.side ? repo.entity(entity.side) : undefined,
    repo.roundsWithParticipant(id),
    entity.type === 'place' ? repo.roundsAtPlace(id) : Promise.resolve([]),
    holder ? repo.positionsOf(holder) : Promise.resolve([]),
    across ? repo.positionsOf(across) : Promise.resolve([]),
  ]);
  const rounds = [...new Map([...asParticipant, ...asPlace].map((round) => [round.id, round])).values()];
  const nameOf = await namesOf(
    repo,
    [
      ...rounds.flatMap((round) => (round.place ? [round.place] : [])),
      ...(holder ? [holder] : []),
      ...(across ? [across] : []),
    ],
    query.lang,
  );
  return entityCardView(
    { entity, side, rounds, positions, counterpart, nameOf, dataset },
    { asOf: query.asOf, today: query.today },
    query.lang,
    query.full ? Number.POSITIVE_INFINITY : CARD_ROUND_LIMIT,
  );
}

async function neighbours(repo: DatasetRepository, round: Round): Promise<{ previous?: Round; next?: Round }> {
  const siblings = round.series ? await repo.roundsInSeries(round.series) : await allRounds(repo);
  const ordered = [...siblings].sort(
    (a, b) => earliestDay(a.start).localeCompare(earliestDay(b.start)) || a.id.localeCompare(b.id),
  );
  const index = ordered.findIndex((candidate) => candidate.id === round.id);
  return { previous: index > 0 ? ordered[index - 1] : undefined, next: index >= 0 ? ordered[index + 1] : undefined };
}

/** A whole round with everyone in it resolved to names, its neighbours and the positions stated there. */
export async function queryRoundView(
  repo: DatasetRepository,
  id: string,
  lang: Language,
): Promise<RoundView | undefined> {
  const round = await repo.round(id);
  if (!round) return undefined;
  const ids = [...roundParticipants(round), ...(round.place ? [round.place] : [])];
  const [resolved, series, { previous, next }, positions, dataset] = await Promise.all([
    Promise.all(ids.map((entityId) => repo.entity(entityId))),
    round.series ? repo.series(round.series) : undefined,
    neighbours(repo, round),
    repo.positionsAtRound(id),
    datasetStamp(repo),
  ]);
  for (const position of positions) if (!ids.includes(position.party)) resolved.push(await repo.entity(position.party));
  const entities = new Map(
    resolved.filter((entity): entity is Entity => entity !== undefined).map((entity) => [entity.id, entity]),
  );
  return roundView({ round, entities, series, previous, next, positions, dataset }, lang);
}
