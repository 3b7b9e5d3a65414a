import type { IsoDate } from '../dataset/schema';
import { toIsoDate } from '../time/roles';
import { DETAIL_SOURCES, type ArticleDateDetail, type ArticleDateSource } from './articleDateDetail';
import { jsonLdDate, jsonLdObjects } from './jsonLdDates';
import { itempropDate, metaDates } from './metaDates';
import { HEADER_TIME, timeDate } from './timeDates';
import { urlDate } from './urlDate';

export type { ArticleDateDetail, ArticleDateSource } from './articleDateDetail';
export { parseDateString } from './dateString';

export interface ArticleDate {
  date: IsoDate;
  source: ArticleDateSource;
}

/** What readArticleDate found: the card's date and source, and the rule that found it. */
export interface ArticleDateReading extends ArticleDate {
  detail: ArticleDateDetail;
}

const found = (detail: ArticleDateDetail, date: IsoDate): ArticleDateReading => ({
  date,
  source: DETAIL_SOURCES[detail],
  detail,
});

/**
 * The date an article speaks from: the facts on its cards are shown as of this day.
 *
 * 1. The page's structured published dates: meta tags (article:published_time, date, pubdate,
 *    itemprop=datePublished, DC.date.issued, parsely-pub-date, sailthru.date) and JSON-LD
 *    datePublished. When they disagree the EARLIEST wins (ties go to that order): a later value is
 *    a re-publication or an update written into a published field (Medium's article:published_time,
 *    NBC's, Vox's sailthru.date), never an earlier publication.
 * 2. JSON-LD dateCreated, only when none of those exists.
 * 3. A <time datetime> in the article's header, byline or dateline (not one marked as an update,
 *    not in a sidebar or a list of other articles).
 * 4. The date in the URL.
 * 5. Only when the URL has no date: the first <time datetime> on the page that is not in a sidebar,
 *    navigation, a list of other articles or comments, and not marked as an update. Some pages'
 *    only machine-readable date is such a <time> beside the author's name (Yahoo, MSN), so it is
 *    used; but it is a guess, and a date in the URL is the stronger claim.
 * 6. A modified date (meta, microdata, JSON-LD dateModified): source 'modified'.
 * 7. Else today: source 'today', which means no date was found.
 */
export function readArticleDate(doc: Document, url: string, now: Date): ArticleDateReading {
  const metas = metaDates(doc, now);
  const objects = jsonLdObjects(doc);
  const published: [ArticleDateDetail, IsoDate | undefined][] = [
    ['meta:article:published_time', metas.get('meta:article:published_time')],
    ['meta:date', metas.get('meta:date')],
    ['meta:pubdate', metas.get('meta:pubdate')],
    ['meta:itemprop', itempropDate(doc, 'datePublished', now)],
    ['meta:dc.date.issued', metas.get('meta:dc.date.issued')],
    ['meta:parsely-pub-date', metas.get('meta:parsely-pub-date')],
    ['meta:sailthru.date', metas.get('meta:sailthru.date')],
    ['json-ld:datePublished', jsonLdDate(objects, 'datePublished', now)],
  ];
  let earliest: ArticleDateReading | undefined;
  for (const [detail, date] of published)
    if (date && (!earliest || date < earliest.date)) earliest = found(detail, date);
  if (earliest) return earliest;
  // Read lazily: each is a guess weaker than the one before, and the first that answers wins.
  const fallbacks: [ArticleDateDetail, () => IsoDate | undefined][] = [
    ['json-ld:dateCreated', () => jsonLdDate(objects, 'dateCreated', now)],
    ['time:article-header', () => timeDate(doc, HEADER_TIME, now)],
    ['url', () => urlDate(url, now)],
    ['time:first', () => timeDate(doc, 'time[datetime]', now)],
    ['modified:meta', () => metas.get('modified:meta') ?? itempropDate(doc, 'dateModified', now)],
    ['modified:json-ld', () => jsonLdDate(objects, 'dateModified', now)],
  ];
  for (const [detail, read] of fallbacks) {
    const date = read();
    if (date) return found(detail, date);
  }
  return found('today', toIsoDate(now));
}
