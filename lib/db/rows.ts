import type { Entity, Position, Round } from '../dataset/schema';
import { foldAlias } from '../text/fold';
import { earliestDay } from '../dataset/dates';
import type { EntityRow, PositionRow, RoundRow } from './database';

/** Everyone and everything that took part in a round, for the participant index. */
export function roundParticipants(round: Round): string[] {
  return [
    ...new Set([
      ...round.parties,
      ...round.hosts,
      ...round.mediators,
      ...round.delegations.flatMap((delegation) => [delegation.party, ...delegation.heads, ...delegation.members]),
    ]),
  ];
}

export const entityRow = (entity: Entity): EntityRow => ({
  ...entity,
  aliasKeys: [...new Set(entity.aliases.map((alias) => foldAlias(alias.text)))],
});
export const roundRow = (round: Round): RoundRow => ({
  ...round,
  participantIds: roundParticipants(round),
  startDay: earliestDay(round.start),
});
export const positionRow = (position: Position): PositionRow => ({ ...position, fromDay: earliestDay(position.from) });
