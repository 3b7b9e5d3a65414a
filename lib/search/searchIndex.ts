import MiniSearch, { type SearchResult } from 'minisearch';
import type { Figure, RoundFormat } from '../dataset/schema';
import { dictionaries } from '../i18n';
import { earliestDay } from '../dataset/dates';
import type { CatalogName, CatalogRound, SearchCatalog } from './catalog';
import { parseQuery, withinPeriods, type ParsedQuery } from './dateQuery';
import { foldWord, processTerm, tokenize } from './terms';

/**
 * Where a word was found says how much it counts: a round *at* Istanbul
 * outranks one whose summary mentions Istanbul. Ranking sums, per query word,
 * the best field it matched (exact counts full, prefix or typo half), so
 * results fall into clear tiers; inside a tier the newest round comes first.
 */
const FIELD_TIERS = { place: 4, title: 3, country: 2, people: 2, roles: 2, outcomes: 2, kind: 2, text: 1 } as const;
type Field = keyof typeof FIELD_TIERS;
const FIELDS = Object.keys(FIELD_TIERS) as Field[];

/** Words a reader uses for what a figure counts, which the outcome text may not repeat. */
const FIGURE_WORDS: Partial<Record<Figure['measure'], string>> = {
  'prisoners-exchanged': 'prisoner exchange swap POWs Gefangenenaustausch Gefangene Austausch',
  'prisoners-released': 'prisoners released Gefangene Freilassung',
  'bodies-returned': 'bodies returned Leichen Gefallene Rückführung',
  'civilians-released': 'civilians released Zivilisten Freilassung',
  'children-returned': 'children returned Kinder Rückführung',
  ships: 'ships Schiffe',
  tonnes: 'tonnes Tonnen',
};
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
const MEDIATION_WORDS = 'mediator mediators mediated mediation Vermittler Vermittlung vermittelt';
const HOST_WORDS = 'host hosts hosted Gastgeber';

export interface SearchFilters {
  yearFrom?: number;
  yearTo?: number;
  format?: RoundFormat;
  /** A party, delegation head or member. */
  participant?: string;
  mediator?: string;
  host?: string;
}
export type SortOrder = 'relevance' | 'date';

export interface SearchHit {
  id: string;
  /** The tier sum described above; 0 for date-only and empty queries. */
  relevance: number;
  /** Folded words of the round that matched, for the <mark>s. */
  terms: string[];
}

export interface SearchAnswer {
  query: ParsedQuery;
  hits: SearchHit[];
  /** When the query's dates left nothing: how many the same words find in other years, newest year first. */
  elsewhere?: Array<{ year: number; count: number }>;
  /** When the filters left nothing: how many the query finds without them. */
  withoutFilters?: number;
}

type Document = { id: string } & Record<Field, string>;

export interface RoundSearch {
  search(query: string, filters?: SearchFilters, sort?: SortOrder): SearchAnswer;
  /** Builds the index now rather than on the first query (call it after the first paint). */
  warm(): void;
  /** The index as JSON, to keep for the next popup. */
  serialized(): string;
  /** Every round, newest first: the timeline. */
  all(): CatalogRound[];
  round(id: string): CatalogRound | undefined;
  name(id: string): CatalogName | undefined;
}

const roundDay = (round: CatalogRound) => earliestDay(round.start);
const newestFirst = (a: CatalogRound, b: CatalogRound) =>
  roundDay(b).localeCompare(roundDay(a)) || a.id.localeCompare(b.id);

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

const FUZZY = 0.2;
// Two edits catch the typos readers make; more makes long German compounds slow to search and loose to match.
const MAX_EDITS = 2;
const maxDistance = (term: string) => Math.min(MAX_EDITS, Math.round(term.length * FUZZY));
const usePrefix = (term: string) => term.length >= 3;
const useFuzzy = (term: string) => (term.length >= 4 ? FUZZY : false);

/** How a document word answers a query word: 1 exact, 0.5 by prefix or typo, 0 not at all. */
function closeness(queryTerm: string, docTerm: string): number {
  if (docTerm === queryTerm) return 1;
  if (usePrefix(queryTerm) && docTerm.startsWith(queryTerm)) return 0.5;
  if (useFuzzy(queryTerm) && levenshtein(queryTerm, docTerm) <= maxDistance(queryTerm)) return 0.5;
  return 0;
}

/**
 * Per query word, the best field it matched; plus one for every further query
 * word found in the same field ("US" and "mediation" both among the mediators
 * beats "US" as a party and "mediation" in the summary).
 */
function relevanceOf(result: SearchResult): number {
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

const INDEX_OPTIONS = {
  fields: FIELDS,
  tokenize,
  processTerm,
  searchOptions: {
    boost: { place: 3, title: 3, country: 2, people: 2, roles: 2, outcomes: 1.5, kind: 1.5, text: 1 },
    prefix: usePrefix,
    fuzzy: useFuzzy,
    maxFuzzy: MAX_EDITS,
    combineWith: 'OR' as const,
  },
};

/** The words each round is found by, one document per round, both languages in every field. */
function documentsOf(catalog: SearchCatalog): Document[] {
  const names = new Map(catalog.names.map((name) => [name.id, name]));
  const series = new Map(catalog.series.map((one) => [one.id, one]));
  const positions = new Map<string, SearchCatalog['positions']>();
  for (const position of catalog.positions)
    positions.set(position.round, [...(positions.get(position.round) ?? []), position]);

  // A name's spellings repeat its words ("Wolodymyr Selenskyj", "Selenskyj"): each word once per name is enough to find it.
  const spellings = new Map<string, string>();
  const spell = (id: string) => {
    let spelt = spellings.get(id);
    if (spelt === undefined) {
      const name = names.get(id);
      const words = name ? tokenize([name.name.de, name.name.en, ...name.aliases].join(' ')) : [id];
      spelt = [...new Map(words.map((word) => [foldWord(word), word])).values()].join(' ');
      spellings.set(id, spelt);
    }
    return spelt;
  };
  /** Venue and city for the place field, the country apart: "USA" should not rank like "Miami". */
  const placeChain = (id: string | undefined) => {
    const places: string[] = [];
    const countries: string[] = [];
    // Bounded, in case imported data loops.
    for (let depth = 0; id && depth < 4; depth++) {
      (names.get(id)?.type === 'place' ? places : countries).push(spell(id));
      id = names.get(id)?.within;
    }
    return { places: places.join(' '), countries: countries.join(' ') };
  };
  const formatWords = (format: RoundFormat) =>
    `${dictionaries.de[`format.${format}`]} ${dictionaries.en[`format.${format}`]}`;

  return catalog.rounds.map((round): Document => {
    const seriesEntry = round.series ? series.get(round.series) : undefined;
    const stated = positions.get(round.id) ?? [];
    const chain = placeChain(round.place);
    return {
      id: round.id,
      place: [round.venue?.de, round.venue?.en, chain.places].filter(Boolean).join(' '),
      country: chain.countries,
      title: [
        round.title.de,
        round.title.en,
        ...round.aliases,
        seriesEntry ? [seriesEntry.name.de, seriesEntry.name.en, ...seriesEntry.aliases].join(' ') : '',
      ].join(' '),
      people: [
        ...new Set([
          ...round.parties,
          ...round.delegations.flatMap((delegation) => [delegation.party, ...delegation.heads, ...delegation.members]),
        ]),
      ]
        .map(spell)
        .join(' '),
      roles: [
        round.mediators.length > 0 ? MEDIATION_WORDS : '',
        ...round.mediators.map(spell),
        round.hosts.length > 0 ? HOST_WORDS : '',
        ...round.hosts.map(spell),
      ].join(' '),
      outcomes: round.outcomes
        .flatMap((outcome) => [
          outcome.text.de,
          outcome.text.en,
          ...outcome.figures.flatMap((figure) => [
            FIGURE_WORDS[figure.measure] ?? '',
            figure.label?.de ?? '',
            figure.label?.en ?? '',
          ]),
        ])
        .join(' '),
      kind: formatWords(round.format),
      text: [
        round.agenda.de,
        round.agenda.en,
        round.summary.de,
        round.summary.en,
        round.followedBy?.de ?? '',
        round.followedBy?.en ?? '',
        ...stated.flatMap((position) => [position.stance.de, position.stance.en, ...position.statedBy.map(spell)]),
      ].join(' '),
    };
  });
}

function createIndex(catalog: SearchCatalog): MiniSearch<Document> {
  const index = new MiniSearch<Document>(INDEX_OPTIONS);
  index.addAll(documentsOf(catalog));
  return index;
}

/** The index as JSON: loading it costs a fraction of building it, so the popup keeps it per dataset version. */
export function serializedIndexOf(catalog: SearchCatalog): string {
  return JSON.stringify(createIndex(catalog));
}

/**
 * The search over a catalog. Given a serialized index (kept from an earlier
 * popup) it only loads that, and builds when that fails; either happens on
 * first use, so the timeline, which needs no index, paints first.
 */
export function buildRoundSearch(catalog: SearchCatalog, serializedIndex?: string): RoundSearch {
  const names = new Map(catalog.names.map((name) => [name.id, name]));
  const rounds = [...catalog.rounds].sort(newestFirst);
  const byId = new Map(rounds.map((round) => [round.id, round]));

  let built: MiniSearch<Document> | undefined;
  const index = () => {
    if (!built) {
      try {
        built = serializedIndex ? MiniSearch.loadJSON<Document>(serializedIndex, INDEX_OPTIONS) : createIndex(catalog);
      } catch {
        built = createIndex(catalog);
      }
    }
    return built;
  };

  const passes = (round: CatalogRound, filters: SearchFilters) => {
    // A round spanning the turn of a year belongs to both.
    if (filters.yearFrom !== undefined && Number((round.end ?? round.start).slice(0, 4)) < filters.yearFrom)
      return false;
    if (filters.yearTo !== undefined && Number(round.start.slice(0, 4)) > filters.yearTo) return false;
    if (filters.format && round.format !== filters.format) return false;
    if (
      filters.participant &&
      !round.parties.includes(filters.participant) &&
      !round.delegations.some((delegation) =>
        [delegation.party, ...delegation.heads, ...delegation.members].includes(filters.participant ?? ''),
      )
    )
      return false;
    if (filters.mediator && !round.mediators.includes(filters.mediator)) return false;
    if (filters.host && !round.hosts.includes(filters.host)) return false;
    return true;
  };

  const find = (parsed: ParsedQuery, filters: SearchFilters, sort: SortOrder): SearchHit[] => {
    const keep = (round: CatalogRound) =>
      withinPeriods(parsed.periods, round.start, round.end) && passes(round, filters);
    const hasWords = tokenize(parsed.text).some((word) => processTerm(word) !== null);
    if (!hasWords) return rounds.filter(keep).map((round) => ({ id: round.id, relevance: 0, terms: [] }));
    const results = index().search(parsed.text, {
      filter: (result) => {
        const round = byId.get(String(result.id));
        return round !== undefined && keep(round);
      },
    });
    const hits = results.map((result) => ({
      id: String(result.id),
      relevance: relevanceOf(result),
      score: result.score,
      terms: [...result.terms].sort(),
    }));
    const day = (id: string) => {
      const round = byId.get(id);
      return round ? roundDay(round) : '';
    };
    hits.sort(
      (a, b) =>
        (sort === 'relevance' ? b.relevance - a.relevance : 0) ||
        day(b.id).localeCompare(day(a.id)) ||
        b.score - a.score,
    );
    return hits.map(({ id, relevance, terms }) => ({ id, relevance, terms }));
  };

  return {
    search(query, filters = {}, sort = 'relevance') {
      const parsed = parseQuery(query);
      const hits = find(parsed, filters, sort);
      if (hits.length > 0) return { query: parsed, hits };
      const answer: SearchAnswer = { query: parsed, hits };
      if (parsed.periods.length > 0 && parsed.text) {
        const counts = new Map<number, number>();
        for (const hit of find({ text: parsed.text, periods: [] }, filters, sort)) {
          const year = Number(byId.get(hit.id)?.start.slice(0, 4));
          counts.set(year, (counts.get(year) ?? 0) + 1);
        }
        answer.elsewhere = [...counts].map(([year, count]) => ({ year, count })).sort((a, b) => b.year - a.year);
      }
      if (Object.values(filters).some((value) => value !== undefined))
        answer.withoutFilters = find(parsed, {}, sort).length;
      return answer;
    },
    warm: () => void index(),
    serialized: () => JSON.stringify(index()),
    all: () => rounds,
    round: (id) => byId.get(id),
    name: (id) => names.get(id),
  };
}
