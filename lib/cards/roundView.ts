import type { Entity, Language, Position, Round, Series } from '../dataset/schema';
import type { DatasetStamp, NamedRef, RoundView } from './viewSchemas';
import { positionView, roundSummary } from './entityCardView';

export interface RoundViewInput {
  round: Round;
  /** Every entity the round names, by id; unknown ids show as their id. */
  entities: Map<string, Entity>;
  series?: Series;
  previous?: Round;
  next?: Round;
  /** Positions stated at this round. */
  positions: Position[];
  dataset: DatasetStamp;
}

/** A round with its participants resolved to names, in the reader's language. */
export function roundView(
  { round, entities, series, previous, next, positions, dataset }: RoundViewInput,
  lang: Language,
): RoundView {
  const ref = (id: string): NamedRef => ({ id, name: entities.get(id)?.name[lang] ?? id });
  return {
    id: round.id,
    title: round.title[lang],
    format: round.format,
    start: round.start,
    ...(round.end ? { end: round.end } : {}),
    ...(round.place ? { place: ref(round.place) } : {}),
    ...(round.venue ? { venue: round.venue[lang] } : {}),
    ...(series ? { series: { id: series.id, name: series.name[lang] } } : {}),
    parties: round.parties.map(ref),
    delegations: round.delegations.map((delegation) => ({
      party: ref(delegation.party),
      heads: delegation.heads.map(ref),
      members: delegation.members.map(ref),
    })),
    hosts: round.hosts.map(ref),
    mediators: round.mediators.map(ref),
    agenda: round.agenda[lang],
    summary: round.summary[lang],
    outcomes: round.outcomes.map((outcome) => ({ text: outcome.text[lang], figures: outcome.figures })),
    ...(round.followedBy ? { followedBy: round.followedBy[lang] } : {}),
    ...(previous ? { previous: roundSummary(previous, lang) } : {}),
    ...(next ? { next: roundSummary(next, lang) } : {}),
    positions: positions.map((position) => positionView(position, lang, (id) => ref(id).name)),
    sources: round.sources,
    dataset,
  };
}
