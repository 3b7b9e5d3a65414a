import { z } from '../schema/z';
import {
  AliasKindSchema,
  EntityTypeSchema,
  IdSchema,
  IsoDateSchema,
  PartialDateSchema,
  RoundKindSchema,
  type Alias,
  type Dataset,
  type Entity,
} from '../dataset/schema';
import { foldAlias } from '../text/fold';
import { belligerentsOf } from '../dataset/belligerents';

/**
 * What the matcher needs from a dataset and nothing more: names and their
 * rules, who held which office when (for "Kremlchef"), and the rounds' dates
 * and places (for "die dritte Runde in Istanbul"). Ships with the content
 * script; an imported dataset's comes from the background.
 */
/** An alias as the matcher needs it; flags only where set, so the content script carries no defaults. */
export const LexiconAliasSchema = z.object({
  text: z.string().min(2),
  lang: z.enum(['de', 'en', 'any']),
  caseSensitive: z.literal(true).optional(),
  needsContext: z.literal(true).optional(),
  kind: AliasKindSchema.exclude(['name']).optional(),
  /** Event aliases only: the places and states the alias names ("Istanbuler Gespräche" → istanbul), so that it means only events there. */
  places: z.array(IdSchema).optional(),
});
export type LexiconAlias = z.infer<typeof LexiconAliasSchema>;

function compact({ text, lang, caseSensitive, needsContext, kind }: Omit<Alias, 'ambiguousWith'>): LexiconAlias {
  return {
    text,
    lang,
    ...(caseSensitive ? { caseSensitive } : {}),
    ...(needsContext ? { needsContext } : {}),
    ...(kind !== 'name' ? { kind } : {}),
  };
}
const compactAll = (aliases: Array<Omit<Alias, 'ambiguousWith'>>) => aliases.map(compact);

export const LexiconSourceSchema = z.object({
  version: z.string(),
  /** `side` only where it is one of the belligerents: a person or body of a side anchors event phrases (events.ts). */
  entities: z.array(
    z.object({
      id: IdSchema,
      type: EntityTypeSchema,
      aliases: z.array(LexiconAliasSchema),
      within: IdSchema.optional(),
      side: IdSchema.optional(),
    }),
  ),
  offices: z.array(
    z.object({
      id: IdSchema,
      aliases: z.array(LexiconAliasSchema),
      holders: z.array(z.object({ person: IdSchema, from: PartialDateSchema, to: IsoDateSchema.optional() })),
    }),
  ),
  series: z.array(z.object({ id: IdSchema, aliases: z.array(LexiconAliasSchema) })),
  /** The two sides of the war: the parties every round of every series shares (derived, see below). */
  belligerents: z.array(IdSchema),
  /** `sidesMeet` where every belligerent is a party: the rounds "die dritte Runde" counts. */
  /** `people`: the persons at the table (delegation heads and members, mediators), for "the Trump–Putin summit". */
  rounds: z.array(
    z.object({
      id: IdSchema,
      kind: RoundKindSchema,
      sidesMeet: z.literal(true).optional(),
      series: IdSchema.optional(),
      start: PartialDateSchema,
      end: PartialDateSchema.optional(),
      place: IdSchema.optional(),
      people: z.array(IdSchema).optional(),
      aliases: z.array(LexiconAliasSchema),
    }),
  ),
});
export type LexiconSource = z.infer<typeof LexiconSourceSchema>;

type Venue = { id: string; form: RegExp };

/** Every spelling of every place and state, as a whole word of a folded alias, also as a German adjective ("Genfer", "Istanbuler"). */
function venuesOf(entities: readonly Entity[]): Venue[] {
  const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return entities
    .filter((entity) => entity.type === 'place' || entity.type === 'state')
    .flatMap((entity) =>
      entity.aliases.map((alias) => ({
        id: entity.id,
        form: new RegExp(`(?<![\\p{L}\\p{N}])${escape(foldAlias(alias.text))}(?:er|s)?(?![\\p{L}\\p{N}])`, 'u'),
      })),
    );
}

/**
 * The alias with the venues it names. Only venues where the event (or one of the series' rounds) took place
 * count: "Black Sea Grain Initiative" names a sea, not where the deal was signed.
 */
function withPlaces(
  aliases: ReadonlyArray<Omit<Alias, 'ambiguousWith'>>,
  venues: readonly Venue[],
  heldIn: ReadonlySet<string>,
): LexiconAlias[] {
  return aliases.map((alias) => {
    const folded = foldAlias(alias.text);
    const places = [
      ...new Set(venues.filter((venue) => heldIn.has(venue.id) && venue.form.test(folded)).map((venue) => venue.id)),
    ];
    return { ...compact(alias), ...(places.length > 0 ? { places } : {}) };
  });
}

/** The persons at a round's table: delegation heads and members, and mediators who are persons. */
function peopleAt(
  delegations: Dataset['rounds'][number]['delegations'],
  mediators: readonly string[],
  persons: ReadonlySet<string>,
): { people?: string[] } {
  const people = [
    ...new Set([
      ...delegations.flatMap((delegation) => [...delegation.heads, ...delegation.members]),
      ...mediators.filter((id) => persons.has(id)),
    ]),
  ];
  return people.length > 0 ? { people } : {};
}

export function lexiconSourceOf(
  dataset: Pick<Dataset, 'entities' | 'offices' | 'series' | 'rounds'> & { version: string },
): LexiconSource {
  const venues = venuesOf(dataset.entities);
  const within = new Map(
    dataset.entities.flatMap((entity) => (entity.within ? [[entity.id, entity.within] as const] : [])),
  );
  const chain = (placeId: string | undefined) => {
    const places: string[] = [];
    for (let current = placeId; current && !places.includes(current); current = within.get(current))
      places.push(current);
    return places;
  };
  const seriesPlaces = (seriesId: string) =>
    new Set(dataset.rounds.filter((round) => round.series === seriesId).flatMap((round) => chain(round.place)));
  const belligerents = belligerentsOf(dataset.rounds);
  const persons = new Set(dataset.entities.filter((entity) => entity.type === 'person').map((entity) => entity.id));
  return {
    version: dataset.version,
    belligerents,
    entities: dataset.entities.map(({ id, type, aliases, within, side }) => ({
      id,
      type,
      aliases: compactAll(aliases),
      ...(within ? { within } : {}),
      ...(side && belligerents.includes(side) ? { side } : {}),
    })),
    offices: dataset.offices.map(({ id, aliases }) => ({
      id,
      aliases: compactAll(aliases),
      holders: dataset.entities.flatMap((entity) =>
        entity.roles
          .filter((role) => role.office === id)
          .map((role) => ({ person: entity.id, from: role.from, ...(role.to ? { to: role.to } : {}) })),
      ),
    })),
    series: dataset.series.map(({ id, aliases }) => ({ id, aliases: withPlaces(aliases, venues, seriesPlaces(id)) })),
    rounds: dataset.rounds.map(({ id, kind, series, start, end, place, aliases, parties, delegations, mediators }) => ({
      id,
      kind,
      start,
      aliases: withPlaces(aliases, venues, new Set(chain(place))),
      ...(belligerents.every((side) => parties.includes(side)) ? { sidesMeet: true as const } : {}),
      ...peopleAt(delegations, mediators, persons),
      ...(series ? { series } : {}),
      ...(end ? { end } : {}),
      ...(place ? { place } : {}),
    })),
  };
}
