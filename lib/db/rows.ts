import type { Entity, Position, Round } from '../dataset/schema';
import { foldAlias } from '../text/fold';
import { earliestDay } from '../dataset/dates';
import { roundParticipants } from '../dataset/participants';
import type { EntityRow, PositionRow, RoundRow } from './database';

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
