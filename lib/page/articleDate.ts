import type { IsoDate } from '../dataset/schema';
import { toIsoDate } from '../time/roles';

/**
 * Every rule that can give an article its date, in the order they are tried, each with the coarse
 * source the card names. The keys are the `detail` a report counts by; the values are the card's.
 * Published dates come first; a modified date is used only when no published date was found.
 */
const DETAIL_SOURCES = {
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

export interface ArticleDate {
  date: IsoDate;
  source: ArticleDateSource;
}

/** What readArticleDate found: the card's date and source, and the rule that found it. */
export interface ArticleDateReading extends ArticleDate {
  detail: ArticleDateDetail;
}

type MetaDetail = Extract<ArticleDateDetail, `meta:${string}`> | 'modified:meta';

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

/** English and German month names; a name stands for its month when it begins one of them ("Sept", "Mär", "Juli"). */
const MONTHS = [
  ['january', 'januar', 'jänner'],
  ['february', 'februar'],
  ['march', 'märz', 'maerz'],
  ['april'],
  ['may', 'mai'],
  ['june', 'juni'],
  ['july', 'juli'],
  ['august'],
  ['september'],
  ['october', 'oktober'],
  ['november'],
  ['december', 'dezember'],
];

const DAY = 86_400_000;
const ISO = /^(\d{4})[-/](\d{1,2})[-/](\d{1,2})(?![\d/-])/;
const COMPACT = /^(\d{4})(\d{2})(\d{2})(?:$|T)/;
const GERMAN = /^(\d{1,2})\.(\d{1,2})\.(\d{4})(?!\d)/;
// "21 Jul 2025" (RFC 2822, after its weekday), "21. Juli 2025".
const DAY_MONTH_YEAR = /^(\d{1,2})\.?\s+(\p{L}{3,})\.?,?\s+(\d{4})(?!\d)/u;
// "Jul 21, 2025", "Jul 21 10:00:00 GMT 2025" (Date.prototype.toString, Java's Date).
const MONTH_DAY_YEAR =
  /^(\p{L}{3,})\.?\s+(\d{1,2}),?\s+(?:\d{1,2}:\d{2}(?::\d{2})?\s+(?:[A-Z]{1,5}\s+|[+-]\d{4}\s+)?)?(\d{4})(?!\d)/u;
const WEEKDAY = /^\p{L}{2,}\.?,?\s+(?=\p{L}|\d)/u;

function monthNumber(name: string): number | undefined {
  const lower = name.toLowerCase();
  const index = MONTHS.findIndex((names) => names.some((full) => full.startsWith(lower)));
  return index < 0 ? undefined : index + 1;
}

type DateParts = [year: number, month: number | undefined, day: number];

function partsOf(text: string): DateParts | undefined {
  let match: RegExpMatchArray | null;
  if ((match = text.match(ISO) ?? text.match(COMPACT))) return [Number(match[1]), Number(match[2]), Number(match[3])];
  if ((match = text.match(GERMAN))) return [Number(match[3]), Number(match[2]), Number(match[1])];
  if ((match = text.match(DAY_MONTH_YEAR))) return [Number(match[3]), monthNumber(match[2] ?? ''), Number(match[1])];
  if ((match = text.match(MONTH_DAY_YEAR))) return [Number(match[3]), monthNumber(match[1] ?? ''), Number(match[2])];
  return undefined;
}

/**
 * The calendar date a page's date string states, as written: "2025-07-21T23:30:00-05:00" is the
 * 21st, not the UTC 22nd. Impossible dates, years before 1990 and days more than one day after
 * `now` are not dates of an article.
 */
export function parseDateString(value: string | null | undefined, now: Date): IsoDate | undefined {
  const text = value?.trim() ?? '';
  // A leading weekday ("Mon, 21 Jul 2025", "Fri Mar 13 21:30:09 EST 2015") is dropped.
  const parts = partsOf(text) ?? partsOf(text.replace(WEEKDAY, ''));
  if (!parts) return undefined;
  const [year, month, day] = parts;
  if (month === undefined || year < 1990 || month < 1 || month > 12 || day < 1) return undefined;
  if (day > new Date(Date.UTC(year, month, 0)).getUTCDate()) return undefined;
  const date = `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  return date <= toIsoDate(new Date(now.getTime() + DAY)) ? date : undefined;
}

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

/** A date element marked as the last change, not the publication. */
const UPDATE_MARK = /updat|modif|aktualisiert|geändert/i;

function isElsewhere(element: Element): boolean {
  const box = element.closest(ELSEWHERE);
  if (box && !box.querySelector('h1')) return true;
  const aside = element.closest('aside');
  return aside !== null && !aside.querySelector('h1') && !aside.parentElement?.closest('article');
}

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

function metaDates(doc: Document, now: Date): Map<MetaDetail, IsoDate> {
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

const ARTICLE_TYPE = /Article|BlogPosting|Posting|Report/;

/** The first date, from an article-typed item if one has one, else from any item. */
function firstOfArticle(items: Iterable<{ date: IsoDate | undefined; types: unknown[] }>): IsoDate | undefined {
  let fallback: IsoDate | undefined;
  for (const { date, types } of items) {
    if (!date) continue;
    if (types.some((type) => typeof type === 'string' && ARTICLE_TYPE.test(type))) return date;
    fallback ??= date;
  }
  return fallback;
}

/**
 * Microdata: an element with itemprop="datePublished" (or dateModified) and its value in content,
 * datetime or (an <abbr>, as Blogger writes it) title; outside sidebars and lists of other articles.
 * The article's own item is preferred to, say, a video's on the same page.
 */
function itempropDate(doc: Document, property: 'datePublished' | 'dateModified', now: Date): IsoDate | undefined {
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

type JsonLdKey = 'datePublished' | 'dateCreated' | 'dateModified';
// A block wrapped as XHTML pages and older templates wrap scripts: <![CDATA[ … ]]>, //<![CDATA[ … //]]>, <!-- … -->.
const WRAPPER_START = /^\s*(?:(?:\/\/|\/\*)\s*)?(?:<!\[CDATA\[|<!--)(?:\s*\*\/)?/;
const WRAPPER_END = /(?:(?:\/\/|\/\*)\s*)?(?:\]\]>|-->)(?:\s*\*\/)?\s*$/;

/** The JSON-LD objects of the page, depth-first in document order; a broken block is skipped, not fatal. */
function jsonLdObjects(doc: Document): Record<string, unknown>[] {
  const objects: Record<string, unknown>[] = [];
  const walk = (value: unknown, depth: number) => {
    if (depth > 12) return;
    if (Array.isArray(value)) for (const item of value) walk(item, depth + 1);
    else if (value && typeof value === 'object') {
      objects.push(value as Record<string, unknown>);
      for (const child of Object.values(value)) if (child && typeof child === 'object') walk(child, depth + 1);
    }
  };
  for (const script of doc.querySelectorAll('script[type="application/ld+json"]')) {
    try {
      walk(JSON.parse((script.textContent ?? '').replace(WRAPPER_START, '').replace(WRAPPER_END, '')), 0);
    } catch {
      continue;
    }
  }
  return objects;
}

function jsonLdValue(value: unknown): string | undefined {
  if (typeof value === 'string') return value;
  if (Array.isArray(value)) return jsonLdValue(value[0]);
  if (value && typeof value === 'object' && '@value' in value) return jsonLdValue(value['@value']);
  return undefined;
}

/** The first valid date under `key`, from an article-typed object if one has it, else from any object. */
function jsonLdDate(objects: Record<string, unknown>[], key: JsonLdKey, now: Date): IsoDate | undefined {
  return firstOfArticle(
    objects.map((object) => ({
      date: parseDateString(jsonLdValue(object[key]), now),
      types: [object['@type']].flat(),
    })),
  );
}

/** Where a news page puts its own date: the article's header, the byline, the dateline. */
const HEADER_TIME = [
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

function timeDate(doc: Document, selector: string, now: Date): IsoDate | undefined {
  for (const time of doc.querySelectorAll(selector)) {
    if (isElsewhere(time) || isUpdate(time)) continue;
    const date = parseDateString(time.getAttribute('datetime'), now);
    if (date) return date;
  }
  return undefined;
}

// "/2025/07/21/", "/2025-07-21-", and, set off by - _ / = ., "-20250721/" (checked like any date).
const URL_DATE = /\/((?:19|20)\d{2})[/-](\d{1,2})[/-](\d{1,2})(?:[/_.-]|$)/;
const URL_COMPACT_DATE = /[/_=-]((?:19|20)\d{2})(\d{2})(\d{2})(?:[/_.&?#-]|$)/;

function urlDate(url: string, now: Date): IsoDate | undefined {
  const match = url.match(URL_DATE) ?? url.match(URL_COMPACT_DATE);
  return match ? parseDateString(`${match[1]}-${match[2]}-${match[3]}`, now) : undefined;
}

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
  const found = (detail: ArticleDateDetail, date: IsoDate): ArticleDateReading => ({
    date,
    source: DETAIL_SOURCES[detail],
    detail,
  });
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
