import type { MentionType } from '../match/matcher';
import type { Category, Settings } from '../settings/schema';

export type DisplaySettings = Pick<Settings, 'categories' | 'marking'>;

/** The reader's categories, as the options page names them. */
export function categoryOf(type: MentionType): Category {
  switch (type) {
    case 'person':
      return 'persons';
    case 'state':
    case 'organisation':
    case 'body':
      return 'statesAndOrganisations';
    case 'event':
      return 'rounds';
    case 'place':
      return 'places';
    case 'term':
      return 'terms';
  }
}

interface Markable {
  entityId: string;
  type: MentionType;
  /** Mentions in the article's main content win the "first mention" over the rest of the page. */
  region?: 'main' | 'other';
}

/** Mentions of the categories the reader wants: these are counted (toolbar badge, popup), marked or not. */
export function shownMentions<M extends Markable>(mentions: readonly M[], display: DisplaySettings): M[] {
  return mentions.filter((mention) => display.categories[categoryOf(mention.type)]);
}

/**
 * The mentions that get a highlight, open cards and are stepped through by
 * the keyboard: by default only the first of each name, in document order,
 * so that a long article is not striped with the same name again and again.
 */
export function markedMentions<M extends Markable>(mentions: readonly M[], display: DisplaySettings): M[] {
  const shown = shownMentions(mentions, display);
  if (display.marking === 'all') return shown;
  const firsts = new Map<string, M>();
  for (const mention of shown)
    if (mention.region !== 'other' && !firsts.has(mention.entityId)) firsts.set(mention.entityId, mention);
  for (const mention of shown) if (!firsts.has(mention.entityId)) firsts.set(mention.entityId, mention);
  const marked = new Set(firsts.values());
  // Back in document order, for the keyboard and the painter.
  return shown.filter((mention) => marked.has(mention));
}
