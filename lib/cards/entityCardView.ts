import type { Entity, IsoDate, Language, Position, Round } from '../dataset/schema';
import type { EntityCardView, RoundSummary } from '../messaging/protocol';
import { earliestDay, spanCovers } from '../time/dates';
import { rolesOn } from '../time/roles';

/** How many rounds a card lists; the count says how many there are in all. */
export const CARD_ROUND_LIMIT = 5;

export function roundSummary(round: Round, lang: Language): RoundSummary {
  return { id: round.id, title: round.title[lang], start: round.start, ...(round.end ? { end: round.end } : {}) };
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
  return positions.filter((position) => spanCovers(position.from, position.to, asOf) && !superseded(position)).sort((a, b) => earliestDay(b.from).localeCompare(earliestDay(a.from)));
}

export interface EntityCardInput {
  entity: Entity;
  side?: Entity;
  /** Rounds the entity took part in, any order. */
  rounds: Round[];
  /** Positions of the entity's side (or of the entity itself, for states). */
  positions: Position[];
}

/** What a card shows for an entity as of the article's date, in the reader's language. */
export function entityCardView({ entity, side, rounds, positions }: EntityCardInput, asOf: IsoDate, lang: Language): EntityCardView {
  const roles = rolesOn(entity, asOf);
  const seen = new Set<string>();
  const sources = [...roles.flatMap((role) => role.sources), ...entity.sources].filter((source) => !seen.has(source.url) && seen.add(source.url));
  const roundsSoFar = rounds.filter((round) => earliestDay(round.start) <= asOf).sort((a, b) => earliestDay(b.start).localeCompare(earliestDay(a.start)));
  return {
    id: entity.id,
    type: entity.type,
    name: entity.name[lang],
    summary: entity.summary[lang],
    asOf,
    ...(side ? { side: { id: side.id, name: side.name[lang] } } : {}),
    roles: roles.map((role) => ({ title: role.title[lang], from: role.from, ...(role.to ? { to: role.to } : {}) })),
    rounds: roundsSoFar.slice(0, CARD_ROUND_LIMIT).map((round) => roundSummary(round, lang)),
    roundCount: roundsSoFar.length,
    positions: positionsInForce(positions, asOf).map((position) => ({ id: position.id, topics: position.topics, kind: position.kind, stance: position.stance[lang], from: position.from })),
    sources,
  };
}
