// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { readArticleDate } from '../../lib/page/articleDate';

const NOW = new Date('2026-11-25T12:00:00Z');

function page(head: string, body = ''): Document {
  return new DOMParser().parseFromString(`<html><head>${head}</head><body>${body}</body></html>`, 'text/html');
}

describe('readArticleDate', () => {
  it('prefers article:published_time', () => {
    const doc = page('<meta property="article:published_time" content="2025-07-21T10:00:00+02:00">', '<time datetime="2024-01-01">x</time>');
    expect(readArticleDate(doc, 'https://example.org/2023/05/06/x', NOW)).toEqual({ date: '2025-07-21', source: 'meta' });
  });

  it('reads JSON-LD datePublished, also inside @graph, and skips broken blocks', () => {
    const doc = page('<script type="application/ld+json">{broken</script><script type="application/ld+json">{"@graph":[{"@type":"NewsArticle","datePublished":"2025-05-16T08:00:00Z"}]}</script>');
    expect(readArticleDate(doc, 'https://example.org/', NOW)).toEqual({ date: '2025-05-16', source: 'json-ld' });
  });

  it('falls back to <time datetime>, then the URL, then today', () => {
    expect(readArticleDate(page('', '<time datetime="2022-03-29">29 March</time>'), 'https://example.org/', NOW).source).toBe('time-element');
    expect(readArticleDate(page(''), 'https://example.org/world/2022/3/29/talks', NOW)).toEqual({ date: '2022-03-29', source: 'url' });
    expect(readArticleDate(page(''), 'https://example.org/world/talks', NOW)).toEqual({ date: '2026-11-25', source: 'today' });
  });

  it('ignores dates that are not dates', () => {
    const doc = page('<meta property="article:published_time" content="yesterday">');
    expect(readArticleDate(doc, 'https://example.org/', NOW).source).toBe('today');
  });
});
