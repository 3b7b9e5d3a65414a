import { describe, expect, it } from 'vitest';
import { loadBundledDataset } from '../../lib/dataset/bundled';
import { rolesOn } from '../../lib/time/roles';
import { entityCardView } from '../../lib/cards/entityCardView';

const umerov = loadBundledDataset().entities.find((entity) => entity.id === 'umerov')!;

describe('roles as of a date', () => {
  it('gives Umerov as defence minister in June 2025 and NSDC secretary from 18 July 2025', () => {
    expect(rolesOn(umerov, '2025-06-02').map((role) => role.title.en)).toEqual(['Minister of Defence of Ukraine']);
    expect(rolesOn(umerov, '2025-07-17').map((role) => role.title.en)).toEqual(['Minister of Defence of Ukraine']);
    expect(rolesOn(umerov, '2025-07-18').map((role) => role.title.en)).toEqual(["Secretary of Ukraine's National Security and Defence Council"]);
  });

  it('lists concurrent roles, the most recent first', () => {
    expect(rolesOn(umerov, '2026-01-10').map((role) => role.title.en)).toEqual([
      "Head of Ukraine's negotiating delegation",
      "Secretary of Ukraine's National Security and Defence Council",
    ]);
  });

  it('builds a card in the requested language with the role sources first', () => {
    const card = entityCardView(umerov, '2025-06-02', 'de');
    expect(card.name).toBe('Rustem Umjerow');
    expect(card.roles).toEqual([{ title: 'Verteidigungsminister der Ukraine', from: '2023-09-06', to: '2025-07-17' }]);
    expect(card.sources[0]?.url).toBe('https://en.interfax.com.ua/news/general/933065.html');
    expect(new Set(card.sources.map((source) => source.url)).size).toBe(card.sources.length);
  });
});
