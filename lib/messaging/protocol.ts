import { z } from '../schema/z';
import { EntityTypeSchema, IsoDateSchema, LanguageSchema, SourceSchema } from '../dataset/schema';

/**
 * The one protocol between content scripts, pages and the background. Both
 * ends validate: the background every request, the caller every response.
 */
export const EntityCardRequestSchema = z.object({
  type: z.literal('entity-card'),
  entityId: z.string().min(1).max(100),
  asOf: IsoDateSchema,
  lang: LanguageSchema,
});

export const ReportErrorRequestSchema = z.object({
  type: z.literal('report-error'),
  context: z.enum(['content', 'popup', 'options']),
  message: z.string().max(2000),
});

export const DatasetInfoRequestSchema = z.object({ type: z.literal('dataset-info') });

export const RequestSchema = z.discriminatedUnion('type', [EntityCardRequestSchema, ReportErrorRequestSchema, DatasetInfoRequestSchema]);
export type Request = z.infer<typeof RequestSchema>;

export const EntityCardViewSchema = z.object({
  id: z.string(),
  type: EntityTypeSchema,
  name: z.string(),
  summary: z.string(),
  asOf: IsoDateSchema,
  roles: z.array(z.object({ title: z.string(), from: IsoDateSchema, to: IsoDateSchema.optional() })),
  sources: z.array(SourceSchema),
});
export type EntityCardView = z.infer<typeof EntityCardViewSchema>;

export const DatasetInfoSchema = z.object({
  version: z.string(),
  asOf: IsoDateSchema,
  entityCount: z.number().int().nonnegative(),
  storage: z.enum(['indexeddb', 'memory']),
});
export type DatasetInfo = z.infer<typeof DatasetInfoSchema>;

function failure() {
  return z.object({ ok: z.literal(false), error: z.string() });
}

/** What each request answers with; the client validates against this map. */
export const ResponseSchemas = {
  'entity-card': z.discriminatedUnion('ok', [z.object({ ok: z.literal(true), card: EntityCardViewSchema }), failure()]),
  'report-error': z.discriminatedUnion('ok', [z.object({ ok: z.literal(true) }), failure()]),
  'dataset-info': z.discriminatedUnion('ok', [z.object({ ok: z.literal(true), info: DatasetInfoSchema }), failure()]),
} satisfies Record<Request['type'], z.ZodType>;

export type ResponseFor<T extends Request['type']> = z.infer<(typeof ResponseSchemas)[T]>;
