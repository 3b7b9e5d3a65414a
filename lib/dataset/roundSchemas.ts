import { z } from '../schema/z';
import { EventAliasSchema, TOO_MANY_ALIASES } from './aliasSchemas';
import { atLeastOneSource, BilingualTextSchema, IdSchema, SourceSchema } from './commonSchemas';
import { PartialDateSchema } from './dateSchemas';
import { MAX_ALIASES_PER_ROW } from './limits';

/** A series of rounds that the press names as one ("the Istanbul talks", "Normandie-Format"). */
export const SeriesSchema = z.object({
  id: IdSchema,
  name: BilingualTextSchema,
  summary: BilingualTextSchema,
  aliases: z.array(EventAliasSchema).max(MAX_ALIASES_PER_ROW, TOO_MANY_ALIASES).default([]),
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
  aliases: z.array(EventAliasSchema).max(MAX_ALIASES_PER_ROW, TOO_MANY_ALIASES).default([]),
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
  sources: atLeastOneSource('a round'),
  note: z.string().optional(),
});
export type Round = z.infer<typeof RoundSchema>;
