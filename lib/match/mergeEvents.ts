import type { Mention } from './mention';

/** Event phrases absorb the place names inside them ("talks in Istanbul"); names of actors win over events. */
export function mergeEvents(mentions: Mention[], events: Mention[]): Mention[] {
  if (events.length === 0) return mentions;
  const absorbed = (mention: Mention) => mention.type === 'place' || mention.type === 'term';
  const kept = mentions.filter(
    (mention) => !(absorbed(mention) && events.some((event) => mention.start < event.end && event.start < mention.end)),
  );
  const free = events.filter(
    (event) => !kept.some((mention) => mention.start < event.end && event.start < mention.end),
  );
  return [...kept, ...free].sort((a, b) => a.start - b.start);
}
