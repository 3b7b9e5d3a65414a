/**
 * The matcher alone, in Node, on the visible text of every page of
 * ../shared/corpus/pages, side by side with the naive baseline measured in the
 * same run: one combined case-insensitive Unicode regular expression over the
 * same aliases (no folding, no endings, no rules).
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { Window } from 'happy-dom';
import { loadBundledDataset } from '../../lib/dataset/bundled';
import { compileLexicon } from '../../lib/match/lexicon';
import { findMentions } from '../../lib/match/matcher';
import { lexiconSourceOf } from '../../lib/match/source';
import { joinText } from '../../lib/page/mentionRanges';
import { detectLanguage } from '../../lib/page/pageLanguage';
import { collectTextNodes } from '../../lib/page/textNodes';
import { median, timeSync } from './stats';

const CORPUS = resolve(import.meta.dirname, '../../../shared/corpus/pages');
const CONTENT_SCRIPT = resolve(import.meta.dirname, '../../.output/chrome-mv3/content-scripts/content.js');
const RUNS = 3;

function visibleTexts(): string[] {
  const window = new Window({
    url: 'https://bench.invalid/',
    settings: { disableJavaScriptEvaluation: true, disableJavaScriptFileLoading: true, disableCSSFileLoading: true },
  });
  return readdirSync(CORPUS)
    .filter((name) => name.endsWith('.html'))
    .map((name) => {
      const doc = new window.DOMParser().parseFromString(
        readFileSync(resolve(CORPUS, name), 'utf8'),
        'text/html',
      ) as unknown as Document;
      return doc.body ? joinText(collectTextNodes(doc.body)).text : '';
    });
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

export function benchMatcher(): void {
  if (!existsSync(CORPUS)) {
    console.log(`matcher benchmark: skipped, ${CORPUS} is not here`);
    return;
  }
  const dataset = loadBundledDataset();
  const source = lexiconSourceOf(dataset);
  const texts = visibleTexts();
  const characters = texts.reduce((sum, text) => sum + text.length, 0);
  const langs = texts.map(detectLanguage);

  const compileTimes = Array.from({ length: RUNS }, () => timeSync(() => compileLexicon(source)));
  const lexicon = compileLexicon(source);
  let found = 0;
  const ours = Array.from({ length: RUNS }, () =>
    timeSync(() => {
      found = 0;
      texts.forEach(
        (text, index) =>
          (found += findMentions(lexicon, text, { date: '2025-07-23', lang: langs[index] ?? 'en' }).length),
      );
    }),
  );

  const aliases = [
    ...new Set(
      [...source.entities, ...source.offices, ...source.series, ...source.rounds].flatMap((entry) =>
        entry.aliases.map((alias) => alias.text),
      ),
    ),
  ].sort((a, b) => b.length - a.length);
  const naive = new RegExp(`(?<![\\p{L}\\p{N}])(?:${aliases.map(escape).join('|')})(?![\\p{L}\\p{N}])`, 'giu');
  let naiveFound = 0;
  const baseline = Array.from({ length: RUNS }, () =>
    timeSync(() => {
      naiveFound = 0;
      for (const text of texts) naiveFound += text.match(naive)?.length ?? 0;
    }),
  );

  const perSecond = (ms: number) => ((characters / ms) * 1000) / 1e6;
  console.log(
    `matcher on ${texts.length} corpus pages, ${(characters / 1e6).toFixed(2)} M characters of visible text, ${aliases.length} aliases:`,
  );
  console.log(
    `  ours:     median ${median(ours).toFixed(0)} ms = ${perSecond(median(ours)).toFixed(2)} M chars/s (${found} mentions; folding, endings, compounds, rules, events)`,
  );
  console.log(
    `  baseline: median ${median(baseline).toFixed(0)} ms = ${perSecond(median(baseline)).toFixed(2)} M chars/s (${naiveFound} raw matches; one combined regular expression)`,
  );
  console.log(`  throughput ratio ours/baseline: ${(median(baseline) / median(ours)).toFixed(2)}×`);
  console.log(
    `  lexicon compile: median ${median(compileTimes).toFixed(1)} ms; source ${(JSON.stringify(source).length / 1024).toFixed(0)} KB, gzipped ${(gzipSync(JSON.stringify(source)).length / 1024).toFixed(1)} KB`,
  );
  if (existsSync(CONTENT_SCRIPT)) {
    console.log(
      `  content script (release build, lexicon included): ${(gzipSync(readFileSync(CONTENT_SCRIPT)).length / 1024).toFixed(1)} KB gzipped (budget 60 KB)`,
    );
  } else {
    console.log('  content script size: run `npm run build` first to measure it');
  }
}
