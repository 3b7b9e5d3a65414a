import type { IsoDate } from '../dataset/schema';

/**
 * Boxes that speak of other articles or of readers: sidebars, navigation, related and popular
 * lists, teasers, comments. Their dates are not the article's. A box that holds the page's <h1>
 * is a layout wrapper (a body class "right-sidebar"), not such a box; an <aside> inside the
 * <article> is the article's own (a byline box), one outside it is a sidebar.
 */
const ELSEWHERE = [
  'nav',
  '[role="complementary"]',
  '[role="navigation"]',
  '#comments',
  '.comments',
  '.comment',
  ...[
    'related',
    'popular',
    'trending',
    'teaser',
    'recommend',
    'more-stories',
    'sidebar',
    'comment-list',
    'commentlist',
    'comment-body',
  ].map((word) => `[class*="${word}" i]`),
].join(', ');

/** Whether the element sits in one of those boxes, so its date belongs to something else. */
export function isElsewhere(element: Element): boolean {
  const box = element.closest(ELSEWHERE);
  if (box && !box.querySelector('h1')) return true;
  const aside = element.closest('aside');
  return aside !== null && !aside.querySelector('h1') && !aside.parentElement?.closest('article');
}

const ARTICLE_TYPE = /Article|BlogPosting|Posting|Report/;

/** The first date, from an article-typed item if one has one, else from any item. */
export function firstOfArticle(items: Iterable<{ date: IsoDate | undefined; types: unknown[] }>): IsoDate | undefined {
  let fallback: IsoDate | undefined;
  for (const { date, types } of items) {
    if (!date) continue;
    if (types.some((type) => typeof type === 'string' && ARTICLE_TYPE.test(type))) return date;
    fallback ??= date;
  }
  return fallback;
}
