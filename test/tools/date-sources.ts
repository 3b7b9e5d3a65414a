/**
 * `npm run report:dates [-- --list]`: which rule of readArticleDate dates each page of
 * ../shared/corpus/pages, counted by rule (the `detail`) with the source the card names;
 * `--list` adds one line per page: page, detail, date, and the address used.
 *
 * A page is an .html file, or a folder holding one (index.html, source.html or the first .html).
 * The address passed to readArticleDate is the one the corpus records for the page (a url.txt or
 * a JSON file with "url" in its folder), else the page's own <link rel="canonical"> or og:url,
 * which is where the browser would have shown it; else ''.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { Window } from 'happy-dom';
import { readArticleDate, type ArticleDateReading } from '../../lib/page/articleDate';

const root = resolve(import.meta.dirname, '../..');
const pagesDir = resolve(root, '../shared/corpus/pages');
const list = process.argv.includes('--list');

interface Page {
  name: string;
  html: string;
  recordedUrl?: string;
}

function recordedUrlIn(folder: string): string | undefined {
  const urlFile = join(folder, 'url.txt');
  if (existsSync(urlFile)) return readFileSync(urlFile, 'utf8').trim() || undefined;
  for (const file of readdirSync(folder).filter((name) => name.endsWith('.json'))) {
    try {
      const parsed: unknown = JSON.parse(readFileSync(join(folder, file), 'utf8'));
      if (parsed && typeof parsed === 'object' && 'url' in parsed && typeof parsed.url === 'string') return parsed.url;
    } catch {
      continue;
    }
  }
  return undefined;
}

function readPages(): Page[] {
  const pages: Page[] = [];
  for (const name of readdirSync(pagesDir).sort()) {
    const path = join(pagesDir, name);
    if (statSync(path).isDirectory()) {
      const htmls = readdirSync(path)
        .filter((file) => /\.html?$/i.test(file))
        .sort();
      const file = ['index.html', 'source.html'].find((candidate) => htmls.includes(candidate)) ?? htmls[0];
      if (file) pages.push({ name, html: readFileSync(join(path, file), 'utf8'), recordedUrl: recordedUrlIn(path) });
    } else if (/\.html?$/i.test(name))
      pages.push({ name: name.replace(/\.html?$/i, ''), html: readFileSync(path, 'utf8') });
  }
  return pages;
}

function ownUrl(doc: Document): string | undefined {
  const candidates = [
    doc.querySelector('link[rel~="canonical"]')?.getAttribute('href'),
    doc.querySelector('meta[property="og:url"]')?.getAttribute('content'),
  ];
  return candidates.map((value) => value?.trim()).find((value) => value !== undefined && /^https?:\/\//i.test(value));
}

if (!existsSync(pagesDir)) {
  console.log('skipped: ../shared/corpus/pages not found');
  process.exit(0);
}

const now = new Date();
const rows: { page: string; url: string; urlFrom: 'corpus' | 'page' | 'none'; reading: ArticleDateReading }[] = [];
for (const page of readPages()) {
  // Parsed as scan.ts does: no scripts run, nothing the page links to is loaded.
  const window = new Window({
    url: 'https://report.invalid/',
    settings: { disableJavaScriptEvaluation: true, disableJavaScriptFileLoading: true, disableCSSFileLoading: true },
  });
  const doc = new window.DOMParser().parseFromString(page.html, 'text/html') as unknown as Document;
  const own = ownUrl(doc);
  const url = page.recordedUrl ?? own ?? '';
  const urlFrom = page.recordedUrl ? 'corpus' : own ? 'page' : 'none';
  rows.push({ page: page.name, url, urlFrom, reading: readArticleDate(doc, url, now) });
  await window.happyDOM.close();
}

const counts = new Map<string, { source: string; count: number }>();
for (const { reading } of rows) {
  const entry = counts.get(reading.detail) ?? { source: reading.source, count: 0 };
  entry.count++;
  counts.set(reading.detail, entry);
}
const width = Math.max(...[...counts.keys()].map((detail) => detail.length), 'detail'.length);
console.log(`${'detail'.padEnd(width)}  ${'source'.padEnd(12)}  count`);
for (const [detail, { source, count }] of [...counts].sort(
  (a, b) => b[1].count - a[1].count || a[0].localeCompare(b[0]),
)) {
  console.log(`${detail.padEnd(width)}  ${source.padEnd(12)}  ${String(count).padStart(5)}`);
}
console.log(`${'total'.padEnd(width)}  ${''.padEnd(12)}  ${String(rows.length).padStart(5)}`);
const urls = (from: string) => rows.filter((row) => row.urlFrom === from).length;
console.log(
  `(address: recorded by the corpus for ${urls('corpus')} pages, the page's canonical link or og:url for ${urls('page')}, none for ${urls('none')})`,
);

if (list) {
  const pageWidth = Math.max(...rows.map((row) => row.page.length));
  console.log('');
  for (const { page, url, reading } of rows)
    console.log(`${page.padEnd(pageWidth)}  ${reading.detail.padEnd(width)}  ${reading.date}  ${url}`);
}
