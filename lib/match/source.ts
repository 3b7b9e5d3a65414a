import { z } from '../schema/z';
import { AliasKindSchema, EntityTypeSchema, IdSchema, PartialDateSchema, type Alias, type Dataset } from '../dataset/schema';

/**
 * What the matcher needs from a dataset and nothing more: names and their
 * rules, who held which office when (for "Kremlchef"), and the rounds' dates
 * and places (for "die dritte Runde in Istanbul"). Ships with the content
 * script; an imported dataset's comes from the background.
 */
/** An alias as the matcher needs it; flags only where set, so the content script carries no defaults. */
export const LexiconAliasSchema = z.object({
  text: z.string().min(2),
  lang: z.enum(['de', 'en', 'any']),
  caseSensitive: z.literal(true).optional(),
  needsContext: z.literal(true).optional(),
  kind: AliasKindSchema.exclude(['name']).optional(),
});
export type LexiconAlias = z.infer<typeof LexiconAliasSchema>;

function compact({ text, lang, caseSensitive, needsContext, kind }: Omit<Alias, 'ambiguousWith'>): LexiconAlias {
  return { text, lang, ...(caseSensitive ? { caseSensitive } : {}), ...(needsContext ? { needsContext } : {}), ...(kind !== 'name' ? { kind } : {}) };
}
const compactAll = (aliases: Array<Omit<Alias, 'ambiguousWith'>>) => aliases.map(compact);

export const LexiconSourceSchema = z.object({
  version: z.string(),
  entities: z.array(z.object({ id: IdSchema, type: EntityTypeSchema, aliases: z.array(LexiconAliasSchema), within: IdSchema.optional() })),
  offices: z.array(z.object({ id: IdSchema, aliases: z.array(LexiconAliasSchema), holders: z.array(z.object({ person: IdSchema, from: PartialDateSchema, to: PartialDateSchema.optional() })) })),
  series: z.array(z.object({ id: IdSchema, aliases: z.array(LexiconAliasSchema) })),
  rounds: z.array(z.object({ id: IdSchema, series: IdSchema.optional(), start: PartialDateSchema, end: PartialDateSchema.optional(), place: IdSchema.optional(), aliases: z.array(LexiconAliasSchema) })),
});
export type LexiconSource = z.infer<typeof LexiconSourceSchema>;

export function lexiconSourceOf(dataset: Pick<Dataset, 'entities' | 'offices' | 'series' | 'rounds'> & { version: string }): LexiconSource {
  return {
    version: dataset.version,
    entities: dataset.entities.map(({ id, type, aliases, within }) => ({ id, type, aliases: compactAll(aliases), ...(within ? { within } : {}) })),
    offices: dataset.offices.map(({ id, aliases }) => ({
      id,
      aliases: compactAll(aliases),
      holders: dataset.entities.flatMap((entity) => entity.roles.filter((role) => role.office === id).map((role) => ({ person: entity.id, from: role.from, ...(role.to ? { to: role.to } : {}) }))),
    })),
    series: dataset.series.map(({ id, aliases }) => ({ id, aliases: compactAll(aliases) })),
    rounds: dataset.rounds.map(({ id, series, start, end, place, aliases }) => ({ id, start, aliases: compactAll(aliases), ...(series ? { series } : {}), ...(end ? { end } : {}), ...(place ? { place } : {}) })),
  };
}
