import { describe, expect, it } from 'vitest';
import { entityCardView } from '../../lib/cards/entityCardView';
import { entityMarkdown, roundMarkdown } from '../../lib/cards/markdown';
import { queryRoundView } from '../../lib/db/queries';
import { memoryRepository } from '../../lib/db/repository';
import { translator } from '../../lib/i18n';
import type { Source } from '../../lib/dataset/schema';
import { cardInputOf, miniDataset } from '../fixtures/miniDataset';

const t = translator('en');
const dataset = miniDataset();
const baseCard = entityCardView(cardInputOf(dataset, 'umerov'), { asOf: '2025-06-10', today: '2026-11-25' }, 'en');
const source = (url: string, outlet = 'Example News'): Source => ({ url, outlet, lang: 'en' });

/** Every Markdown link in the text: [label](destination), as a renderer would find them (unescaped brackets only). */
function links(markdown: string): string[] {
  return [...markdown.matchAll(/(?<!\\)\[((?:\\.|[^\]\\])*)\]\(([^)]*)\)/g)].map((match) => match[2] ?? '');
}

describe('Copy as Markdown with hostile data', () => {
  const hostile = {
    ...baseCard,
    name: '<img src=x onerror=alert(1)>',
    summary: '[x](javascript:alert(1)) and <javascript:alert(1)> & <b>bold</b>\n# heading\r\n> quote\u0000\u2028end',
    roles: [{ ...baseCard.roles[0]!, title: 'Chief\n\n## of *all* `things` ~~struck~~ | table' }],
    sources: [
      source('https://a.example/x) [y](javascript:1'),
      source('javascript:alert(1)', 'Evil [site](javascript:2)'),
      source('https://b.example/a b<c>(d)?q=<e>#f g', 'B & <Co>'),
    ],
  };
  const markdown = entityMarkdown(hostile, 'en', t);
  const lines = markdown.split('\n');

  it('escapes raw HTML and autolinks in names and text', () => {
    expect(markdown).not.toContain('<');
    expect(markdown).not.toContain('>');
    expect(lines[0]).toMatch(/^\*\*&lt;img src=x onerror=alert\(1\)&gt;\*\* — /);
    expect(markdown).toContain('&amp; &lt;b&gt;bold&lt;/b&gt;');
    expect(markdown).toContain('&lt;javascript:alert(1)&gt;');
  });

  it('escapes Markdown specials so no link, emphasis, code or table is formed from data', () => {
    expect(markdown).toContain('\\[x\\](javascript:alert(1))');
    expect(lines[0]).toContain('of \\*all\\* \\`things\\` \\~\\~struck\\~\\~ \\| table');
    expect(links(markdown).every((destination) => /^https?:\/\//.test(destination))).toBe(true);
  });

  it('collapses newlines and other control characters, so text cannot start a heading or a quote', () => {
    // Name, summary, role now, sources, via, with blank lines between: nothing more.
    expect(lines).toHaveLength(9);
    expect(lines.filter((_, index) => index % 2 === 1)).toEqual(['', '', '', '']);
    expect(lines[2]).toBe(
      '\\[x\\](javascript:alert(1)) and &lt;javascript:alert(1)&gt; &amp; &lt;b&gt;bold&lt;/b&gt; # heading &gt; quote end',
    );
    expect(lines[0]).toContain('Chief ## of');
    expect(lines.filter((line) => /[\p{Cc}\u2028\u2029]/u.test(line))).toEqual([]);
  });

  it('writes source URLs percent-encoded and links only http(s)', () => {
    const sources = lines.find((line) => line.startsWith('Sources: ')) ?? '';
    expect(sources).toBe(
      'Sources: [Example News](https://a.example/x%29%20[y]%28javascript:1), Evil \\[site\\](javascript:2), [B &amp; &lt;Co&gt;](https://b.example/a%20b%3Cc%3E%28d%29?q=%3Ce%3E#f%20g)',
    );
    expect(links(markdown)).toEqual([
      'https://a.example/x%29%20[y]%28javascript:1',
      'https://b.example/a%20b%3Cc%3E%28d%29?q=%3Ce%3E#f%20g',
    ]);
  });

  it('escapes a line that would start a list, heading or quote', async () => {
    const round = (await queryRoundView(memoryRepository(dataset), 'istanbul-2025-06-02', 'en'))!;
    const text = roundMarkdown(
      {
        ...round,
        title: 'T\n# h',
        summary: '# Not a heading',
        outcomes: [
          { text: '1. first\n- second', figures: [] },
          { text: '+ plus', figures: [] },
        ],
      },
      'en',
      t,
    );
    const roundLines = text.split('\n');
    expect(roundLines[0]).toMatch(/^\*\*T # h\*\* — /);
    expect(roundLines[2]).toBe('\\# Not a heading');
    expect(roundLines[3]).toBe('- 1\\. first - second');
    expect(roundLines[4]).toBe('- \\+ plus');
  });

  it('keeps ordinary names and links as they were', () => {
    const plain = entityMarkdown(baseCard, 'en', t);
    expect(plain.split('\n')[0]).toBe('**Rustem Umerov** — Minister of Defence of Ukraine (as of 10 June 2025)');
    expect(plain).toContain('Sources: [Example News](https://example.org/umerov-defence)');
  });
});
