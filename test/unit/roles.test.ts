import { describe, expect, it } from 'vitest';
import { rolesOn } from '../../lib/time/roles';
import { earliestDay, endsBeforeStart, latestDay, spanCovers } from '../../lib/dataset/dates';
import { entityCardView, positionsInForce } from '../../lib/cards/entityCardView';
import { cardInputOf, miniDataset } from '../fixtures/miniDataset';

const dataset = miniDataset();
const umerov = dataset.entities.find((entity) => entity.id === 'umerov')!;

describe('partial dates', () => {
  it('reads a month or a year as its first and last day', () => {
    expect(earliestDay('2025-07')).toBe('2025-07-01');
    expect(latestDay('2025-07')).toBe('2025-07-31');
    expect(latestDay('2024-02')).toBe('2024-02-29');
    expect(earliestDay('2012')).toBe('2012-01-01');
    expect(latestDay('2012')).toBe('2012-12-31');
    expect(spanCovers('2020-01', undefined, '2020-01-15')).toBe(true);
    expect(spanCovers('2020-01-20', '2020-02', '2020-02-29')).toBe(true);
    expect(endsBeforeStart('2025-07', '2025-07')).toBe(false);
    expect(endsBeforeStart('2025-07-18', '2025-07-17')).toBe(true);
  });
});

describe('roles as of a date', () => {
  it('gives Umerov as defence minister until his successor took over on 17 July 2025 (ends are exclusive) and NSDC secretary from 18 July', () => {
    expect(rolesOn(umerov, '2025-06-02').map((role) => role.office)).toEqual(['ukraine-defence-minister']);
    expect(rolesOn(umerov, '2025-07-16').map((role) => role.office)).toEqual(['ukraine-defence-minister']);
    expect(rolesOn(umerov, '2025-07-17')).toEqual([]);
    expect(rolesOn(umerov, '2025-07-18').map((role) => role.office)).toEqual(['ukraine-nsdc-secretary']);
    expect(rolesOn(umerov, '2023-01-01')).toEqual([]);
  });
});

describe('the entity card view', () => {
  const rounds = dataset.rounds;
  const positions = dataset.positions.filter((position) => position.party === 'ukraine');
  const side = dataset.entities.find((entity) => entity.id === 'ukraine');

  it('shows the role, the side and the rounds up to the article’s date, latest first, in the requested language', () => {
    const card = entityCardView(
      { ...cardInputOf(dataset, 'umerov'), side, rounds, positions },
      { asOf: '2025-06-10', today: '2026-11-25' },
      'de',
    );
    expect(card.name).toBe('Rustem Umjerow');
    expect(card.side).toEqual({ id: 'ukraine', name: 'Ukraine' });
    expect(card.roles).toEqual([{ title: 'Verteidigungsminister der Ukraine', from: '2023-09-06', to: '2025-07-17' }]);
    expect(card.rounds.map((round) => round.id)).toEqual(['istanbul-2025-06-02', 'istanbul-2025-05-16']);
    expect(card.roundCount).toBe(2);
    expect(card.sources[0]?.url).toBe('https://example.org/umerov-defence');
  });

  it('shows only the positions in force on the date', () => {
    expect(positionsInForce(positions, '2025-05-10')).toEqual([]);
    expect(positionsInForce(positions, '2025-06-10').map((position) => position.id)).toEqual([
      'ukraine-2025-05-11-ceasefire',
    ]);
    expect(positionsInForce(positions, '2026-01-10')).toEqual([]);
  });

  it('keeps a superseded position until its successor is stated', () => {
    const first = { ...positions[0]!, id: 'first', from: '2025-01-01', to: undefined, supersededBy: 'second' };
    const second = { ...positions[0]!, id: 'second', from: '2025-09-01', to: undefined };
    expect(positionsInForce([first, second], '2025-06-01').map((position) => position.id)).toEqual(['first']);
    expect(positionsInForce([first, second], '2025-10-01').map((position) => position.id)).toEqual(['second']);
  });
});
