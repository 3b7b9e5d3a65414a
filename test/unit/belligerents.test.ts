import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { counterpartOf, positionsInForce } from '../../lib/cards/entityCardView';
import { belligerentsOf } from '../../lib/dataset/belligerents';
import { loadBundledDataset } from '../../lib/dataset/bundled';
import type { Dataset } from '../../lib/dataset/schema';
import { validateDataset } from '../../lib/dataset/validate';
import { openDatabase } from '../../lib/db/database';
import { openDatasetStore } from '../../lib/db/datasetStore';
import { queryEntityCard } from '../../lib/db/queries';
import { memoryRepository } from '../../lib/db/repository';
import { lexiconSourceOf } from '../../lib/match/source';
import { miniDataset, miniDatasetRaw } from '../fixtures/miniDataset';

const bundled = loadBundledDataset();

/** The mini dataset with Ukraine's stance on territory too, so both sides speak to the same issue. */
function bothOnTerritoryRaw(): Dataset {
  const raw = structuredClone(miniDatasetRaw);
  raw.meta.asOf = '2026-12-01';
  raw.positions.push({
    ...raw.positions[1]!,
    id: 'ukraine-2025-05-11-territory',
    topics: ['territory'],
    stance: { en: 'Ukraine cedes no land.', de: 'Die Ukraine tritt kein Land ab.' },
  });
  return raw;
}

/** The same story as a reader might import it, told about two other states. */
function otherPartiesRaw(): Dataset {
  const renamed = JSON.stringify(bothOnTerritoryRaw())
    .replaceAll('"ukraine"', '"atlantis"')
    .replaceAll('"russia"', '"lemuria"');
  return JSON.parse(renamed) as Dataset;
}

function validated(raw: Dataset) {
  const result = validateDataset(raw);
  if (!result.ok) throw new Error(result.problems.join('; '));
  return result.dataset;
}
const otherParties = () => validated(otherPartiesRaw());

const cardQuery = { asOf: '2025-06-05', today: '2026-01-01', lang: 'en' } as const;
const partiesOf = (positions: ReadonlyArray<{ party: { id: string } }> | undefined) =>
  positions?.map((position) => position.party.id);

describe('the belligerents, derived from the rounds', () => {
  it('are exactly Russia and Ukraine in the bundled dataset', () => {
    expect(belligerentsOf(bundled.rounds).sort()).toEqual(['russia', 'ukraine']);
  });

  it('are whoever meets directly in an imported dataset about other parties', () => {
    expect(belligerentsOf(otherParties().rounds).sort()).toEqual(['atlantis', 'lemuria']);
  });

  it('are those the lexicon anchors event phrases to', () => {
    expect(lexiconSourceOf(bundled).belligerents).toEqual(belligerentsOf(bundled.rounds));
  });

  it('are none without direct rounds in a series', () => {
    const rounds = miniDataset().rounds.map((round) => ({ ...round, format: 'mediated' as const }));
    expect(belligerentsOf(rounds)).toEqual([]);
    expect(belligerentsOf([])).toEqual([]);
  });
});

describe('the counterpart of a party', () => {
  it('is the other belligerent when there are exactly two', () => {
    expect(counterpartOf('ukraine', ['russia', 'ukraine'])).toBe('russia');
    expect(counterpartOf('lemuria', ['atlantis', 'lemuria'])).toBe('atlantis');
  });

  it('is none for a third party, or with more or fewer than two sides', () => {
    expect(counterpartOf('turkiye', ['russia', 'ukraine'])).toBeUndefined();
    expect(counterpartOf('russia', ['russia'])).toBeUndefined();
    expect(counterpartOf('russia', ['russia', 'ukraine', 'belarus'])).toBeUndefined();
  });
});

describe('cards stand the other side beside the entity’s own', () => {
  it('in the bundled dataset, as before: Ukraine’s side faces Russia’s and the reverse, others face no one', async () => {
    // The pairing the cards used to hard-code: the derived belligerents must give every card the same counterpart.
    const formerCounterpart: Record<string, string | undefined> = { ukraine: 'russia', russia: 'ukraine' };
    const repo = memoryRepository(bundled);
    const asOf = bundled.meta.asOf;
    let withCounterpart = 0;
    for (const entity of bundled.entities) {
      const card = await queryEntityCard(repo, entity.id, { ...cardQuery, asOf, full: true });
      const holder = entity.type === 'state' || entity.type === 'organisation' ? entity.id : entity.side;
      const across = holder ? formerCounterpart[holder] : undefined;
      const topics = new Set(card?.positions.flatMap((position) => position.topics));
      const expected = positionsInForce(
        bundled.positions.filter((position) => position.party === across),
        asOf,
      ).filter((position) => position.topics.some((topic) => topics.has(topic)));
      expect(
        card?.counterpart.map((position) => position.id),
        entity.id,
      ).toEqual(expected.map((position) => position.id));
      if (expected.length > 0) withCounterpart += 1;
    }
    expect(withCounterpart).toBeGreaterThan(0);
  });

  it('in an imported dataset whose belligerents have other ids', async () => {
    const repo = memoryRepository(otherParties());
    const medinsky = await queryEntityCard(repo, 'medinsky', cardQuery);
    expect(partiesOf(medinsky?.positions)).toEqual(['lemuria']);
    expect(partiesOf(medinsky?.counterpart)).toEqual(['atlantis']);
    const umerov = await queryEntityCard(repo, 'umerov', cardQuery);
    expect(partiesOf(umerov?.counterpart)).toEqual(['lemuria']);
    // A host is no belligerent: it faces no one.
    expect((await queryEntityCard(repo, 'turkiye', cardQuery))?.counterpart).toEqual([]);
  });

  it('and follow an import: the belligerents are derived anew for the new dataset version', async () => {
    const db = openDatabase({ indexedDB: new IDBFactory(), IDBKeyRange });
    const store = await openDatasetStore(() => db, validated(bothOnTerritoryRaw()));
    const before = await queryEntityCard(store.repository, 'russia', cardQuery);
    expect(partiesOf(before?.counterpart)).toEqual(['ukraine']);
    expect(await store.importFile(JSON.stringify(otherPartiesRaw()))).toMatchObject({ ok: true });
    expect(await queryEntityCard(store.repository, 'russia', cardQuery)).toBeUndefined();
    const after = await queryEntityCard(store.repository, 'lemuria', cardQuery);
    expect(partiesOf(after?.counterpart)).toEqual(['atlantis']);
  });
});
