import type { ResolvedEvent } from '../time/eventResolver';
import { foldText, type FoldedText } from '../text/fold';
import { certainEntities, type Resolved } from './ambiguity';
import { candidatesIn, leftmostLongest } from './candidates';
import { acceptedInContext } from './contextFilter';
import { headsAt } from './eventHeads';
import { findComposedEvents, inWarContext } from './events';
import type { Lexicon } from './lexicon';
import type { MatchContext, Mention } from './mention';
import { mergeEvents } from './mergeEvents';
import { resolveCandidates } from './resolvedCandidates';

// Other folders import the matcher's types and helpers from here.
export type { MatchContext, Mention, MentionType } from './mention';
export { isWordChar } from './wordBounds';

/** A named event's mention, with what the war-context rule needs to judge it. */
interface NamedEventMention {
  mention: Mention;
  event: ResolvedEvent;
  properName: boolean;
}

/**
 * Finds every mention of the lexicon's entities, offices, rounds and series
 * in `text`, resolved as of the article's date: one automaton pass, then word
 * boundaries, case rules, German endings and compounds, leftmost-longest,
 * office holders, ambiguity and context rules, and event phrases.
 */
export function findMentions(lexicon: Lexicon, text: string, context: MatchContext): Mention[] {
  const folded = foldText(text);
  const { candidates, headStarts } = candidatesIn(lexicon, text, folded, context.lang);
  const chosen = leftmostLongest(candidates);
  const certain = certainEntities(chosen, context.known);
  for (const id of certain) context.known?.add(id);
  const resolved = resolveCandidates(lexicon, { text, folded, context, certain }, chosen, candidates);
  const accepted = acceptedInContext(resolved, certain, { text, folded, lang: context.lang });
  const { mentions, namedEvents } = mentionsOf(accepted, text, folded);

  const composed = findComposedEvents(lexicon, text, context, mentions, headsAt(text, headStarts));
  const all = [...mentions, ...composed.map(({ mention }) => mention)];
  const fitsContext = (mention: Mention) => {
    const found = namedEvents.get(mention);
    return !found || inWarContext(lexicon, text, found, all);
  };
  // An event phrase that is about other talks still shows the names inside it ("Istanbul" in "talks in Istanbul").
  const named = mentions.flatMap((mention) =>
    fitsContext(mention) ? [mention] : namesInside(lexicon, text, mention, context),
  );
  const composedInContext = composed.filter((found) =>
    inWarContext(lexicon, text, { ...found, properName: false }, all),
  );
  return mergeEvents(
    named,
    composedInContext.map(({ mention }) => mention),
  );
}

/** The accepted entries as mentions in the original text; named events are kept aside for the war-context rule. */
function mentionsOf(
  accepted: readonly Resolved[],
  text: string,
  folded: FoldedText,
): { mentions: Mention[]; namedEvents: Map<Mention, NamedEventMention> } {
  const namedEvents = new Map<Mention, NamedEventMention>();
  const mentions: Mention[] = accepted.map((entry) => {
    if (entry.event) {
      const { event, start, end } = entry.event;
      const mention: Mention = {
        entityId: event.id,
        type: 'event',
        start,
        end,
        surface: text.slice(start, end),
        rounds: event.rounds,
        reason: event.reason,
      };
      namedEvents.set(mention, { mention, event, properName: entry.named?.properName === true });
      return mention;
    }
    const start = folded.sourceIndex[entry.candidate.start] ?? 0;
    const end = folded.sourceIndex[entry.candidate.end] ?? text.length;
    return { entityId: entry.entityId, type: entry.type, start, end, surface: text.slice(start, end) };
  });
  return { mentions, namedEvents };
}

/** The names inside an event phrase's span, found as if the phrase stood alone, without events. */
function namesInside(lexicon: Lexicon, text: string, event: Mention, context: MatchContext): Mention[] {
  const inner = findMentions(lexicon, text.slice(event.start, event.end), {
    date: context.date,
    lang: context.lang,
    dateKnown: false,
  });
  return inner
    .filter((mention) => mention.type !== 'event')
    .map((mention) => ({ ...mention, start: mention.start + event.start, end: mention.end + event.start }));
}
