import { z } from '../schema/z';
import { IdSchema } from './commonSchemas';
import { MAX_ALIAS_CHARS, MAX_ALIASES_PER_ROW } from './limits';

/** The problem a row with more than MAX_ALIASES_PER_ROW aliases reports. */
export const TOO_MANY_ALIASES = `at most ${MAX_ALIASES_PER_ROW} aliases`;

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
  /**
   * Other entities this same form can mean; the matcher needs a rule to choose (validated: both sides
   * must say so).
   */
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
