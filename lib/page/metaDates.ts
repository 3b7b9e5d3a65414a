import type { IsoDate } from '../dataset/schema';
import type { ArticleDateDetail } from './articleDateDetail';
import { firstOfArticle, isElsewhere } from './articleScope';
import { parseDateString } from './dateString';

export type MetaDetail = Extract<ArticleDateDetail, `meta:${string}`> | 'modified:meta';

/** Meta names and properties (compared lower-cased), each with the rule it belongs to. */
const META_NAMES = new Map<string, MetaDetail>(
  Object.entries({
    'article:published_time': 'meta:article:published_time',
    'article:published': 'meta:article:published_time',
    'og:article:published_time': 'meta:article:published_time',
    'article:publicationdate': 'meta:article:published_time',
    date: 'meta:date',
    pubdate: 'meta:pubdate',
    publishdate: 'meta:pubdate',
    publish_date: 'meta:pubdate',
    'publish-date': 'meta:pubdate',
    published_at: 'meta:pubdate',
    'dc.date.issued': 'meta:dc.date.issued',
    'dcterms.issued': 'meta:dc.date.issued',
    'parsely-pub-date': 'meta:parsely-pub-date',
    'sailthru.date': 'meta:sailthru.date',
    'article:modified_time': 'modified:meta',
    'article:modified': 'modified:meta',
    'og:updated_time': 'modified:meta',
    'dc.date.modified': 'modified:meta',
    'dcterms.modified': 'modified:meta',
  } satisfies Record<string, MetaDetail>),
);

/** The first valid date of each rule's meta tags, by rule. */
export function metaDates(doc: Document, now: Date): Map<MetaDetail, IsoDate> {
  const found = new Map<MetaDetail, IsoDate>();
  for (const meta of doc.querySelectorAll('meta[content]')) {
    for (const attribute of ['property', 'name']) {
      const detail = META_NAMES.get((meta.getAttribute(attribute) ?? '').trim().toLowerCase());
      if (!detail || found.has(detail)) continue;
      const date = parseDateString(meta.getAttribute('content'), now);
      if (date) found.set(detail, date);
    }
  }
  return found;
}

/**
 * Microdata: an element with itemprop="datePublished" (or dateModified) and its value in content,
 * datetime or (an <abbr>, as Blogger writes it) title; outside sidebars and lists of other articles.
 * The article's own item is preferred to, say, a video's on the same page.
 */
export function itempropDate(
  doc: Document,
  property: 'datePublished' | 'dateModified',
  now: Date,
): IsoDate | undefined {
  return firstOfArticle(
    [...doc.querySelectorAll(`[itemprop~="${property}"]`)]
      .filter((element) => !isElsewhere(element))
      .map((element) => ({
        date: parseDateString(
          element.getAttribute('content') ??
            element.getAttribute('datetime') ??
            (element.tagName === 'ABBR' ? element.getAttribute('title') : null),
          now,
        ),
        types: (element.parentElement?.closest('[itemscope]')?.getAttribute('itemtype') ?? '').split(/\s+/),
      })),
  );
}
