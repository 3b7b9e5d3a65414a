import { z } from '../schema/z';
import {
  EntityTypeSchema,
  FigureSchema,
  IsoDateSchema,
  IssueTopicSchema,
  PartialDateSchema,
  RoundFormatSchema,
  SourceSchema,
} from '../dataset/schema';

/**
 * The shapes of what lib/cards builds: the views a card, the full entry and
 * the popup's round detail show. They are defined beside the code that builds
 * them; the messaging protocol carries them (and its client validates answers
 * against them), so the protocol depends on the cards, never the reverse.
 * Code that runs in web pages imports only their types, which leaves Zod out.
 */
export const NamedRefSchema = z.object({ id: z.string(), name: z.string() });
export type NamedRef = z.infer<typeof NamedRefSchema>;

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
  party: NamedRefSchema,
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

export const RoleViewSchema = z.object({
  title: z.string(),
  from: PartialDateSchema,
  to: PartialDateSchema.optional(),
});
export type RoleView = z.infer<typeof RoleViewSchema>;

export const EntityCardViewSchema = z.object({
  id: z.string(),
  type: EntityTypeSchema,
  name: z.string(),
  summary: z.string(),
  asOf: IsoDateSchema,
  side: NamedRefSchema.optional(),
  roles: z.array(RoleViewSchema),
  /** The roles held today, when they differ from those on the article's date. */
  rolesNow: z.array(RoleViewSchema).optional(),
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
