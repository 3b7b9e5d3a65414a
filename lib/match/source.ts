import { z } from '../schema/z';
import { AliasSchema, EntityTypeSchema, IdSchema, PartialDateSchema, type Dataset } from '../dataset/schema';

/**
 * What the matcher needs from a dataset and nothing more: names and their
 * rules, who held which office when (for "Kremlchef"), and the rounds' dates
 * and places (for "die dritte Runde in Istanbul"). Ships with the content
 * script; an imported dataset's comes from the background.
 */
export const LexiconSourceSchema = z.object({
  version: z.string(),
  entities: z.array(z.object({ id: IdSchema, type: EntityTypeSchema, aliases: z.array(AliasSchema), within: IdSchema.optional() })),
  offices: z.array(z.object({ id: IdSchema, aliases: z.array(AliasSchema), holders: z.array(z.object({ person: IdSchema, from: PartialDateSchema, to: PartialDateSchema.optional() })) })),
  series: z.array(z.object({ id: IdSchema, aliases: z.array(AliasSchema) })),
  rounds: z.array(z.object({ id: IdSchema, series: IdSchema.optional(), start: PartialDateSchema, end: PartialDateSchema.optional(), place: IdSchema.optional(), aliases: z.array(AliasSchema) })),
});
export type LexiconSource = z.infer<typeof LexiconSourceSchema>;

export function lexiconSourceOf(dataset: Pick<Dataset, 'entities' | 'offices' | 'series' | 'rounds'> & { version: string }): LexiconSource {
  return {
    version: dataset.version,
    entities: dataset.entities.map(({ id, type, aliases, within }) => ({ id, type, aliases, ...(within ? { within } : {}) })),
    offices: dataset.offices.map(({ id, aliases }) => ({
      id,
      aliases,
      holders: dataset.entities.flatMap((entity) => entity.roles.filter((role) => role.office === id).map((role) => ({ person: entity.id, from: role.from, ...(role.to ? { to: role.to } : {}) }))),
    })),
    series: dataset.series.map(({ id, aliases }) => ({ id, aliases })),
    rounds: dataset.rounds.map(({ id, series, start, end, place, aliases }) => ({ id, start, aliases, ...(series ? { series } : {}), ...(end ? { end } : {}), ...(place ? { place } : {}) })),
  };
}
