import { z } from '../schema/z';
import { LexiconSourceSchema } from '../match/source';
import { SettingsSchema, SiteHostSchema } from '../settings/schema';
import { SearchCatalogSchema } from '../search/catalog';
import {
  EntityTypeSchema,
  FigureSchema,
  MAX_IMPORT_BYTES,
  IdSchema,
  IsoDateSchema,
  IssueTopicSchema,
  LanguageSchema,
  PartialDateSchema,
  RoundFormatSchema,
  SourceSchema,
} from '../dataset/schema';
import { MAX_SURFACE_LENGTH } from '../page/surface';
import { MAX_COMMAND_ID_LENGTH } from '../sites/commands';

/**
 * The one protocol between content scripts, pages and the background. Both
 * ends validate: the background every request, the caller every response.
 */
export const EntityCardRequestSchema = z.object({
  type: z.literal('entity-card'),
  entityId: IdSchema,
  asOf: IsoDateSchema,
  /** The full entry (every round, every position) for the extension page rather than the hover card. */
  full: z.boolean().optional(),
  lang: LanguageSchema,
});

export const RoundViewRequestSchema = z.object({
  type: z.literal('round-view'),
  roundId: IdSchema,
  lang: LanguageSchema,
});

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

/** A content script tells the toolbar icon what it does on its tab. */
export const PageStateRequestSchema = z.object({
  type: z.literal('page-state'),
  state: z.enum(['active', 'paused', 'off']),
  count: z.number().int().nonnegative(),
});

/** The options page hands over a dataset file; the background checks it as a whole before anything changes. */
export const ImportDatasetRequestSchema = z.object({
  type: z.literal('import-dataset'),
  text: z.string().max(MAX_IMPORT_BYTES),
});
export const ResetDatasetRequestSchema = z.object({ type: z.literal('reset-dataset') });

/** Sent after the page that had the user gesture obtained the site's permission; the background checks it holds. */
export const EnableSiteRequestSchema = z.object({
  type: z.literal('enable-site'),
  host: SiteHostSchema,
  tabId: z.number().int().nonnegative().optional(),
});
/** Takes a site off the reader's list: unregisters it and gives its permission back. */
export const ForgetSiteRequestSchema = z.object({ type: z.literal('forget-site'), host: SiteHostSchema });
export const ClearLocalDataRequestSchema = z.object({ type: z.literal('clear-local-data') });
/** A card's "Open in Dossier": the full entry in an extension page. */
export const OpenEntryRequestSchema = z.object({
  type: z.literal('open-entry'),
  kind: z.enum(['entity', 'round']),
  id: IdSchema,
  asOf: IsoDateSchema,
});

export const RequestSchema = z.discriminatedUnion('type', [
  EntityCardRequestSchema,
  RoundViewRequestSchema,
  ReportErrorRequestSchema,
  DatasetInfoRequestSchema,
  LexiconRequestSchema,
  SettingsRequestSchema,
  PageStateRequestSchema,
  ImportDatasetRequestSchema,
  ResetDatasetRequestSchema,
  EnableSiteRequestSchema,
  ForgetSiteRequestSchema,
  ClearLocalDataRequestSchema,
  OpenEntryRequestSchema,
  SearchCatalogRequestSchema,
]);
export type Request = z.infer<typeof RequestSchema>;

const NamedRefSchema = z.object({ id: z.string(), name: z.string() });

export const RoundSummarySchema = z.object({
  id: z.string(),
  title: z.string(),
  start: PartialDateSchema,
  end: PartialDateSchema.optional(),
  where: z.string().optional(),
});
export type RoundSummary = z.infer<typeof RoundSummarySchema>;

export const PositionViewSchema = z.object({
  id: z.string(),
  party: z.object({ id: z.string(), name: z.string() }),
  topics: z.array(IssueTopicSchema),
  kind: z.string(),
  stance: z.string(),
  from: PartialDateSchema,
  sources: z.array(SourceSchema),
});
export type PositionView = z.infer<typeof PositionViewSchema>;

/** Which data a card was answered from, for its footer. */
export const DatasetStampSchema = z.object({
  version: z.string(),
  asOf: IsoDateSchema,
  coversUntil: PartialDateSchema,
});
export type DatasetStamp = z.infer<typeof DatasetStampSchema>;

export const EntityCardViewSchema = z.object({
  id: z.string(),
  type: EntityTypeSchema,
  name: z.string(),
  summary: z.string(),
  asOf: IsoDateSchema,
  side: NamedRefSchema.optional(),
  roles: z.array(z.object({ title: z.string(), from: PartialDateSchema, to: PartialDateSchema.optional() })),
  /** The roles held today, when they differ from those on the article's date. */
  rolesNow: z
    .array(z.object({ title: z.string(), from: PartialDateSchema, to: PartialDateSchema.optional() }))
    .optional(),
  today: IsoDateSchema,
  /** Rounds the entity took part in (or that met at the place) up to the article's date, latest first; `roundCount` counts them all. */
  rounds: z.array(RoundSummarySchema),
  roundCount: z.number().int().nonnegative(),
  /** The positions of the entity's side in force on the article's date. */
  positions: z.array(PositionViewSchema),
  /** The other party's positions then on the same issues, to stand beside the side's own. */
  counterpart: z.array(PositionViewSchema),
  sources: z.array(SourceSchema),
  dataset: DatasetStampSchema,
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
  delegations: z.array(
    z.object({ party: NamedRefSchema, heads: z.array(NamedRefSchema), members: z.array(NamedRefSchema) }),
  ),
  hosts: z.array(NamedRefSchema),
  mediators: z.array(NamedRefSchema),
  agenda: z.string(),
  summary: z.string(),
  outcomes: z.array(z.object({ text: z.string(), figures: z.array(FigureSchema) })),
  followedBy: z.string().optional(),
  previous: RoundSummarySchema.optional(),
  next: RoundSummarySchema.optional(),
  positions: z.array(PositionViewSchema),
  sources: z.array(SourceSchema),
  dataset: DatasetStampSchema,
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
  lexicon: z.discriminatedUnion('ok', [
    z.object({ ok: z.literal(true), version: z.string(), source: LexiconSourceSchema.nullable() }),
    failure(),
  ]),
  'page-state': z.discriminatedUnion('ok', [z.object({ ok: z.literal(true) }), failure()]),
  'import-dataset': z.discriminatedUnion('ok', [
    z.object({
      ok: z.literal(true),
      version: z.string(),
      counts: z.object({ entities: z.number(), rounds: z.number(), positions: z.number() }),
    }),
    z.object({ ok: z.literal(false), error: z.string(), problems: z.array(z.string()).optional() }),
  ]),
  'reset-dataset': z.discriminatedUnion('ok', [z.object({ ok: z.literal(true) }), failure()]),
  'enable-site': z.discriminatedUnion('ok', [z.object({ ok: z.literal(true), enabled: z.boolean() }), failure()]),
  'forget-site': z.discriminatedUnion('ok', [z.object({ ok: z.literal(true) }), failure()]),
  'clear-local-data': z.discriminatedUnion('ok', [z.object({ ok: z.literal(true) }), failure()]),
  'open-entry': z.discriminatedUnion('ok', [z.object({ ok: z.literal(true) }), failure()]),
  'search-catalog': z.discriminatedUnion('ok', [
    z.object({ ok: z.literal(true), catalog: SearchCatalogSchema }),
    failure(),
  ]),
} satisfies Record<Request['type'], z.ZodType>;

/** What the background (a keyboard command) or the popup asks of a content script. */
export const ContentCommandSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('step-mention'), direction: z.enum(['next', 'previous']) }),
  z.object({ type: z.literal('page-mentions') }),
  z.object({ type: z.literal('show-mention'), entityId: z.string().max(MAX_COMMAND_ID_LENGTH) }),
]);
export type ContentCommand = z.infer<typeof ContentCommandSchema>;

/** A content script's answer to the popup's 'page-mentions': each name once, with how often the page mentions it. */
export const PageMentionsAnswerSchema = z.object({
  ok: z.literal(true),
  state: z.enum(['active', 'paused', 'off']),
  mentions: z
    .array(
      z.object({
        entityId: z.string(),
        type: z.enum(['person', 'state', 'organisation', 'body', 'place', 'term', 'event']),
        surface: z.string().max(MAX_SURFACE_LENGTH),
        count: z.number().int().positive(),
        rounds: z.array(z.string()).optional(),
      }),
    )
    .max(5000),
});
export type PageMentionsAnswer = z.infer<typeof PageMentionsAnswerSchema>;

export type ResponseFor<T extends Request['type']> = z.infer<(typeof ResponseSchemas)[T]>;
