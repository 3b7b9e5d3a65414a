import type { Figure, RoundFormat } from '../dataset/schema';
import { dictionaries } from '../i18n';
import type { CatalogName, CatalogPosition, CatalogRound, SearchCatalog } from './catalog';
import type { Field } from './relevance';
import { foldWord, tokenize } from './terms';

/** The words one round is found by, both languages in every field. */
export type RoundDocument = { id: string } & Record<Field, string>;

type CatalogSeries = SearchCatalog['series'][number];
/** An id as the words of its name and every spelling of it. */
type Spell = (id: string) => string;

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
const MEDIATION_WORDS = 'mediator mediators mediated mediation Vermittler Vermittlung vermittelt';
const HOST_WORDS = 'host hosts hosted Gastgeber';

function spellerOf(names: ReadonlyMap<string, CatalogName>): Spell {
  // A name's spellings repeat its words ("Wolodymyr Selenskyj", "Selenskyj"): each word once per name is enough to
  // find it. Cached because the same people and places recur across rounds.
  const spellings = new Map<string, string>();
  return (id) => {
    let spelt = spellings.get(id);
    if (spelt === undefined) {
      const name = names.get(id);
      const words = name ? tokenize([name.name.de, name.name.en, ...name.aliases].join(' ')) : [id];
      spelt = [...new Map(words.map((word) => [foldWord(word), word])).values()].join(' ');
      spellings.set(id, spelt);
    }
    return spelt;
  };
}

/** Venue and city for the place field, the country apart: "USA" should not rank like "Miami". */
function placeChain(id: string | undefined, names: ReadonlyMap<string, CatalogName>, spell: Spell) {
  const places: string[] = [];
  const countries: string[] = [];
  // Bounded, in case imported data loops.
  for (let depth = 0; id && depth < 4; depth++) {
    (names.get(id)?.type === 'place' ? places : countries).push(spell(id));
    id = names.get(id)?.within;
  }
  return { places: places.join(' '), countries: countries.join(' ') };
}

const formatWords = (format: RoundFormat) =>
  `${dictionaries.de[`format.${format}`]} ${dictionaries.en[`format.${format}`]}`;

function titleWords(round: CatalogRound, series: CatalogSeries | undefined): string {
  return [
    round.title.de,
    round.title.en,
    ...round.aliases,
    series ? [series.name.de, series.name.en, ...series.aliases].join(' ') : '',
  ].join(' ');
}

function peopleWords(round: CatalogRound, spell: Spell): string {
  return [
    ...new Set([
      ...round.parties,
      ...round.delegations.flatMap((delegation) => [delegation.party, ...delegation.heads, ...delegation.members]),
    ]),
  ]
    .map(spell)
    .join(' ');
}

function roleWords(round: CatalogRound, spell: Spell): string {
  return [
    round.mediators.length > 0 ? MEDIATION_WORDS : '',
    ...round.mediators.map(spell),
    round.hosts.length > 0 ? HOST_WORDS : '',
    ...round.hosts.map(spell),
  ].join(' ');
}

function outcomeWords(round: CatalogRound): string {
  return round.outcomes
    .flatMap((outcome) => [
      outcome.text.de,
      outcome.text.en,
      ...outcome.figures.flatMap((figure) => [
        FIGURE_WORDS[figure.measure] ?? '',
        figure.label?.de ?? '',
        figure.label?.en ?? '',
      ]),
    ])
    .join(' ');
}

function textWords(round: CatalogRound, stated: CatalogPosition[], spell: Spell): string {
  return [
    round.agenda.de,
    round.agenda.en,
    round.summary.de,
    round.summary.en,
    round.followedBy?.de ?? '',
    round.followedBy?.en ?? '',
    ...stated.flatMap((position) => [position.stance.de, position.stance.en, ...position.statedBy.map(spell)]),
  ].join(' ');
}

/** One document per round of the catalog. */
export function documentsOf(catalog: SearchCatalog): RoundDocument[] {
  const names = new Map(catalog.names.map((name) => [name.id, name]));
  const series = new Map(catalog.series.map((one) => [one.id, one]));
  const positions = new Map<string, CatalogPosition[]>();
  for (const position of catalog.positions)
    positions.set(position.round, [...(positions.get(position.round) ?? []), position]);
  const spell = spellerOf(names);

  return catalog.rounds.map((round): RoundDocument => {
    const chain = placeChain(round.place, names, spell);
    return {
      id: round.id,
      place: [round.venue?.de, round.venue?.en, chain.places].filter(Boolean).join(' '),
      country: chain.countries,
      title: titleWords(round, round.series ? series.get(round.series) : undefined),
      people: peopleWords(round, spell),
      roles: roleWords(round, spell),
      outcomes: outcomeWords(round),
      kind: formatWords(round.format),
      text: textWords(round, positions.get(round.id) ?? [], spell),
    };
  });
}
