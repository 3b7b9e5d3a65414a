/**
 * When a query word counts as found by prefix or typo. MiniSearch's search options and the ranking's
 * closeness both read these, so the words MiniSearch returns are the words the ranking credits.
 */
const FUZZY = 0.2;
// Two edits catch the typos readers make; more makes long German compounds slow to search and loose to match.
export const MAX_EDITS = 2;
const maxDistance = (term: string) => Math.min(MAX_EDITS, Math.round(term.length * FUZZY));
export const usePrefix = (term: string) => term.length >= 3;
export const useFuzzy = (term: string) => (term.length >= 4 ? FUZZY : false);

function levenshtein(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++)
      current[j] = Math.min(
        (previous[j] ?? 0) + 1,
        (current[j - 1] ?? 0) + 1,
        (previous[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1),
      );
    previous = current;
  }
  return previous[b.length] ?? 0;
}

/** How a document word answers a query word: 1 exact, 0.5 by prefix or typo, 0 not at all. */
export function closeness(queryTerm: string, docTerm: string): number {
  if (docTerm === queryTerm) return 1;
  if (usePrefix(queryTerm) && docTerm.startsWith(queryTerm)) return 0.5;
  if (useFuzzy(queryTerm) && levenshtein(queryTerm, docTerm) <= maxDistance(queryTerm)) return 0.5;
  return 0;
}
