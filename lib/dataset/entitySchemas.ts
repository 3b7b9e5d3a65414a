import { z } from '../schema/z';
import { AliasSchema, TOO_MANY_ALIASES } from './aliasSchemas';
import { atLeastOneSource, BilingualTextSchema, IdSchema, SourceSchema } from './commonSchemas';
import { IsoDateSchema, PartialDateSchema } from './dateSchemas';
import { MAX_ALIASES_PER_ROW } from './limits';

export const RoleSchema = z.object({
  title: BilingualTextSchema,
  /** One id per office (e.g. `russia-president`): no two people may hold it at the same time. */
  office: IdSchema.optional(),
  from: PartialDateSchema,
  /** Exclusive: the first day the role was no longer held (the successor's `from`); absent while it is held. */
  to: IsoDateSchema.optional(),
  sources: atLeastOneSource('a role'),
  note: z.string().optional(),
});
export type Role = z.infer<typeof RoleSchema>;

export const EntityTypeSchema = z.enum(['person', 'state', 'organisation', 'body', 'place', 'term']);
export type EntityType = z.infer<typeof EntityTypeSchema>;

/** States, organisations and bodies may carry an official reference link instead of a fact source. */
const TYPES_WITH_REFERENCE_LINK: ReadonlySet<EntityType> = new Set(['state', 'organisation', 'body']);

export const EntitySchema = z
  .object({
    id: IdSchema,
    type: EntityTypeSchema,
    name: BilingualTextSchema,
    summary: BilingualTextSchema,
    aliases: z
      .array(AliasSchema)
      .min(1, 'an entity needs at least one alias')
      .max(MAX_ALIASES_PER_ROW, TOO_MANY_ALIASES),
    /** Confirmed Wikidata id; linking never depends on it. */
    wikidata: z
      .string()
      .regex(/^Q\d+$/)
      .optional(),
    /** For persons and bodies: the state or organisation they act for. */
    side: IdSchema.optional(),
    roles: z.array(RoleSchema).default([]),
    /** For places: what kind of place, and the place it lies in. */
    placeKind: z.enum(['city', 'venue', 'region', 'country', 'site', 'area', 'waterway']).optional(),
    within: IdSchema.optional(),
    /** An official site (states, organisations, bodies). */
    link: z.url({ protocol: /^https$/, error: 'a reference link must use https' }).optional(),
    sources: z.array(SourceSchema).default([]),
    /** Curators' note: open conflicts between sources, what was left out and why. */
    note: z.string().optional(),
  })
  .superRefine((entity, ctx) => {
    const mayLink = TYPES_WITH_REFERENCE_LINK.has(entity.type);
    if (entity.sources.length === 0 && !(mayLink && entity.link)) {
      ctx.addIssue({
        code: 'custom',
        path: ['sources'],
        message: `a ${entity.type} needs at least one source${mayLink ? ' or a reference link' : ''}`,
      });
    }
  });
export type Entity = z.infer<typeof EntitySchema>;

/** Offices that the press names instead of the holder ("Kremlchef", "Kreml-Sprecher"). */
export const OfficeSchema = z.object({
  id: IdSchema,
  name: BilingualTextSchema,
  aliases: z.array(AliasSchema).max(MAX_ALIASES_PER_ROW, TOO_MANY_ALIASES).default([]),
});
export type Office = z.infer<typeof OfficeSchema>;
