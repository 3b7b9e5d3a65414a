import { z } from '../schema/z';
import { PartialDateSchema } from './dateSchemas';

const KEBAB_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
export const IdSchema = z.string().regex(KEBAB_ID, 'ids are kebab-case (a-z, 0-9, single hyphens)');

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

/** Sources for a fact that may not stand without one; `what` names the fact in the problem ("a round"). */
export const atLeastOneSource = (what: string) => z.array(SourceSchema).min(1, `${what} needs at least one source`);
