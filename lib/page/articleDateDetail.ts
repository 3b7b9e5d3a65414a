/**
 * Every rule that can give an article its date, in the order they are tried, each with the coarse
 * source the card names. The keys are the `detail` a report counts by; the values are the card's.
 * Published dates come first; a modified date is used only when no published date was found.
 */
export const DETAIL_SOURCES = {
  'meta:article:published_time': 'meta',
  'meta:date': 'meta',
  'meta:pubdate': 'meta',
  'meta:itemprop': 'meta',
  'meta:dc.date.issued': 'meta',
  'meta:parsely-pub-date': 'meta',
  'meta:sailthru.date': 'meta',
  'json-ld:datePublished': 'json-ld',
  'json-ld:dateCreated': 'json-ld',
  'time:article-header': 'time-element',
  url: 'url',
  'time:first': 'time-element',
  'modified:meta': 'modified',
  'modified:json-ld': 'modified',
  today: 'today',
} as const;

/** Which rule found the date: precise, for reports. */
export type ArticleDateDetail = keyof typeof DETAIL_SOURCES;

/**
 * Where the date came from, as the card says it ('card.dateSource.<source>'); 'card' is the
 * extension's own entry page, opened from a card for that date. 'today' means no date was found.
 */
export type ArticleDateSource = (typeof DETAIL_SOURCES)[ArticleDateDetail] | 'card';
