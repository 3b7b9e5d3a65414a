import { z } from '../schema/z';
import { atLeastOneSource, BilingualTextSchema, IdSchema } from './commonSchemas';
import { PartialDateSchema } from './dateSchemas';

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
  sources: atLeastOneSource('a position'),
  note: z.string().optional(),
});
export type Position = z.infer<typeof PositionSchema>;
