import type { FoldedText } from '../text/fold';
import { resolveCandidate, type Resolved } from './ambiguity';
import { innerCandidates, type Candidate } from './candidates';
import { partyGluedBefore, resolveNamedEvent } from './events';
import type { Lexicon } from './lexicon';
import type { MatchContext } from './mention';

/** The text being matched, in both forms, with what is known about it. */
export interface MatchedText {
  text: string;
  folded: FoldedText;
  context: MatchContext;
  /** Entities the text names unambiguously (see certainEntities). */
  certain: Set<string>;
}

/**
 * What each chosen candidate means, in text order. A named event is resolved with the text around it
 * and with what was resolved before it (a party glued before "Gipfel" makes it this war's summit).
 */
export function resolveCandidates(
  lexicon: Lexicon,
  matched: MatchedText,
  chosen: readonly Candidate[],
  candidates: readonly Candidate[],
): Resolved[] {
  const { text, folded, context, certain } = matched;
  const resolved: Resolved[] = [];
  const resolveInto = (candidate: Candidate) => {
    const entry = resolveCandidate(lexicon, candidate, context, certain);
    if (!entry?.named) {
      if (entry) resolved.push(entry);
      return;
    }
    const span = {
      start: folded.sourceIndex[candidate.start] ?? 0,
      end: folded.sourceIndex[candidate.end] ?? text.length,
    };
    const earlier = resolved.map((other) => ({
      type: other.type,
      entityId: other.entityId,
      end: folded.sourceIndex[other.candidate.end] ?? text.length,
    }));
    const partyBefore = partyGluedBefore(lexicon, text, span.start, earlier);
    const event = resolveNamedEvent(lexicon, text, span, entry.named, context, partyBefore);
    if (event) resolved.push({ ...entry, entityId: event.event.id, event });
    // No event fits ("Istanbul talks" in 2016): the names inside the phrase are still marked as what they are.
    else for (const inner of innerCandidates(candidates, candidate)) resolveInto(inner);
  };
  for (const candidate of chosen) resolveInto(candidate);
  return resolved;
}
