import type { IsoDate } from '../dataset/schema';
import { toIsoDate } from '../time/roles';

/** Where the date came from; 'card' is the extension's own entry page, opened from a card for that date. */
export type ArticleDateSource = 'meta' | 'json-ld' | 'time-element' | 'url' | 'today' | 'card';

export interface ArticleDate {
  date: IsoDate;
  source: ArticleDateSource;
}

const ISO_PREFIX = /^(\d{4})-(\d{2})-(\d{2})/;
const URL_DATE = /\/(20\d{2}|19\d{2})[/-](\d{1,2})[/-](\d{1,2})(?:\/|-|$)/;

function isoFrom(value: string | null | undefined): IsoDate | undefined {
  const match = value?.trim().match(ISO_PREFIX);
  if (!match) return undefined;
  const [, year, month, day] = match;
  const date = `${year}-${month}-${day}`;
  return Number.isNaN(Date.parse(date)) ? undefined : date;
}

function jsonLdDate(doc: Document): IsoDate | undefined {
  for (const script of doc.querySelectorAll('script[type="application/ld+json"]')) {
    // Pages ship broken JSON-LD often enough; a bad block is skipped, not fatal.
    try {
      const found = findDatePublished(JSON.parse(script.textContent ?? ''));
      if (found) return found;
    } catch {
      continue;
    }
  }
  return undefined;
}

function findDatePublished(value: unknown): IsoDate | undefined {
  if (Array.isArray(value)) {
    for (const item of value) {
      const found = findDatePublished(item);
      if (found) return found;
    }
  } else if (value && typeof value === 'object') {
    const record = value as Record<string, unknown>;
    if (typeof record.datePublished === 'string') return isoFrom(record.datePublished);
    if (record['@graph']) return findDatePublished(record['@graph']);
  }
  return undefined;
}

function urlDate(url: string): IsoDate | undefined {
  const match = url.match(URL_DATE);
  if (!match) return undefined;
  const [, year, month = '', day = ''] = match;
  return isoFrom(`${year}-${month.padStart(2, '0')}-${day.padStart(2, '0')}`);
}

/** The date an article speaks from: the facts on its cards are shown as of this day. */
export function readArticleDate(doc: Document, url: string, now: Date): ArticleDate {
  const meta = isoFrom(doc.querySelector('meta[property="article:published_time"]')?.getAttribute('content'));
  if (meta) return { date: meta, source: 'meta' };
  const jsonLd = jsonLdDate(doc);
  if (jsonLd) return { date: jsonLd, source: 'json-ld' };
  const time = isoFrom(doc.querySelector('time[datetime]')?.getAttribute('datetime'));
  if (time) return { date: time, source: 'time-element' };
  const fromUrl = urlDate(url);
  if (fromUrl) return { date: fromUrl, source: 'url' };
  return { date: toIsoDate(now), source: 'today' };
}
