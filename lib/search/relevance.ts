import type { SearchResult } from 'minisearch';
import { closeness } from './termCloseness';

/**
 * Where a word was found says how much it counts: a round *at* Istanbul
 * outranks one whose summary mentions Istanbul. Ranking sums, per query word,
 * the best field it matched (exact counts full, prefix or typo half), so
 * results fall into clear tiers; inside a tier the newest round comes first.
 */
export const FIELD_TIERS = {
  place: 4,
  title: 3,
  country: 2,
  people: 2,
  roles: 2,
  outcomes: 2,
  kind: 2,
  text: 1,
} as const;
export type Field = keyof typeof FIELD_TIERS;
export const FIELDS = Object.keys(FIELD_TIERS) as Field[];

/** Words nearly every round's title carries: they may order results, never decide them. */
const WEAK_WORDS = new Set([
  'round',
  'rounds',
  'runde',
  'runden',
  'talks',
  'gesprache',
  'meeting',
  'treffen',
  'negotiations',
  'verhandlungen',
  'verhandlungsrunde',
]);
const WEAK_WEIGHT = 0.5;

/**
 * Per query word, the best field it matched; plus one for every further query
 * word found in the same field ("US" and "mediation" both among the mediators
 * beats "US" as a party and "mediation" in the summary).
 */
export function relevanceOf(result: SearchResult): number {
  let total = 0;
  const wordsPerField = new Map<string, number>();
  for (const queryTerm of result.queryTerms) {
    let best = 0;
    const fieldsOfTerm = new Set<string>();
    for (const [docTerm, fields] of Object.entries(result.match)) {
      const weight = closeness(queryTerm, docTerm);
      if (weight === 0) continue;
      for (const field of fields) {
        // Words meeting in a summary say little; in a title, a place or the mediators they say a lot.
        if ((FIELD_TIERS[field as Field] ?? 1) >= 2) fieldsOfTerm.add(field);
        best = Math.max(best, weight * (FIELD_TIERS[field as Field] ?? 1));
      }
    }
    total += WEAK_WORDS.has(queryTerm) ? Math.min(best, WEAK_WEIGHT) : best;
    if (!WEAK_WORDS.has(queryTerm))
      for (const field of fieldsOfTerm) wordsPerField.set(field, (wordsPerField.get(field) ?? 0) + 1);
  }
  const together = Math.max(0, ...wordsPerField.values());
  return total + Math.max(0, together - 1);
}
