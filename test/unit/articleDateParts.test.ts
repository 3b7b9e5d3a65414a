// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { firstOfArticle, isElsewhere } from '../../lib/page/articleScope';
import { jsonLdObjects } from '../../lib/page/jsonLdDates';
import { urlDate } from '../../lib/page/urlDate';

const NOW = new Date('2026-11-25T12:00:00Z');
const page = (body: string) => new DOMParser().parseFromString(`<html><body>${body}</body></html>`, 'text/html');

describe('urlDate', () => {
  it('reads dated paths and compact dates set off by separators, and nothing else', () => {
    expect(urlDate('https://example.org/2025/07/21/talks', NOW)).toBe('2025-07-21');
    expect(urlDate('https://example.org/news/2025-07-21-talks', NOW)).toBe('2025-07-21');
    expect(urlDate('https://example.org/news/talks-20250721.html', NOW)).toBe('2025-07-21');
    expect(urlDate('https://example.org/news/id20250721', NOW)).toBeUndefined();
    expect(urlDate('https://example.org/2025/02/30/talks', NOW)).toBeUndefined();
  });
});

describe('articleScope', () => {
  it('takes an <aside> inside the article as the article’s own, one outside it as a sidebar', () => {
    const doc = page('<article><aside><time id="own"></time></aside></article><aside><time id="side"></time></aside>');
    expect(isElsewhere(doc.getElementById('own')!)).toBe(false);
    expect(isElsewhere(doc.getElementById('side')!)).toBe(true);
  });

  it('prefers an article-typed item’s date, else the first date', () => {
    const video = { date: '2025-01-01', types: ['VideoObject'] };
    const article = { date: '2025-02-02', types: ['NewsArticle'] };
    expect(firstOfArticle([{ date: undefined, types: ['Article'] }, video, article])).toBe('2025-02-02');
    expect(firstOfArticle([video])).toBe('2025-01-01');
  });
});

describe('jsonLdObjects', () => {
  it('walks nested objects in document order and skips a broken block', () => {
    const doc = page(
      '<script type="application/ld+json">{ broken</script>' +
        '<script type="application/ld+json">{"@graph":[{"@type":"WebPage"},{"@type":"NewsArticle"}]}</script>',
    );
    expect(jsonLdObjects(doc).map((object) => object['@type'])).toEqual([undefined, 'WebPage', 'NewsArticle']);
  });
});
