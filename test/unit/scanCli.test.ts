import { existsSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../lib/cli/scan';

function run(args: string[]): { code: number; out: string; err: string } {
  let out = '';
  let err = '';
  const code = main(args, new Date('2026-11-25T12:00:00Z'), {
    out: (chunk) => (out += chunk),
    err: (chunk) => (err += chunk),
  });
  return { code, out, err };
}

const dir = mkdtempSync(join(tmpdir(), 'scan-'));
const file = (name: string, content: string | Buffer) => {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
};

describe('npm run scan', () => {
  it('prints JSON with UTF-16 offsets into a text file', () => {
    const text = 'Am Mittwoch trafen sich Umjerow und Medinski in Istanbul.';
    const { code, out } = run([file('a.txt', text), '--date', '2025-07-23', '--lang', 'de', '--json']);
    expect(code).toBe(0);
    const result = JSON.parse(out) as {
      date: string;
      lang: string;
      mentions: Array<{ start: number; end: number; text: string; entity: string; name: string }>;
    };
    expect(result.date).toBe('2025-07-23');
    expect(result.mentions.map((mention) => [mention.entity, mention.name])).toEqual([
      ['umerov', 'Rustem Umerov'],
      ['medinsky', 'Vladimir Medinsky'],
      ['istanbul', 'Istanbul'],
    ]);
    for (const mention of result.mentions) expect(text.slice(mention.start, mention.end)).toBe(mention.text);
  });

  it('reads an HTML page’s text, date and language, skipping scripts and navigation', () => {
    const html =
      '<!doctype html><html lang="de"><head><meta property="article:published_time" content="2025-06-02T10:00:00Z"><script>var Putin=1</script></head><body><nav>Selenskyj</nav><article><p>Umjerow reiste nach Istanbul.</p></article></body></html>';
    const { code, out } = run([file('p.html', html), '--json']);
    expect(code).toBe(0);
    const result = JSON.parse(out) as { date: string; lang: string; mentions: Array<{ entity: string }> };
    expect([result.date, result.lang]).toEqual(['2025-06-02', 'de']);
    expect(result.mentions.map((mention) => mention.entity)).toEqual(['umerov', 'istanbul']);
  });

  it('refuses bad input with one line and exit code 2', () => {
    expect(run([join(dir, 'missing.txt')])).toEqual({
      code: 2,
      out: '',
      err: `scan: cannot read ${join(dir, 'missing.txt')}\n`,
    });
    expect(run([file('empty.txt', '  \n')]).code).toBe(2);
    expect(run([file('binary.bin', Buffer.from([0, 1, 2, 3]))]).err).toMatch(/binary/);
    expect(run([file('b.txt', 'x'), '--date', 'yesterday']).err).toBe('scan: --date needs a date as YYYY-MM-DD\n');
  });
});

const CORPUS = resolve(import.meta.dirname, '../../../shared/corpus/pages');
const haveCorpus = existsSync(CORPUS);
if (!haveCorpus) console.log(`scanCli corpus suite: skipped, ${CORPUS} is not here (a fresh clone has no ../shared)`);

describe.skipIf(!haveCorpus)('npm run scan on every page of ../shared/corpus/pages', () => {
  it('exits 0 with valid JSON whose offsets point at the mentioned text', { timeout: 120_000 }, () => {
    const pages = readdirSync(CORPUS).filter((name) => name.endsWith('.html'));
    expect(pages.length).toBeGreaterThanOrEqual(100);
    for (const page of pages) {
      const { code, out, err } = run([join(CORPUS, page), '--json']);
      expect({ page, code, err }).toEqual({ page, code: 0, err: '' });
      const result = JSON.parse(out) as {
        date: string;
        lang: string;
        mentions: Array<{ start: number; end: number; text: string }>;
      };
      expect(result.date, page).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      for (const mention of result.mentions) expect(mention.end, page).toBeGreaterThan(mention.start);
    }
  });
});
