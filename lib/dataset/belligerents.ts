import type { Round } from './schema';

/**
 * The sides of the war are the parties that every direct round of a series shares: in the bundled data
 * Russia and Ukraine, who meet face to face there. Derived rather than named, so an imported dataset
 * about other parties has its own sides. The matcher anchors event phrases to them; a card sets one
 * side's positions beside the other's.
 */
export function belligerentsOf(rounds: ReadonlyArray<Pick<Round, 'series' | 'format' | 'parties'>>): string[] {
  const direct = rounds.filter((round) => round.series !== undefined && round.format === 'direct-bilateral');
  const [first, ...rest] = direct;
  return (first?.parties ?? []).filter((party) => rest.every((round) => round.parties.includes(party)));
}
