import type { Entity, IsoDate, Language, Position, Round } from '../dataset/schema';
import type { DatasetStamp, EntityCardView, PositionView, RoleView, RoundSummary } from './viewSchemas';
import { earliestDay, spanCovers } from '../dataset/dates';
import { rolesOn } from '../time/roles';

/** How many rounds a hover card lists; the count says how many there are in all, and the full entry lists them. */
export const CARD_ROUND_LIMIT = 3;

/** Names of the entities a view mentions, by id; an unknown id shows as itself. */
export type NameOf = (id: string) => string;

export function roundSummary(round: Round, lang: Language, nameOf?: NameOf): RoundSummary {
  const where = round.venue?.[lang] ?? (round.place && nameOf ? nameOf(round.place) : undefined);
  return {
    id: round.id,
    title: round.title[lang],
    start: round.start,
    ...(round.end ? { end: round.end } : {}),
    ...(where ? { where } : {}),
  };
}

export function positionView(position: Position, lang: Language, nameOf: NameOf): PositionView {
  return {
    id: position.id,
    party: { id: position.party, name: nameOf(position.party) },
    topics: position.topics,
    kind: position.kind,
    stance: position.stance[lang],
    from: position.from,
    sources: position.sources,
  };
}

/**
 * Positions in force on a date: stated by then and not yet dropped or
 * superseded. A superseded position still holds until its successor is stated.
 */
export function positionsInForce(positions: Position[], asOf: IsoDate): Position[] {
  const startOf = new Map(positions.map((position) => [position.id, earliestDay(position.from)]));
  const superseded = (position: Position) => {
    const successorStart = position.supersededBy ? startOf.get(position.supersededBy) : undefined;
    return successorStart !== undefined && successorStart <= asOf;
  };
  return positions
    .filter((position) => spanCovers(position.from, position.to, asOf) && !superseded(position))
    .sort((a, b) => earliestDay(b.from).localeCompare(earliestDay(a.from)));
}

/**
 * The party across the table: with two belligerents (`belligerentsOf` in lib/dataset), each faces the
 * other. Anyone else, or a dataset with more or fewer sides, has no single counterpart.
 */
export function counterpartOf(party: string, belligerents: readonly string[]): string | undefined {
  if (belligerents.length !== 2 || !belligerents.includes(party)) return undefined;
  return belligerents.find((other) => other !== party);
}

export interface EntityCardInput {
  entity: Entity;
  side?: Entity;
  /** Rounds the entity took part in, any order. */
  rounds: Round[];
  /** Positions of the entity's side (or of the entity itself, for states). */
  positions: Position[];
  /** Positions of the other party, any date: the view keeps those in force on the same issues. */
  counterpart: Position[];
  nameOf: NameOf;
  dataset: DatasetStamp;
}

export interface CardDates {
  /** The article's date: the facts the card states hold then. */
  asOf: IsoDate;
  /** Today, to say when a role has changed since. */
  today: IsoDate;
}

/** What a card shows for an entity as of the article's date, in the reader's language. */
export function entityCardView(
  input: EntityCardInput,
  { asOf, today }: CardDates,
  lang: Language,
  roundLimit = CARD_ROUND_LIMIT,
): EntityCardView {
  const { entity, side, rounds, positions, counterpart, nameOf } = input;
  const roleView = (role: ReturnType<typeof rolesOn>[number]): RoleView => ({
    title: role.title[lang],
    from: role.from,
    ...(role.to ? { to: role.to } : {}),
  });
  const roles = rolesOn(entity, asOf);
  const rolesNow = rolesOn(entity, today);
  const changed = rolesNow.map((role) => role.title.en).join('|') !== roles.map((role) => role.title.en).join('|');
  const seen = new Set<string>();
  const sources = [...roles.flatMap((role) => role.sources), ...entity.sources].filter(
    (source) => !seen.has(source.url) && seen.add(source.url),
  );
  const roundsSoFar = rounds
    .filter((round) => earliestDay(round.start) <= asOf)
    .sort((a, b) => earliestDay(b.start).localeCompare(earliestDay(a.start)));
  const own = positionsInForce(positions, asOf);
  const topics = new Set(own.flatMap((position) => position.topics));
  const across = positionsInForce(counterpart, asOf).filter((position) =>
    position.topics.some((topic) => topics.has(topic)),
  );
  return {
    id: entity.id,
    type: entity.type,
    name: entity.name[lang],
    summary: entity.summary[lang],
    asOf,
    today,
    ...(side ? { side: { id: side.id, name: side.name[lang] } } : {}),
    roles: roles.map(roleView),
    ...(changed && asOf < today ? { rolesNow: rolesNow.map(roleView) } : {}),
    rounds: roundsSoFar.slice(0, roundLimit).map((round) => roundSummary(round, lang, nameOf)),
    roundCount: roundsSoFar.length,
    positions: own.map((position) => positionView(position, lang, nameOf)),
    counterpart: across.map((position) => positionView(position, lang, nameOf)),
    sources,
    dataset: input.dataset,
  };
}
