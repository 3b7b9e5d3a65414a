import { z } from '../schema/z';

/**
 * The dataset's shape: the only definition of these types in the project.
 * Every text a reader sees exists in German and English; every fact carries
 * a source; dates may be given to the year, month or day.
 */

const KEBAB_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
export const IdSchema = z.string().regex(KEBAB_ID, 'ids are kebab-case (a-z, 0-9, single hyphens)');

/**
 * Limits on what a dataset may hold. An imported dataset's names reach every tab, which compiles
 * them into an automaton on the page's main thread, so their size is bounded here (and the
 * automaton itself by lib/match/lexiconBudget.ts at import). Each leaves ample headroom over the
 * bundled dataset, which when they were set had: aliases of at most 66 characters, at most 17
 * aliases on a row (an entity; 14 on a round, 12 on a series, 2 on an office), 378 entities,
 * 35 offices, 6 series, 84 rounds and 89 positions (test/unit/datasetLimits.test.ts keeps the headroom).
 */
/** Characters in one alias: the longest real name ("Package of Measures for the Implementation of the Minsk Agreements") has 66. */
export const MAX_ALIAS_CHARS = 120;
/** Aliases on one entity, office, series or round (17 at most today). */
export const MAX_ALIASES_PER_ROW = 60;
/** Rows per table: about 13× (entities) to 50× (positions) today's figures. */
export const MAX_ENTITIES = 5_000;
export const MAX_OFFICES = 500;
export const MAX_SERIES = 500;
export const MAX_ROUNDS = 2_000;
export const MAX_POSITIONS = 5_000;
/**
 * The largest file an import reads: the bundled dataset is 1.4 MB pretty-printed (0.95 MB compact),
 * so the limit leaves room to nearly treble it. Parsing and validating 4 MB takes the background well under
 * a second; what an import costs every tab (its names) is bounded by the schema's limits and
 * the lexicon budget, not by this.
 */
export const MAX_IMPORT_BYTES = 4 * 1024 * 1024;

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
const isLeapYear = (year: number) => (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;

/** Whether `YYYY[-MM[-DD]]` names a day (or month) the calendar has: month 01–12, the day within its month. */
export function isCalendarDate(date: string): boolean {
  const [year, month, day] = date.split('-').map(Number);
  if (year === undefined || !Number.isInteger(year)) return false;
  if (month === undefined) return true;
  if (!Number.isInteger(month) || month < 1 || month > 12) return false;
  if (day === undefined) return true;
  const days = month === 2 && isLeapYear(year) ? 29 : (DAYS_IN_MONTH[month - 1] ?? 0);
  return Number.isInteger(day) && day >= 1 && day <= days;
}

const noSuchDate = { error: (issue: { input: unknown }) => `no such date: ${String(issue.input)}`, abort: true };

/** A calendar date, `YYYY-MM-DD`: the article dates and as-of dates the cards use. */
export const IsoDateSchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'expected a date as YYYY-MM-DD', abort: true })
  .refine(isCalendarDate, noSuchDate);
export type IsoDate = z.infer<typeof IsoDateSchema>;

/** A fact's date, as precise as the source: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`. */
export const PartialDateSchema = z
  .string()
  .regex(/^\d{4}(?:-\d{2}(?:-\d{2})?)?$/, { error: 'expected YYYY, YYYY-MM or YYYY-MM-DD', abort: true })
  .refine(isCalendarDate, noSuchDate);
export type PartialDate = z.infer<typeof PartialDateSchema>;

export const LanguageSchema = z.enum(['de', 'en']);
export type Language = z.infer<typeof LanguageSchema>;

export const BilingualTextSchema = z.object({
  de: z.string().trim().min(1, 'the German text is missing'),
  en: z.string().trim().min(1, 'the English text is missing'),
});
export type BilingualText = z.infer<typeof BilingualTextSchema>;

export const SourceSchema = z.object({
  // https where the source offers it; the card links only https and shows others as text.
  url: z.url({ protocol: /^https?$/, error: 'a source is an http(s) URL' }),
  outlet: z.string().trim().min(1),
  date: PartialDateSchema.optional(),
  /** The source's language, e.g. de, en, uk, ru. */
  lang: z.string().regex(/^[a-z]{2}$/, 'a two-letter language code'),
});
export type Source = z.infer<typeof SourceSchema>;

const sources = (what: string) => z.array(SourceSchema).min(1, `${what} needs at least one source`);

const atMostAliases = `at most ${MAX_ALIASES_PER_ROW} aliases`;

export const AliasKindSchema = z.enum([
  'name',
  'surname',
  'abbreviation',
  'metonym',
  'adjective',
  'role',
  'misspelling',
]);

export const AliasSchema = z.object({
  text: z.string().trim().min(2).max(MAX_ALIAS_CHARS, `an alias has at most ${MAX_ALIAS_CHARS} characters`),
  /** Which language's press uses this form; `any` for names spelt alike in both. */
  lang: z.enum(['de', 'en', 'any']),
  /** Names that are also words (Trump, Merz, Vance) match only as written, capital letter included. */
  caseSensitive: z.boolean().default(false),
  /** Matches only when the text around it is about the negotiations (a city that is also a round's name). */
  needsContext: z.boolean().default(false),
  /** Other entities this same form can mean; the matcher needs a rule to choose (validated: both sides must say so). */
  ambiguousWith: z.array(IdSchema).default([]),
  kind: AliasKindSchema.default('name'),
});
export type Alias = z.infer<typeof AliasSchema>;

/**
 * A round's or series' alias. Several events may share one ("talks in Geneva" in 2025 and 2026):
 * which one a mention means is derived by the event resolver from the article's date and the
 * phrase's clues (lib/match/eventResolver.ts), so nothing is hand-kept here.
 */
export const EventAliasSchema = AliasSchema.omit({ ambiguousWith: true });

export const RoleSchema = z.object({
  title: BilingualTextSchema,
  /** One id per office (e.g. `russia-president`): no two people may hold it at the same time. */
  office: IdSchema.optional(),
  from: PartialDateSchema,
  /** Exclusive: the first day the role was no longer held (the successor's `from`); absent while it is held. */
  to: IsoDateSchema.optional(),
  sources: sources('a role'),
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
    aliases: z.array(AliasSchema).min(1, 'an entity needs at least one alias').max(MAX_ALIASES_PER_ROW, atMostAliases),
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
    if (entity.sources.length === 0 && !(TYPES_WITH_REFERENCE_LINK.has(entity.type) && entity.link)) {
      ctx.addIssue({
        code: 'custom',
        path: ['sources'],
        message: `a ${entity.type} needs at least one source${TYPES_WITH_REFERENCE_LINK.has(entity.type) ? ' or a reference link' : ''}`,
      });
    }
  });
export type Entity = z.infer<typeof EntitySchema>;

/** Offices that the press names instead of the holder ("Kremlchef", "Kreml-Sprecher"). */
export const OfficeSchema = z.object({
  id: IdSchema,
  name: BilingualTextSchema,
  aliases: z.array(AliasSchema).max(MAX_ALIASES_PER_ROW, atMostAliases).default([]),
});
export type Office = z.infer<typeof OfficeSchema>;

/** A series of rounds that the press names as one ("the Istanbul talks", "Normandie-Format"). */
export const SeriesSchema = z.object({
  id: IdSchema,
  name: BilingualTextSchema,
  summary: BilingualTextSchema,
  aliases: z.array(EventAliasSchema).max(MAX_ALIASES_PER_ROW, atMostAliases).default([]),
  sources: z.array(SourceSchema).default([]),
});
export type Series = z.infer<typeof SeriesSchema>;

export const RoundFormatSchema = z.enum([
  'direct-bilateral',
  'mediated',
  'trilateral',
  'multilateral',
  'summit',
  'leaders-meeting',
  'leaders-call',
  'envoy-meeting',
  'advisers-meeting',
  'technical',
  'standing-body',
  'unilateral-act',
  'document',
]);
export type RoundFormat = z.infer<typeof RoundFormatSchema>;

export const FigureSchema = z.object({
  measure: z.enum([
    'prisoners-exchanged',
    'prisoners-released',
    'bodies-returned',
    'civilians-released',
    'children-returned',
    'ships',
    'tonnes',
    'points',
    'hours',
    'days',
    'kilometres',
    'money-usd',
    'money-eur',
    'other',
  ]),
  value: z.number().nonnegative(),
  /** What exactly was counted, when the measure alone does not say. */
  label: BilingualTextSchema.optional(),
});
export type Figure = z.infer<typeof FigureSchema>;

export const OutcomeSchema = z.object({
  text: BilingualTextSchema,
  figures: z.array(FigureSchema).default([]),
  /** Defaults to the round's sources. */
  sources: z.array(SourceSchema).default([]),
});
export type Outcome = z.infer<typeof OutcomeSchema>;

export const DelegationSchema = z.object({
  party: IdSchema,
  heads: z.array(IdSchema).default([]),
  members: z.array(IdSchema).default([]),
  note: BilingualTextSchema.optional(),
});
export type Delegation = z.infer<typeof DelegationSchema>;

export const RoundKindSchema = z.enum([
  'round',
  'summit',
  'agreement',
  'truce',
  'call',
  'meeting',
  'document',
  'exchange',
  'body',
]);

export const RoundSchema = z.object({
  id: IdSchema,
  kind: RoundKindSchema,
  format: RoundFormatSchema,
  series: IdSchema.optional(),
  title: BilingualTextSchema,
  aliases: z.array(EventAliasSchema).max(MAX_ALIASES_PER_ROW, atMostAliases).default([]),
  start: PartialDateSchema,
  end: PartialDateSchema.optional(),
  /** City or venue entity. */
  place: IdSchema.optional(),
  venue: BilingualTextSchema.optional(),
  parties: z.array(IdSchema).min(1),
  delegations: z.array(DelegationSchema).default([]),
  hosts: z.array(IdSchema).default([]),
  mediators: z.array(IdSchema).default([]),
  agenda: BilingualTextSchema,
  summary: BilingualTextSchema,
  outcomes: z.array(OutcomeSchema).default([]),
  followedBy: BilingualTextSchema.optional(),
  sources: sources('a round'),
  note: z.string().optional(),
});
export type Round = z.infer<typeof RoundSchema>;

export const IssueTopicSchema = z.enum([
  'territory',
  'nato',
  'neutrality',
  'army-size',
  'ceasefire',
  'security-guarantees',
  'sanctions',
  'prisoners',
  'children',
  'elections',
  'energy',
  'nuclear-plant',
  'frozen-assets',
  'language-religion',
  'reconstruction',
  'peace-process',
  'recognition',
  'minsk-implementation',
  'grain-shipping',
  'other',
]);
export type IssueTopic = z.infer<typeof IssueTopicSchema>;

export const PositionSchema = z.object({
  id: IdSchema,
  party: IdSchema,
  topics: z.array(IssueTopicSchema).min(1),
  kind: z.enum(['demand', 'condition', 'offer', 'proposal', 'red-line', 'assessment', 'procedural']),
  stance: BilingualTextSchema,
  from: PartialDateSchema,
  /** Set where the position was dropped or superseded. */
  to: PartialDateSchema.optional(),
  supersededBy: IdSchema.optional(),
  statedBy: z.array(IdSchema).default([]),
  round: IdSchema.optional(),
  sources: sources('a position'),
  note: z.string().optional(),
});
export type Position = z.infer<typeof PositionSchema>;

export const DatasetMetaSchema = z.object({
  name: z.string().min(1),
  /** The latest date the data was checked against its sources. */
  asOf: IsoDateSchema,
  /** The latest event the sources could confirm; the cards say nothing past it. */
  coversUntil: PartialDateSchema,
});
export type DatasetMeta = z.infer<typeof DatasetMetaSchema>;

export const DatasetSchema = z.object({
  meta: DatasetMetaSchema,
  entities: z.array(EntitySchema).max(MAX_ENTITIES, `at most ${MAX_ENTITIES} entities`),
  offices: z.array(OfficeSchema).max(MAX_OFFICES, `at most ${MAX_OFFICES} offices`).default([]),
  series: z.array(SeriesSchema).max(MAX_SERIES, `at most ${MAX_SERIES} series`).default([]),
  rounds: z.array(RoundSchema).max(MAX_ROUNDS, `at most ${MAX_ROUNDS} rounds`).default([]),
  positions: z.array(PositionSchema).max(MAX_POSITIONS, `at most ${MAX_POSITIONS} positions`).default([]),
});
export type Dataset = z.infer<typeof DatasetSchema>;
