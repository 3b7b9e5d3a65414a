import type { IsoDate } from '../dataset/schema';
import { isElsewhere } from './articleScope';
import { parseDateString } from './dateString';

/** Where a news page puts its own date: the article's header, the byline, the dateline. */
export const HEADER_TIME = [
  'time[pubdate]',
  'article header time',
  'article time[itemprop]',
  '[class*="byline" i] time',
  '[class*="dateline" i] time',
  '[class*="article-header" i] time',
  '[class*="article__header" i] time',
  '[class*="entry-header" i] time',
  '[class*="entry-meta" i] time',
  '[class*="post-meta" i] time',
]
  .map((selector) => `${selector}[datetime]`)
  .join(', ');

/** A date element marked as the last change, not the publication. */
const UPDATE_MARK = /updat|modif|aktualisiert|geändert/i;

function isUpdate(element: Element): boolean {
  const itemprop = element.getAttribute('itemprop') ?? '';
  const marks = element.getAttribute('class') ?? '';
  // WordPress writes class="entry-date published updated" on the publication date.
  if (/datePublished/.test(itemprop) || element.hasAttribute('pubdate') || /publish/i.test(marks)) return false;
  return (
    /dateModified/.test(itemprop) ||
    UPDATE_MARK.test(marks) ||
    UPDATE_MARK.test(element.parentElement?.getAttribute('class') ?? '')
  );
}

/** The first valid date of a <time datetime> matching `selector` that is the article's and not an update. */
export function timeDate(doc: Document, selector: string, now: Date): IsoDate | undefined {
  for (const time of doc.querySelectorAll(selector)) {
    if (isElsewhere(time) || isUpdate(time)) continue;
    const date = parseDateString(time.getAttribute('datetime'), now);
    if (date) return date;
  }
  return undefined;
}
