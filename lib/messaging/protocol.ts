import { z } from '../schema/z';
import { LexiconSourceSchema } from '../match/source';
import { SettingsSchema } from '../settings/schema';
import { SearchCatalogSchema } from '../search/catalog';
import { EntityTypeSchema, FigureSchema, IdSchema, IsoDateSchema, IssueTopicSchema, LanguageSchema, PartialDateSchema, RoundFormatSchema, SourceSchema } from '../dataset/schema';

/**
 * The one protocol between content scripts, pages and the background. Both
 * ends validate: the background every request, the caller every response.
 */
export const EntityCardRequestSchema = z.object({
  type: z.literal('entity-card'),
  entityId: IdSchema,
  asOf: IsoDateSchema,
  lang: LanguageSchema,
});

export const RoundViewRequestSchema = z.object({ type: z.literal('round-view'), roundId: IdSchema, lang: LanguageSchema });

export const ReportErrorRequestSchema = z.object({
  type: z.literal('report-error'),
  context: z.enum(['content', 'popup', 'options']),
  message: z.string().max(2000),
});

export const DatasetInfoRequestSchema = z.object({ type: z.literal('dataset-info') });

/** The content script ships the bundled lexicon; it asks for another only when the reader imported a dataset. */
export const LexiconRequestSchema = z.object({ type: z.literal('lexicon'), knownVersion: z.string().max(64) });

/** The content script reads its settings through the background, which validates them (no Zod in the page). */
export const SettingsRequestSchema = z.object({ type: z.literal('settings') });

/** The popup's search: every round with the names it needs, in both languages (the index covers both). */
export const SearchCatalogRequestSchema = z.object({ type: z.literal('search-catalog') });

export const RequestSchema = z.discriminatedUnion('type', [EntityCardRequestSchema, RoundViewRequestSchema, ReportErrorRequestSchema, DatasetInfoRequestSchema, LexiconRequestSchema, SettingsRequestSchema, SearchCatalogRequestSchema]);
export type Request = z.infer<typeof RequestSchema>;

const NamedRefSchema = z.object({ id: z.string(), name: z.string() });

export const RoundSummarySchema = z.object({ id: z.string(), title: z.string(), start: PartialDateSchema, end: PartialDateSchema.optional() });
export type RoundSummary = z.infer<typeof RoundSummarySchema>;

export const PositionViewSchema = z.object({
  id: z.string(),
  topics: z.array(IssueTopicSchema),
  kind: z.string(),
  stance: z.string(),
  from: PartialDateSchema,
});

export const EntityCardViewSchema = z.object({
  id: z.string(),
  type: EntityTypeSchema,
  name: z.string(),
  summary: z.string(),
  asOf: IsoDateSchema,
  side: NamedRefSchema.optional(),
  roles: z.array(z.object({ title: z.string(), from: PartialDateSchema, to: PartialDateSchema.optional() })),
  /** Rounds the entity took part in up to the article's date, latest first; `roundCount` counts them all. */
  rounds: z.array(RoundSummarySchema),
  roundCount: z.number().int().nonnegative(),
  /** The positions of the entity's side in force on the article's date. */
  positions: z.array(PositionViewSchema),
  sources: z.array(SourceSchema),
});
export type EntityCardView = z.infer<typeof EntityCardViewSchema>;

export const RoundViewSchema = z.object({
  id: z.string(),
  title: z.string(),
  format: RoundFormatSchema,
  start: PartialDateSchema,
  end: PartialDateSchema.optional(),
  place: NamedRefSchema.optional(),
  venue: z.string().optional(),
  series: NamedRefSchema.optional(),
  parties: z.array(NamedRefSchema),
  delegations: z.array(z.object({ party: NamedRefSchema, heads: z.array(NamedRefSchema), members: z.array(NamedRefSchema) })),
  hosts: z.array(NamedRefSchema),
  mediators: z.array(NamedRefSchema),
  agenda: z.string(),
  summary: z.string(),
  outcomes: z.array(z.object({ text: z.string(), figures: z.array(FigureSchema) })),
  followedBy: z.string().optional(),
  previous: RoundSummarySchema.optional(),
  next: RoundSummarySchema.optional(),
  positions: z.array(PositionViewSchema.extend({ party: NamedRefSchema })),
  sources: z.array(SourceSchema),
});
export type RoundView = z.infer<typeof RoundViewSchema>;

export const DatasetInfoSchema = z.object({
  version: z.string(),
  asOf: IsoDateSchema,
  coversUntil: PartialDateSchema,
  origin: z.enum(['bundled', 'imported']),
  entityCount: z.number().int().nonnegative(),
  roundCount: z.number().int().nonnegative(),
  positionCount: z.number().int().nonnegative(),
  storage: z.enum(['indexeddb', 'memory']),
  notice: z.enum(['import-replaced-by-bundled']).optional(),
});
export type DatasetInfo = z.infer<typeof DatasetInfoSchema>;


function failure() {
  return z.object({ ok: z.literal(false), error: z.string() });
}

/** What each request answers with; the client validates against this map. */
export const ResponseSchemas = {
  'entity-card': z.discriminatedUnion('ok', [z.object({ ok: z.literal(true), card: EntityCardViewSchema }), failure()]),
  'round-view': z.discriminatedUnion('ok', [z.object({ ok: z.literal(true), round: RoundViewSchema }), failure()]),
  'report-error': z.discriminatedUnion('ok', [z.object({ ok: z.literal(true) }), failure()]),
  'dataset-info': z.discriminatedUnion('ok', [z.object({ ok: z.literal(true), info: DatasetInfoSchema }), failure()]),
  settings: z.discriminatedUnion('ok', [z.object({ ok: z.literal(true), settings: SettingsSchema }), failure()]),
  lexicon: z.discriminatedUnion('ok', [z.object({ ok: z.literal(true), version: z.string(), source: LexiconSourceSchema.nullable() }), failure()]),
  'search-catalog': z.discriminatedUnion('ok', [z.object({ ok: z.literal(true), catalog: SearchCatalogSchema }), failure()]),
} satisfies Record<Request['type'], z.ZodType>;

export type ResponseFor<T extends Request['type']> = z.infer<(typeof ResponseSchemas)[T]>;
