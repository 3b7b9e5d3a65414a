import type { ResolvedEvent } from '../time/eventResolver';
import type { Candidate } from './candidates';
import { hasHeadNoun } from './eventHeads';
import type { AliasInfo, Lexicon } from './lexicon';
import type { MatchContext, MentionType } from './mention';
import { officeHolder } from './officeHolders';

/** What one candidate means, before the context rules decide whether it counts. */
export interface Resolved {
  candidate: Candidate;
  entityId: string;
  type: MentionType;
  /** Named events only: what the alias may mean, resolved once the text around it is known. */
  named?: NamedEventOptions;
  /** Named events only: the event meant and the span in the original text (grown by a written time). */
  event?: { event: ResolvedEvent; start: number; end: number };
  needsContext: boolean;
  surname: boolean;
}

/** The rounds and series an event alias may stand for, and how it is to be read. */
export interface NamedEventOptions {
  ids: string[];
  places: string[];
  series: boolean;
  properName: boolean;
}

const targetKey = (info: AliasInfo) => `${info.target.kind}:${info.target.id}`;

/** One entry per distinct target: "Erdogan" and "Erdoğan" on the same person are one option, not two. */
export function distinctOptions(infos: AliasInfo[]): AliasInfo[] {
  const seen = new Map<string, AliasInfo>();
  for (const info of infos) {
    const known = seen.get(targetKey(info));
    // The plainest spelling decides the flags: a form needs context only if every spelling of it does.
    if (!known || (known.alias.needsContext && !info.alias.needsContext)) seen.set(targetKey(info), info);
  }
  return [...seen.values()];
}

/** Entities the text names by an unambiguous form (or named earlier): they decide what ambiguous forms mean. */
export function certainEntities(chosen: readonly Candidate[], known: ReadonlySet<string> | undefined): Set<string> {
  const certain = new Set<string>(known);
  for (const candidate of chosen) {
    const options = distinctOptions(candidate.infos);
    const [only] = options;
    if (options.length === 1 && only && only.target.kind === 'entity' && !only.alias.needsContext)
      certain.add(only.target.id);
  }
  return certain;
}

function namedEventOptions(events: AliasInfo[]): NamedEventOptions {
  return {
    ids: events.map((info) => info.target.id),
    places: [...new Set(events.flatMap((info) => info.alias.places ?? []))],
    series: events.some((info) => info.target.kind === 'series'),
    // "Minsk II" is a proper name; "Istanbul talks" is a venue phrase, read with the same context rules
    // as composed ones.
    properName: !events.some((info) => hasHeadNoun(info.alias.text)),
  };
}

/** Picks what an alias means here; ambiguous forms go to the entity the text names unambiguously elsewhere. */
export function resolveCandidate(
  lexicon: Lexicon,
  candidate: Candidate,
  context: MatchContext,
  certain: Set<string>,
): Resolved | undefined {
  const options = distinctOptions(candidate.infos);
  const events = options.filter((info) => info.target.kind === 'round' || info.target.kind === 'series');
  if (events.length > 0) {
    // Which of the events sharing this name is meant is decided with the text around it (resolvedCandidates.ts).
    const named = namedEventOptions(events);
    return { candidate, entityId: named.ids[0] ?? '', type: 'event', named, needsContext: false, surname: false };
  }
  const pick =
    options.length === 1
      ? options[0]
      : (options.find((info) => info.target.kind === 'entity' && certain.has(info.target.id)) ??
        options.find((info) => info.target.kind === 'office'));
  if (!pick) return undefined;
  const base = { candidate, needsContext: pick.alias.needsContext === true, surname: pick.alias.kind === 'surname' };
  switch (pick.target.kind) {
    case 'entity':
      return { ...base, entityId: pick.target.id, type: pick.target.type };
    case 'office': {
      const person = officeHolder(lexicon, pick.target.id, context.date);
      return person ? { ...base, entityId: person, type: 'person' } : undefined;
    }
    default:
      return undefined;
  }
}
