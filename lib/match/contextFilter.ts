import type { Language } from '../dataset/schema';
import type { FoldedText } from '../text/fold';
import type { Resolved } from './ambiguity';
import { CONTEXT_WINDOW, SPORTS_WORDS, sentenceAround } from './contextRules';
import type { MentionType } from './mention';
import { namedSomeoneElse } from './namesakes';

/** Mentions of these make the text about the negotiations: they anchor forms that are also ordinary words. */
const ACTOR_TYPES = new Set<MentionType>(['person', 'state', 'organisation', 'body', 'event']);

/**
 * The resolved candidates the context rules keep: forms that are also ordinary words only near other
 * actors (or when the text names the same entity plainly), places not in a sentence about sport,
 * English surnames not after a namesake's first name.
 */
export function acceptedInContext(
  resolved: readonly Resolved[],
  certain: ReadonlySet<string>,
  source: { text: string; folded: FoldedText; lang: Language },
): Resolved[] {
  const { text, folded, lang } = source;
  const anchors = resolved
    .filter((entry) => !entry.needsContext && ACTOR_TYPES.has(entry.type))
    .map((entry) => entry.candidate.start);
  const inContext = (entry: Resolved) =>
    !entry.needsContext ||
    certain.has(entry.entityId) ||
    anchors.some(
      (anchor) => anchor !== entry.candidate.start && Math.abs(anchor - entry.candidate.start) <= CONTEXT_WINDOW,
    );
  const originalStart = (entry: Resolved) => folded.sourceIndex[entry.candidate.start] ?? 0;
  return resolved.filter(
    (entry) =>
      inContext(entry) &&
      !(
        entry.type === 'place' &&
        SPORTS_WORDS.test(
          sentenceAround(text, originalStart(entry), folded.sourceIndex[entry.candidate.end] ?? text.length),
        )
      ) &&
      !(entry.surname && entry.type === 'person' && lang === 'en' && namedSomeoneElse(text, originalStart(entry))),
  );
}
