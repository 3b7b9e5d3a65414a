// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { parseDateString, readArticleDate } from '../../lib/page/articleDate';

const NOW = new Date('2026-11-25T12:00:00Z');
const NO_URL = 'https://example.org/world/talks';

function page(head: string, body = ''): Document {
  return new DOMParser().parseFromString(`<html><head>${head}</head><body>${body}</body></html>`, 'text/html');
}

const jsonLd = (value: unknown) => `<script type="application/ld+json">${JSON.stringify(value)}</script>`;
const read = (doc: Document, url = NO_URL) => readArticleDate(doc, url, NOW);

describe('readArticleDate: meta conventions', () => {
  it('reads article:published_time before a <time> and the URL', () => {
    const doc = page(
      '<meta property="article:published_time" content="2025-07-21T10:00:00+02:00">',
      '<time datetime="2024-01-01">x</time>',
    );
    expect(read(doc, 'https://example.org/2023/05/06/x')).toEqual({
      date: '2025-07-21',
      source: 'meta',
      detail: 'meta:article:published_time',
    });
  });

  it('reads meta name="date"', () => {
    expect(read(page('<meta name="date" content="2025-07-21T10:00:00+02:00">'))).toEqual({
      date: '2025-07-21',
      source: 'meta',
      detail: 'meta:date',
    });
  });

  it('reads meta name="pubdate" written as "YYYY-MM-DD hh:mm:ss"', () => {
    expect(read(page('<meta name="pubdate" content="2025-07-21 10:00:00">'))).toEqual({
      date: '2025-07-21',
      source: 'meta',
      detail: 'meta:pubdate',
    });
  });

  it('reads itemprop="datePublished" from a meta, or from a <time> by its datetime', () => {
    expect(read(page('<meta itemprop="datePublished" content="2025-07-21">'))).toEqual({
      date: '2025-07-21',
      source: 'meta',
      detail: 'meta:itemprop',
    });
    expect(
      read(
        page('', '<span>21 July</span><time itemprop="datePublished" datetime="2025-07-20T09:00:00Z">20 July</time>'),
      ),
    ).toMatchObject({ date: '2025-07-20', detail: 'meta:itemprop' });
  });

  it('takes the article item’s datePublished over a video item’s that comes first', () => {
    const body = `<div itemscope itemtype="https://schema.org/VideoObject"><meta itemprop="datePublished" content="2025-07-22T13:00:00Z"></div>
      <div itemscope itemtype="https://schema.org/NewsArticle"><meta itemprop="datePublished" content="2025-07-21T19:00:00Z"></div>`;
    expect(read(page('', body))).toMatchObject({ date: '2025-07-21', detail: 'meta:itemprop' });
  });

  it('reads DC.date.issued in any letter case', () => {
    for (const name of ['DC.date.issued', 'dc.date.issued', 'DC.Date.Issued']) {
      expect(read(page(`<meta name="${name}" content="2025-07-21">`)), name).toEqual({
        date: '2025-07-21',
        source: 'meta',
        detail: 'meta:dc.date.issued',
      });
    }
  });

  it('reads parsely-pub-date', () => {
    expect(read(page('<meta name="parsely-pub-date" content="2025-07-21T08:00:00Z">'))).toEqual({
      date: '2025-07-21',
      source: 'meta',
      detail: 'meta:parsely-pub-date',
    });
  });

  it('reads sailthru.date written as YYYYMMDD', () => {
    expect(read(page('<meta name="sailthru.date" content="20250721">'))).toEqual({
      date: '2025-07-21',
      source: 'meta',
      detail: 'meta:sailthru.date',
    });
  });

  it('reads an RFC 2822 date', () => {
    expect(read(page('<meta name="date" content="Mon, 21 Jul 2025 10:00:00 GMT">'))).toMatchObject({
      date: '2025-07-21',
      detail: 'meta:date',
    });
  });
});

describe('readArticleDate: JSON-LD', () => {
  it('reads datePublished inside @graph, arrays and nested objects, and skips broken blocks', () => {
    const graph = jsonLd({
      '@graph': [
        { '@type': 'WebSite', name: 'x' },
        { '@type': 'NewsArticle', datePublished: '2025-05-16T08:00:00Z' },
      ],
    });
    expect(read(page(`<script type="application/ld+json">{broken</script>${graph}`))).toEqual({
      date: '2025-05-16',
      source: 'json-ld',
      detail: 'json-ld:datePublished',
    });
    const nested = jsonLd([{ '@type': 'WebPage', mainEntity: { '@type': 'Article', datePublished: '2025-07-21' } }]);
    expect(read(page(nested))).toMatchObject({ date: '2025-07-21', detail: 'json-ld:datePublished' });
  });

  it('reads a block wrapped in CDATA, as XHTML pages write it', () => {
    const doc = page(
      `<script type="application/ld+json">//<![CDATA[\n${JSON.stringify({ '@type': 'Article', datePublished: '2025-07-21' })}\n//]]></script>`,
    );
    expect(read(doc)).toMatchObject({ date: '2025-07-21', detail: 'json-ld:datePublished' });
  });

  it('prefers the article object’s date to another object’s that comes first', () => {
    const doc = page(
      jsonLd([
        { '@type': 'VideoObject', datePublished: '2025-07-23' },
        { '@type': ['NewsArticle'], datePublished: '2025-07-21' },
      ]),
    );
    expect(read(doc).date).toBe('2025-07-21');
  });

  it('uses dateCreated only when no block has a datePublished', () => {
    const both = page(
      jsonLd({ '@type': 'Article', dateCreated: '2025-07-01' }) +
        jsonLd({ '@type': 'Article', datePublished: '2025-07-21' }),
    );
    expect(read(both)).toMatchObject({ date: '2025-07-21', detail: 'json-ld:datePublished' });
    expect(read(page(jsonLd({ '@type': 'Article', dateCreated: '2025-07-01' })))).toEqual({
      date: '2025-07-01',
      source: 'json-ld',
      detail: 'json-ld:dateCreated',
    });
  });
});

describe('readArticleDate: published before modified', () => {
  it('takes a published date over modified dates that come first', () => {
    const head =
      '<meta property="article:modified_time" content="2025-07-25T10:00:00Z"><meta itemprop="dateModified" content="2025-07-25">';
    const doc = page(
      head + jsonLd({ '@type': 'NewsArticle', dateModified: '2025-07-25', datePublished: '2025-07-21' }),
    );
    expect(read(doc)).toEqual({ date: '2025-07-21', source: 'json-ld', detail: 'json-ld:datePublished' });
  });

  it('takes the earliest published date when the page writes an update into a published field', () => {
    const doc = page(
      '<meta property="article:published_time" content="2025-07-22T12:43:00Z">' +
        jsonLd({ '@type': 'NewsArticle', datePublished: '2025-07-21T22:00:00Z', dateModified: '2025-07-22T12:43:00Z' }),
    );
    expect(read(doc)).toMatchObject({ date: '2025-07-21', detail: 'json-ld:datePublished' });
    const agree = page(
      '<meta property="article:published_time" content="2025-07-21">' +
        jsonLd({ '@type': 'NewsArticle', datePublished: '2025-07-21' }),
    );
    expect(read(agree).detail).toBe('meta:article:published_time');
  });

  it('falls back to a modified date, as its own source, only when nothing published exists', () => {
    expect(read(page('<meta property="article:modified_time" content="2025-07-25T10:00:00Z">'))).toEqual({
      date: '2025-07-25',
      source: 'modified',
      detail: 'modified:meta',
    });
    expect(read(page(jsonLd({ '@type': 'Article', dateModified: '2025-07-26' })))).toEqual({
      date: '2025-07-26',
      source: 'modified',
      detail: 'modified:json-ld',
    });
    expect(
      read(page('<meta property="article:modified_time" content="2025-07-25">'), 'https://example.org/2025/07/21/x'),
    ).toMatchObject({ date: '2025-07-21', source: 'url' });
  });
});

describe('readArticleDate: <time> elements', () => {
  it('takes the time in the article header over a sidebar time that comes first in the document', () => {
    const body = `<aside class="sidebar"><ul><li><time datetime="2025-06-01">1 June</time></li></ul></aside>
      <article><header><h1>Talks</h1><time datetime="2025-07-21T10:00:00+02:00">21 July</time></header><p>…</p></article>`;
    expect(read(page('', body))).toEqual({ date: '2025-07-21', source: 'time-element', detail: 'time:article-header' });
  });

  it('skips a "last updated" time in the header and a related-articles list', () => {
    const body = `<div class="related-stories"><time datetime="2025-05-02">2 May</time></div>
      <article><header><h1>Talks</h1><p class="byline">Updated <time class="updated" datetime="2025-07-25">25 July</time>, first published <time datetime="2025-07-21">21 July</time></p></header></article>`;
    expect(read(page('', body))).toMatchObject({ date: '2025-07-21', detail: 'time:article-header' });
  });

  it('reads a time in a byline or dateline outside <article>', () => {
    expect(
      read(page('', '<h1>Talks</h1><div class="c-dateline"><time datetime="2025-07-21">21 July</time></div>')),
    ).toMatchObject({ date: '2025-07-21', detail: 'time:article-header' });
  });

  it('falls back to the first time on the page only when the URL has no date, and never to a sidebar’s', () => {
    const body = '<h1>Talks</h1><div class="meta"><time datetime="2025-07-21">21 July</time></div>';
    expect(read(page('', body))).toEqual({ date: '2025-07-21', source: 'time-element', detail: 'time:first' });
    expect(read(page('', body), 'https://example.org/2025/07/20/talks')).toMatchObject({
      date: '2025-07-20',
      detail: 'url',
    });
    expect(
      read(
        page(
          '',
          '<h1>Talks</h1><nav><time datetime="2025-07-21">21 July</time></nav><aside><time datetime="2025-07-19">19 July</time></aside>',
        ),
      ).source,
    ).toBe('today');
  });
});

describe('readArticleDate: URL and today', () => {
  it('reads the URL’s date, also written as YYYYMMDD, then falls back to today', () => {
    expect(read(page(''), 'https://example.org/world/2022/3/29/talks')).toEqual({
      date: '2022-03-29',
      source: 'url',
      detail: 'url',
    });
    expect(read(page(''), 'https://example.org/hidden-heroines-of-chaos-20190520/')).toMatchObject({
      date: '2019-05-20',
      detail: 'url',
    });
    expect(read(page(''), 'https://example.org/article-12345678.html').source).toBe('today');
    expect(read(page(''))).toEqual({ date: '2026-11-25', source: 'today', detail: 'today' });
  });

  it('ignores dates that are not dates', () => {
    expect(read(page('<meta property="article:published_time" content="yesterday">')).source).toBe('today');
  });

  it('rejects impossible dates and takes the next rule', () => {
    const doc = page(
      '<meta property="article:published_time" content="2025-02-30T10:00:00Z"><meta name="date" content="2025-13-01">' +
        jsonLd({ '@type': 'Article', datePublished: '2025-02-28' }),
    );
    expect(read(doc)).toMatchObject({ date: '2025-02-28', detail: 'json-ld:datePublished' });
  });
});

describe('parseDateString', () => {
  it('keeps the calendar date as written, not converted to UTC', () => {
    expect(parseDateString('2025-07-21T23:30:00-05:00', NOW)).toBe('2025-07-21');
    expect(parseDateString('2025-07-21T00:30:00+02:00', NOW)).toBe('2025-07-21');
  });

  it('reads the forms pages write', () => {
    expect(parseDateString('2025-07-21 10:00:00', NOW)).toBe('2025-07-21');
    expect(parseDateString('20250721', NOW)).toBe('2025-07-21');
    expect(parseDateString('Mon, 21 Jul 2025 10:00:00 GMT', NOW)).toBe('2025-07-21');
    expect(parseDateString('Fri Mar 13 21:30:09 EST 2015', NOW)).toBe('2015-03-13');
    expect(parseDateString('Montag, 21. Juli 2025', NOW)).toBe('2025-07-21');
    expect(parseDateString('21.07.2025', NOW)).toBe('2025-07-21');
    expect(parseDateString('Sept. 5, 2025', NOW)).toBe('2025-09-05');
  });

  it('rejects impossible dates, years before 1990 and days more than one day ahead', () => {
    for (const value of [
      '2025-02-30',
      '2025-13-01',
      '2025-00-10',
      '2025-04-31',
      '1989-12-31',
      '2026-11-27',
      '31 Foo 2025',
      '05/08/2014',
    ]) {
      expect(parseDateString(value, NOW), value).toBeUndefined();
    }
    expect(parseDateString('2024-02-29', NOW)).toBe('2024-02-29');
    expect(parseDateString('1990-01-01', NOW)).toBe('1990-01-01');
    expect(parseDateString('2026-11-26T08:00:00+09:00', NOW)).toBe('2026-11-26');
  });
});
