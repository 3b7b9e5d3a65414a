import { z } from '../schema/z';
import { LexiconSourceSchema } from '../match/source';
import type { MentionType } from '../match/matcher';
import { SettingsSchema, SiteHostSchema } from '../settings/schema';
import { SearchCatalogSchema } from '../search/catalog';
import type { PageState } from '../sites/access';
import {
  EntityTypeSchema,
  MAX_IMPORT_BYTES,
  IdSchema,
  IsoDateSchema,
  LanguageSchema,
  PartialDateSchema,
} from '../dataset/schema';
import { MAX_SURFACE_LENGTH } from '../page/surface';
import { MAX_COMMAND_ID_LENGTH } from '../sites/commands';
import { EntityCardViewSchema, RoundViewSchema } from '../cards/viewSchemas';

// The views lib/cards builds travel in answers; pages and tests name them through the protocol.
export {
  DatasetStampSchema,
  EntityCardViewSchema,
  PositionViewSchema,
  RoundSummarySchema,
  RoundViewSchema,
} from '../cards/viewSchemas';
export type { DatasetStamp, EntityCardView, PositionView, RoundSummary, RoundView } from '../cards/viewSchemas';

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

/** What a content script does on its page (`pageState` in lib/sites/access); its badge and the popup's list say it. */
export const PageStateSchema = z.enum(['active', 'paused', 'off']) satisfies z.ZodType<PageState>;

/** A content script tells the toolbar icon what it does on its tab. */
export const PageStateRequestSchema = z.object({
  type: z.literal('page-state'),
  state: PageStateSchema,
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

/** The failed answer every request shares; `failedAnswer` (failure.ts) builds it. */
const FailedAnswerSchema = z.object({ ok: z.literal(false), error: z.string() });

/** The successful answer: `ok: true` and what the request asked for. */
function succeeded<Fields extends z.ZodRawShape>(fields: Fields) {
  return z.object({ ok: z.literal(true) }).extend(fields);
}

/** What most requests answer with: success with the given fields, or the shared failure. */
function answer<Fields extends z.ZodRawShape>(fields: Fields) {
  return z.discriminatedUnion('ok', [succeeded(fields), FailedAnswerSchema]);
}

/** What each request answers with; the client validates against this map. */
export const ResponseSchemas = {
  'entity-card': answer({ card: EntityCardViewSchema }),
  'round-view': answer({ round: RoundViewSchema }),
  'report-error': answer({}),
  'dataset-info': answer({ info: DatasetInfoSchema }),
  settings: answer({ settings: SettingsSchema }),
  lexicon: answer({ version: z.string(), source: LexiconSourceSchema.nullable() }),
  'page-state': answer({}),
  // A refused file comes back with what is wrong with it.
  'import-dataset': z.discriminatedUnion('ok', [
    succeeded({
      version: z.string(),
      counts: z.object({ entities: z.number(), rounds: z.number(), positions: z.number() }),
    }),
    FailedAnswerSchema.extend({ problems: z.array(z.string()).optional() }),
  ]),
  'reset-dataset': answer({}),
  'enable-site': answer({ enabled: z.boolean() }),
  'forget-site': answer({}),
  'clear-local-data': answer({}),
  'open-entry': answer({}),
  'search-catalog': answer({ catalog: SearchCatalogSchema }),
} satisfies Record<Request['type'], z.ZodType>;

/** What the background (a keyboard command) or the popup asks of a content script. */
export const ContentCommandSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('step-mention'), direction: z.enum(['next', 'previous']) }),
  z.object({ type: z.literal('page-mentions') }),
  z.object({ type: z.literal('show-mention'), entityId: z.string().max(MAX_COMMAND_ID_LENGTH) }),
]);
export type ContentCommand = z.infer<typeof ContentCommandSchema>;

/** What a mention names: an entity of the dataset, or an event phrase ("the third round"). */
const MentionTypeSchema = z.enum([...EntityTypeSchema.options, 'event']) satisfies z.ZodType<MentionType>;

/** A content script's answer to the popup's 'page-mentions': each name once, with how often the page mentions it. */
export const PageMentionsAnswerSchema = z.object({
  ok: z.literal(true),
  state: PageStateSchema,
  mentions: z
    .array(
      z.object({
        entityId: z.string(),
        type: MentionTypeSchema,
        surface: z.string().max(MAX_SURFACE_LENGTH),
        count: z.number().int().positive(),
        rounds: z.array(z.string()).optional(),
      }),
    )
    .max(5000),
});
export type PageMentionsAnswer = z.infer<typeof PageMentionsAnswerSchema>;

export type ResponseFor<T extends Request['type']> = z.infer<(typeof ResponseSchemas)[T]>;
