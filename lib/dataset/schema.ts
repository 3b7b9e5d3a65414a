import { z } from '../schema/z';

/** An ISO calendar date, `YYYY-MM-DD`. Roles and sources are dated to the day. */
export const IsoDateSchema = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date as YYYY-MM-DD');
export type IsoDate = z.infer<typeof IsoDateSchema>;

export const LanguageSchema = z.enum(['de', 'en']);
export type Language = z.infer<typeof LanguageSchema>;

/** Every text the reader sees exists in both languages; a missing one fails validation. */
export const BilingualTextSchema = z.object({
  de: z.string().min(1),
  en: z.string().min(1),
});
export type BilingualText = z.infer<typeof BilingualTextSchema>;

export const SourceSchema = z.object({
  // Sources open from the card, so only https links are allowed to reach the reader.
  url: z.url({ protocol: /^https$/, error: 'source links must use https' }),
  outlet: z.string().min(1),
  date: IsoDateSchema.optional(),
  lang: z.string().min(2),
});
export type Source = z.infer<typeof SourceSchema>;

export const AliasSchema = z.object({
  text: z.string().min(2),
  lang: z.enum(['de', 'en', 'any']),
  /** Names that are also common words (Trump, Merz) only match with their capital letter. */
  caseSensitive: z.boolean().default(false),
});
export type Alias = z.infer<typeof AliasSchema>;

export const RoleSchema = z.object({
  title: BilingualTextSchema,
  from: IsoDateSchema,
  /** Absent while the role is held. */
  to: IsoDateSchema.optional(),
  sources: z.array(SourceSchema).min(1, 'every role needs a source'),
});
export type Role = z.infer<typeof RoleSchema>;

export const EntityTypeSchema = z.enum(['person', 'state', 'organisation', 'body', 'place', 'term']);
export type EntityType = z.infer<typeof EntityTypeSchema>;

export const EntitySchema = z
  .object({
    id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'ids are kebab-case'),
    type: EntityTypeSchema,
    name: BilingualTextSchema,
    summary: BilingualTextSchema,
    aliases: z.array(AliasSchema).min(1),
    side: z.string().optional(),
    wikidata: z
      .string()
      .regex(/^Q\d+$/)
      .optional(),
    roles: z.array(RoleSchema).default([]),
    sources: z.array(SourceSchema).min(1, 'every entity needs a source'),
  })
  .superRefine((entity, ctx) => {
    entity.roles.forEach((role, index) => {
      if (role.to !== undefined && role.to < role.from) {
        ctx.addIssue({ code: 'custom', path: ['roles', index, 'to'], message: 'a role cannot end before it starts' });
      }
    });
  });
export type Entity = z.infer<typeof EntitySchema>;

export const DatasetMetaSchema = z.object({
  name: z.string().min(1),
  asOf: IsoDateSchema,
});

export const DatasetSchema = z
  .object({
    meta: DatasetMetaSchema,
    entities: z.array(EntitySchema),
  })
  .superRefine((dataset, ctx) => {
    const seen = new Set<string>();
    dataset.entities.forEach((entity, index) => {
      if (seen.has(entity.id)) {
        ctx.addIssue({ code: 'custom', path: ['entities', index, 'id'], message: `duplicate id "${entity.id}"` });
      }
      seen.add(entity.id);
    });
  });
export type Dataset = z.infer<typeof DatasetSchema>;
