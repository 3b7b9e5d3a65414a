/**
 * Limits on what a dataset may hold. An imported dataset's names reach every tab, which compiles
 * them into an automaton on the page's main thread, so their size is bounded here (and the
 * automaton itself by lib/match/lexiconBudget.ts at import). Each leaves ample headroom over the
 * bundled dataset, which when they were set had: aliases of at most 66 characters, at most 17
 * aliases on a row (an entity; 14 on a round, 12 on a series, 2 on an office), 378 entities,
 * 35 offices, 6 series, 84 rounds and 89 positions (test/unit/datasetLimits.test.ts keeps the
 * headroom).
 */

/**
 * Characters in one alias: the longest real name ("Package of Measures for the Implementation of
 * the Minsk Agreements") has 66.
 */
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
