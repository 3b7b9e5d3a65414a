import type { Round } from './schema';

/**
 * Everyone and everything that took part in a round: parties, hosts,
 * mediators and every delegation's people, each once. The store indexes rounds
 * by it, the round view resolves it to names, the search catalog names it.
 */
export function roundParticipants(round: Round): string[] {
  return [
    ...new Set([
      ...round.parties,
      ...round.hosts,
      ...round.mediators,
      ...round.delegations.flatMap((delegation) => [delegation.party, ...delegation.heads, ...delegation.members]),
    ]),
  ];
}
