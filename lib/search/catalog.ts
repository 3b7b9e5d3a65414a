import { z } from '../schema/z';
import {
  BilingualTextSchema,
  EntityTypeSchema,
  IdSchema,
  RoundSchema,
  type Entity,
  type Position,
  type Round,
  type Series,
} from '../dataset/schema';
import { roundParticipants } from '../dataset/participants';

/**
 * What the popup needs to search and list every round without asking again:
 * the rounds in both languages and the names (with every spelling) of whoever
 * and wherever they name. The background sends it whole; the popup indexes it.
 */
export const CatalogNameSchema = z.object({
  id: IdSchema,
  type: EntityTypeSchema,
  name: BilingualTextSchema,
  /** Every press spelling, so "Selenskyj" finds what "Zelensky" finds. */
  aliases: z.array(z.string()),
  /** For places: the city or country it lies in, so a venue is found by its city. */
  within: IdSchema.optional(),
});
export type CatalogName = z.infer<typeof CatalogNameSchema>;

export const CatalogRoundSchema = RoundSchema.pick({
  id: true,
  kind: true,
  format: true,
  series: true,
  title: true,
  start: true,
  end: true,
  place: true,
  venue: true,
  parties: true,
  delegations: true,
  hosts: true,
  mediators: true,
  agenda: true,
  summary: true,
  outcomes: true,
  followedBy: true,
}).extend({ aliases: z.array(z.string()) });
export type CatalogRound = z.infer<typeof CatalogRoundSchema>;

export const CatalogSeriesSchema = z.object({ id: IdSchema, name: BilingualTextSchema, aliases: z.array(z.string()) });
export const CatalogPositionSchema = z.object({
  round: IdSchema,
  party: IdSchema,
  stance: BilingualTextSchema,
  statedBy: z.array(IdSchema),
});
export type CatalogPosition = z.infer<typeof CatalogPositionSchema>;

export const SearchCatalogSchema = z.object({
  version: z.string(),
  rounds: z.array(CatalogRoundSchema),
  names: z.array(CatalogNameSchema),
  series: z.array(CatalogSeriesSchema),
  positions: z.array(CatalogPositionSchema),
});
export type SearchCatalog = z.infer<typeof SearchCatalogSchema>;

/** Every entity id a round names, places included (their containing places are added by the caller). */
export function idsNamedBy(round: Round): string[] {
  return [...roundParticipants(round), ...(round.place ? [round.place] : [])];
}

export interface CatalogInput {
  version: string;
  rounds: Round[];
  entities: Entity[];
  series: Series[];
  positions: Position[];
}

/** The catalog from dataset rows; sources and notes stay behind (the detail view asks for them). */
export function searchCatalogOf({ version, rounds, entities, series, positions }: CatalogInput): SearchCatalog {
  return {
    version,
    rounds: rounds.map((round) => ({
      id: round.id,
      kind: round.kind,
      format: round.format,
      ...(round.series ? { series: round.series } : {}),
      title: round.title,
      aliases: round.aliases.map((alias) => alias.text),
      start: round.start,
      ...(round.end ? { end: round.end } : {}),
      ...(round.place ? { place: round.place } : {}),
      ...(round.venue ? { venue: round.venue } : {}),
      parties: round.parties,
      delegations: round.delegations,
      hosts: round.hosts,
      mediators: round.mediators,
      agenda: round.agenda,
      summary: round.summary,
      outcomes: round.outcomes.map((outcome) => ({ text: outcome.text, figures: outcome.figures, sources: [] })),
      ...(round.followedBy ? { followedBy: round.followedBy } : {}),
    })),
    names: entities.map((entity) => ({
      id: entity.id,
      type: entity.type,
      name: entity.name,
      aliases: entity.aliases.map((alias) => alias.text),
      ...(entity.within ? { within: entity.within } : {}),
    })),
    series: series.map((one) => ({ id: one.id, name: one.name, aliases: one.aliases.map((alias) => alias.text) })),
    positions: positions.flatMap((position) =>
      position.round
        ? [{ round: position.round, party: position.party, stance: position.stance, statedBy: position.statedBy }]
        : [],
    ),
  };
}
