/**
 * Scanning in Chromium on every page of ../shared/corpus/pages, side by side
 * in the same page and the same run:
 *   (a) the extension's text walk with its skip rules, reading the text, matching nothing;
 *   (b) the extension's scan: that walk, the matcher, and the ranges registered in CSS.highlights;
 *   (c) mark.js markRegExp with one combined regular expression of the same aliases;
 *   (d) mark.js mark() with the alias list.
 * Figures only; nothing is asserted (timings on shared CI machines are not a test).
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import { build } from 'esbuild';
import { chromium, type Page } from 'playwright-core';
import { loadBundledDataset } from '../../lib/dataset/bundled';
import { lexiconSourceOf } from '../../lib/match/source';
import { CHROMIUM_PATH } from '../tools/chromium';
import { startFixtureServer } from '../tools/fixtureServer';
import type { PageScanApi, Timed } from './pageScanEntry';
import { median } from './stats';

const CORPUS = resolve(import.meta.dirname, '../../../shared/corpus/pages');
const ENTRY = resolve(import.meta.dirname, 'pageScanEntry.ts');
/** Runs per measurement; the median counts. (a) and (b) are cheap, mark.js is not. */
const RUNS = 5;
/** Runs of (a) and (b) before measuring, not counted: the code is cold in every new page. */
const WARM_UP_RUNS = 3;
/** A measurement of (a) or (b) repeats its work until it takes about this long; at most MAX_REPEAT times. */
const MEASURED_SPAN_MS = 5;
const MAX_REPEAT = 50;
const MARK_RUNS = 3;
const SLOW_RUN_MS = 300;
/** mark() walks the body once per alias: past this, it stops and the whole list is extrapolated. */
const KEYWORD_BUDGET_MS = Number(process.env.BENCH_MARK_BUDGET_MS ?? 300);
/** `BENCH_PAGES=20 npm run bench` measures the first 20 pages only; default all. */
const PAGE_LIMIT = Number(process.env.BENCH_PAGES ?? Infinity);
/** Any article date: it only decides office holders and rounds, not how much work a scan is. */
const NOW = '2025-07-23T12:00:00Z';
/** Word limiters for mark.js' "exactly": punctuation that may touch a name. */
const LIMITERS = [
  ',',
  '.',
  ';',
  ':',
  '!',
  '?',
  '"',
  "'",
  '’',
  '‘',
  '“',
  '”',
  '„',
  '«',
  '»',
  '(',
  ')',
  '[',
  ']',
  '-',
  '–',
  '—',
  '/',
];

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

interface PageRow {
  page: string;
  characters: number;
  mentions: number;
  walk: number;
  scan: number;
  markRegExp: number;
  markRegExpCount: number;
  markKeywords: number;
  keywordsCapped: boolean;
}

async function pageBundle(): Promise<string> {
  const result = await build({
    entryPoints: [ENTRY],
    bundle: true,
    format: 'iife',
    write: false,
    minify: true,
    target: 'chrome128',
  });
  const output = result.outputFiles[0];
  if (!output) throw new Error('esbuild produced no output');
  return output.text;
}

/** mark.js as a plain global, whatever AMD or CommonJS loader the page itself may define. */
function markJsScript(): string {
  const file = createRequire(import.meta.url).resolve('mark.js/dist/mark.min.js');
  return `(function (define, module, exports) {\n${readFileSync(file, 'utf8')}\n}).call(window);`;
}

function bench<T>(page: Page, method: keyof PageScanApi, ...args: unknown[]): Promise<T> {
  return page.evaluate(
    ({ name, values }) =>
      (window as unknown as { dossierBench: Record<string, (...args: unknown[]) => unknown> }).dossierBench[name]!(
        ...values,
      ),
    { name: method, values: args },
  ) as Promise<T>;
}

const fixed = (value: number, digits = 1) => (Number.isFinite(value) ? value.toFixed(digits) : '–');

export async function benchPageScan(): Promise<void> {
  if (!existsSync(CORPUS)) {
    console.log(`page-scan benchmark: skipped, ${CORPUS} is not here`);
    return;
  }
  if (!existsSync(CHROMIUM_PATH)) {
    console.log(`page-scan benchmark: skipped, no Chromium at ${CHROMIUM_PATH}`);
    return;
  }
  const source = lexiconSourceOf(loadBundledDataset());
  const aliases = [
    ...new Set(
      [...source.entities, ...source.offices, ...source.series, ...source.rounds].flatMap((entry) =>
        entry.aliases.map((alias) => alias.text),
      ),
    ),
  ].sort((a, b) => b.length - a.length);
  // The same combined expression as the matcher benchmark's baseline: word-bounded, case-insensitive, Unicode.
  const combined = `(?<![\\p{L}\\p{N}])(?:${aliases.map(escape).join('|')})(?![\\p{L}\\p{N}])`;
  const scripts = [await pageBundle(), markJsScript()];
  const pages = readdirSync(CORPUS)
    .filter((name) => name.endsWith('.html'))
    .sort()
    .slice(0, PAGE_LIMIT);

  const server = await startFixtureServer(CORPUS);
  const browser = await chromium.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
  // bypassCSP: a saved page's own policy must not stop the injected bench scripts.
  const context = await browser.newContext({ viewport: { width: 1100, height: 800 }, bypassCSP: true });
  // No network: only the corpus server answers.
  await context.route('**/*', (route) =>
    new URL(route.request().url()).hostname === '127.0.0.1' ? route.continue() : route.abort(),
  );
  const rows: PageRow[] = [];
  const compileTimes: number[] = [];
  const started = Date.now();
  printHeader(pages.length, aliases.length);
  try {
    // One tab for all pages: a new tab per page costs more than most pages' measurements.
    const page = await context.newPage();
    for (const name of pages) {
      try {
        // The DOM is what is measured; images and subresources (all aborted anyway) need not settle.
        await page.goto(server.url(encodeURIComponent(name)), { waitUntil: 'domcontentloaded' });
        for (const content of scripts) await page.addScriptTag({ content });
        const prepared = await bench<{ compileMs: number; characters: number }>(page, 'prepare', source, NOW);
        compileTimes.push(prepared.compileMs);
        // Warm-up, not counted: the first calls in a fresh page run cold code, for (a) and (b) alike.
        for (let run = 0; run < WARM_UP_RUNS; run += 1) {
          await bench<Timed>(page, 'walk');
          await bench<Timed>(page, 'scan');
        }
        // Each measurement repeats its work until it spans a few ms, so the page's 0.1 ms clock does not decide small pages.
        const probe = await bench<Timed>(page, 'scan');
        const repeat = Math.min(MAX_REPEAT, Math.max(1, Math.ceil(MEASURED_SPAN_MS / Math.max(probe.ms, 0.05))));
        const walks: number[] = [];
        const scans: number[] = [];
        let mentions = 0;
        // Interleaved, so a slow moment of the machine hurts both sides alike.
        for (let run = 0; run < RUNS; run += 1) {
          walks.push((await bench<Timed>(page, 'walk', repeat)).ms);
          const scan = await bench<Timed>(page, 'scan', repeat);
          scans.push(scan.ms);
          mentions = scan.count;
        }
        const regExps: Timed[] = [];
        for (let run = 0; run < MARK_RUNS; run += 1) {
          regExps.push(await bench<Timed>(page, 'markRegExp', combined, 'giu'));
          // On a long page one run takes seconds and says enough; repeating would only stretch the benchmark.
          if ((regExps[0]?.ms ?? 0) > SLOW_RUN_MS) break;
        }
        const keywords: Array<Timed & { done: number }> = [];
        for (let run = 0; run < MARK_RUNS; run += 1) {
          const result = await bench<Timed & { done: number }>(
            page,
            'markKeywords',
            aliases,
            LIMITERS,
            KEYWORD_BUDGET_MS,
          );
          keywords.push(result);
          // One capped run already says enough; the next would take as long.
          if (result.done < aliases.length) break;
        }
        const row: PageRow = {
          page: name,
          characters: prepared.characters,
          mentions,
          walk: median(walks),
          scan: median(scans),
          markRegExp: median(regExps.map((run) => run.ms)),
          markRegExpCount: regExps[0]?.count ?? 0,
          markKeywords: median(keywords.map((run) => run.ms)),
          keywordsCapped: keywords.some((run) => run.done < aliases.length),
        };
        rows.push(row);
        printRow(row);
      } catch (error) {
        console.log(
          `  ${name}: not measured (${error instanceof Error ? error.message.split('\n')[0] : String(error)})`,
        );
      }
    }
  } finally {
    await browser.close();
    await server.close();
  }
  report(rows, aliases.length, compileTimes, Date.now() - started);
}

const WIDTH = 44;

function printHeader(pageCount: number, aliasCount: number): void {
  console.log(
    `page scan in Chromium on ${pageCount} corpus pages${Number.isFinite(PAGE_LIMIT) ? ` (BENCH_PAGES=${PAGE_LIMIT})` : ''}, ${aliasCount} aliases, ${WARM_UP_RUNS} warm-up runs, then median of ${RUNS} runs ((a), (b): each repeated to span ${MEASURED_SPAN_MS} ms; (c), (d): up to ${MARK_RUNS}, one when a run takes over ${SLOW_RUN_MS} ms), ms:`,
  );
  console.log(`  ${'page'.padEnd(WIDTH)}   kchars  mentions  (a) walk  (b) scan  (c) mark.js RegExp  (d) mark.js list`);
}

/** Printed as soon as the page is measured: the whole run takes minutes. */
function printRow(row: PageRow): void {
  console.log(
    `  ${row.page.padEnd(WIDTH)}  ${fixed(row.characters / 1000).padStart(7)}  ${String(row.mentions).padStart(8)}  ${fixed(row.walk, 2).padStart(8)}  ${fixed(row.scan, 2).padStart(8)}  ${fixed(row.markRegExp).padStart(18)}  ${`${row.keywordsCapped ? '≈' : ' '}${fixed(row.markKeywords, 0)}`.padStart(16)}`,
  );
}

function report(rows: PageRow[], aliasCount: number, compileTimes: number[], elapsedMs: number): void {
  // Per-page ratios, then their median: a few huge pages must not decide the figure alone.
  const ratio = (pick: (row: PageRow) => number, over: (row: PageRow) => number) =>
    median(rows.filter((row) => over(row) > 0).map((row) => pick(row) / over(row)));
  const total = (pick: (row: PageRow) => number) => rows.reduce((sum, row) => sum + pick(row), 0);
  const capped = rows.filter((row) => row.keywordsCapped).length;
  console.log(
    `  measured ${rows.length} pages; totals: (a) ${fixed(
      total((row) => row.walk),
      0,
    )} ms, (b) ${fixed(
      total((row) => row.scan),
      0,
    )} ms, (c) ${fixed(
      total((row) => row.markRegExp),
      0,
    )} ms, (d) ${capped ? '≈' : ''}${fixed(
      total((row) => row.markKeywords),
      0,
    )} ms; ${total((row) => row.mentions)} mentions by (b), ${total((row) => row.markRegExpCount)} marks by (c)`,
  );
  console.log(
    `  median ratio (b)/(a) scan over bare walk:  ${fixed(
      ratio(
        (row) => row.scan,
        (row) => row.walk,
      ),
      2,
    )}  (target ≤ 1.5)`,
  );
  console.log(
    `  median ratio (c)/(b) mark.js RegExp over scan: ${fixed(
      ratio(
        (row) => row.markRegExp,
        (row) => row.scan,
      ),
      2,
    )}  (target ≥ 3)`,
  );
  console.log(
    `  median ratio (d)/(b) mark.js list over scan:   ${fixed(
      ratio(
        (row) => row.markKeywords,
        (row) => row.scan,
      ),
      0,
    )}  (target ≥ 100)`,
  );
  if (capped > 0)
    console.log(
      `  (d) was stopped after ${KEYWORD_BUDGET_MS} ms on ${capped} pages (≈): its time there is extrapolated from the share of the ${aliasCount} aliases done (BENCH_MARK_BUDGET_MS sets the budget)`,
    );
  console.log(
    `  lexicon compile in the page (outside the timings): median ${fixed(median(compileTimes))} ms, max ${fixed(Math.max(...compileTimes))} ms; whole benchmark ${fixed(elapsedMs / 1000, 0)} s`,
  );
}
