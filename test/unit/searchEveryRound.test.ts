import { describe, expect, it } from 'vitest';
import { loadBundledDataset } from '../../lib/dataset/bundled';
import type { Entity, Language, Round } from '../../lib/dataset/schema';
import { memoryRepository } from '../../lib/db/repository';
import { querySearchCatalog } from '../../lib/db/catalogQuery';
import { buildRoundSearch } from '../../lib/search/searchIndex';

/**
 * Generated over data/: every round must be in the top five for its place and
 * year, in both languages. A round that misses is a search bug, not a test to loosen.
 */
const dataset = loadBundledDataset();
const entities = new Map(dataset.entities.map((entity) => [entity.id, entity]));
const search = buildRoundSearch(await querySearchCatalog(memoryRepository(dataset)));

/** The city a round took place in: the place itself, or the city its venue lies in. */
function cityOf(round: Round): Entity | undefined {
  let place = round.place ? entities.get(round.place) : undefined;
  for (let depth = 0; place && depth < 4; depth++) {
    if (place.placeKind === 'city') return place;
    place = place.within ? entities.get(place.within) : undefined;
  }
  return undefined;
}

function queriesFor(round: Round, lang: Language): string[] {
  const year = round.start.slice(0, 4);
  const city = cityOf(round);
  const place = round.place ? entities.get(round.place) : undefined;
  const queries = new Set<string>();
  if (city) queries.add(`${city.name[lang]} ${year}`);
  if (place) queries.add(`${place.name[lang]} ${year}`);
  // No place recorded: its venue as written; neither: its title.
  if (!place && round.venue) queries.add(`${round.venue[lang]} ${year}`);
  if (!place && !round.venue) queries.add(`${round.title[lang]} ${year}`);
  return [...queries];
}

describe('every round is found by its place and year', () => {
  const cases = dataset.rounds.flatMap((round) =>
    (['de', 'en'] as const).flatMap((lang) => queriesFor(round, lang).map((query) => ({ id: round.id, lang, query }))),
  );

  it('covers every round in both languages', () => {
    expect(new Set(cases.map((entry) => entry.id)).size).toBe(dataset.rounds.length);
    expect(cases.length).toBeGreaterThanOrEqual(dataset.rounds.length * 2);
  });

  it.each(cases)('$id ($lang): "$query"', ({ id, query }) => {
    const top = search
      .search(query)
      .hits.slice(0, 5)
      .map((hit) => hit.id);
    expect(top).toContain(id);
  });
});
