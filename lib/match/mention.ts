import type { EntityType, IsoDate, Language } from '../dataset/schema';
import type { EventReason } from '../time/eventResolver';

export type MentionType = EntityType | 'event';

export interface Mention {
  /** An entity id, or for events a round or series id. */
  entityId: string;
  type: MentionType;
  /** UTF-16 offsets into the original text; `end` is exclusive. */
  start: number;
  end: number;
  surface: string;
  /** For events: the rounds meant (one, or a series' rounds up to the article's date, nearest first). */
  rounds?: string[];
  /** For events: why this round or series was taken (the card says so in one line). */
  reason?: EventReason;
}

export interface MatchContext {
  /** The article's date: offices resolve to their holder then, events to rounds around it. */
  date: IsoDate;
  /**
   * False when the page gave no date and `date` is only today: offices still resolve as of today,
   * but an event phrase resolves only by a time it writes itself (or a name one event alone carries).
   */
  dateKnown?: boolean;
  lang: Language;
  /**
   * Entities already named plainly earlier in the same document, when it is
   * matched in chunks: carried from chunk to chunk (and added to), so a full
   * name in one chunk still settles a surname in a later one.
   */
  known?: Set<string>;
}
