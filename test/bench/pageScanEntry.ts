/**
 * Bundled by pageScan.bench.ts (esbuild, iife) and injected into each corpus
 * page: the extension's own text walk and scan, as the content script runs
 * them, and the two mark.js baselines, each timed inside the page with the
 * page's clock so no protocol round trip is counted.
 */
import { readArticleDate } from '../../lib/page/articleDate';
import { mentionRangesIn } from '../../lib/page/mentionRanges';
import { readPageLanguage } from '../../lib/page/pageLanguage';
import { collectTextNodes } from '../../lib/page/textNodes';
import { compileLexicon, type Lexicon } from '../../lib/match/lexicon';
import type { LexiconSource } from '../../lib/match/source';
import type { Language } from '../../lib/dataset/schema';

/** The subset of mark.js 8 that the baselines use. */
interface MarkOptions {
  accuracy?: 'partially' | 'exactly' | { value: 'exactly'; limiters: string[] };
  separateWordSearch?: boolean;
  caseSensitive?: boolean;
  diacritics?: boolean;
  done?: (marks: number) => void;
}
interface MarkInstance {
  mark(keywords: string[], options: MarkOptions): void;
  markRegExp(regexp: RegExp, options: MarkOptions): void;
}
type MarkConstructor = new (context: Element) => MarkInstance;

export interface Timed {
  ms: number;
  /** Text nodes read, mentions found or elements marked, so a run that did nothing shows up. */
  count: number;
}

const HIGHLIGHT_NAME = 'dossier-bench';
let lexicon: Lexicon | null = null;
let context: { date: string; lang: Language } = { date: '', lang: 'en' };
let pristine: Node | null = null;

function markConstructor(): MarkConstructor {
  const found = (window as unknown as { Mark?: MarkConstructor }).Mark;
  if (!found) throw new Error('mark.js is not loaded in this page');
  return found;
}

/** A fresh copy of the page's body as loaded, since mark.js wraps every match in an element. */
function restoreBody(): HTMLElement {
  if (!pristine) throw new Error('prepare() first');
  const fresh = pristine.cloneNode(true) as HTMLElement;
  document.body.replaceWith(fresh);
  return fresh;
}

const api = {
  /** Compiles the lexicon once (timed apart) and reads what the scan takes from the page: its date and language. */
  prepare(
    source: LexiconSource,
    now: string,
  ): { compileMs: number; lang: Language; date: string; nodes: number; characters: number } {
    const start = performance.now();
    lexicon = compileLexicon(source);
    const compileMs = performance.now() - start;
    const nodes = collectTextNodes(document.body);
    const lang = readPageLanguage(document.documentElement.lang, () => nodes.map((node) => node.nodeValue).join(' '));
    context = { date: readArticleDate(document, location.href, new Date(now)).date, lang };
    pristine = document.body.cloneNode(true);
    return {
      compileMs,
      lang,
      date: context.date,
      nodes: nodes.length,
      characters: nodes.reduce((sum, node) => sum + (node.nodeValue ?? '').length, 0),
    };
  },

  /**
   * (a) The walk with the extension's skip rules, reading every text, matching nothing.
   * Run `repeat` times and averaged: the page's clock ticks in 0.1 ms, coarser than a small page's walk.
   */
  walk(repeat = 1): Timed {
    let characters = 0;
    let nodes = 0;
    const start = performance.now();
    for (let run = 0; run < repeat; run++) {
      characters = 0;
      const found = collectTextNodes(document.body);
      for (const node of found) characters += (node.nodeValue ?? '').length;
      nodes = found.length;
    }
    const ms = (performance.now() - start) / repeat;
    return { ms, count: characters > 0 ? nodes : 0 };
  },

  /** (b) The extension's scan: the same walk, the matcher, and the ranges registered as one highlight; averaged like (a). */
  scan(repeat = 1): Timed {
    if (!lexicon) throw new Error('prepare() first');
    let count = 0;
    const start = performance.now();
    for (let run = 0; run < repeat; run++) {
      CSS.highlights.delete(HIGHLIGHT_NAME);
      const mentions = mentionRangesIn(collectTextNodes(document.body), lexicon, context, 'main');
      CSS.highlights.set(HIGHLIGHT_NAME, new Highlight(...mentions.map((mention) => mention.range)));
      count = mentions.length;
    }
    const ms = (performance.now() - start) / repeat;
    return { ms, count };
  },

  /** (c) mark.js with one combined regular expression of every alias, on a fresh copy of the body. */
  markRegExp(pattern: string, flags: string): Timed {
    const body = restoreBody();
    const Mark = markConstructor();
    let count = 0;
    const start = performance.now();
    new Mark(body).markRegExp(new RegExp(pattern, flags), { done: (marks) => (count = marks) });
    return { ms: performance.now() - start, count };
  },

  /**
   * (d) mark.js with the alias list, on a fresh copy of the body. mark.js walks
   * the whole body once per keyword, so on big pages this runs for minutes:
   * it goes in chunks and stops after `budgetMs`, and the time for the whole
   * list is extrapolated from the share done (said so in the output).
   */
  markKeywords(aliases: string[], limiters: string[], budgetMs: number): Timed & { done: number } {
    const body = restoreBody();
    const Mark = markConstructor();
    const marker = new Mark(body);
    const chunk = 16;
    let count = 0;
    let done = 0;
    const start = performance.now();
    while (done < aliases.length && performance.now() - start < budgetMs) {
      marker.mark(aliases.slice(done, done + chunk), {
        accuracy: { value: 'exactly', limiters },
        separateWordSearch: false,
        done: (marks) => (count += marks),
      });
      done = Math.min(aliases.length, done + chunk);
    }
    const spent = performance.now() - start;
    return { ms: (spent * aliases.length) / done, count, done };
  },

  /** Puts the loaded body back and drops our highlight, for the next measurement. */
  reset(): void {
    restoreBody();
    CSS.highlights.delete(HIGHLIGHT_NAME);
  },
};

export type PageScanApi = typeof api;
(window as unknown as { dossierBench: PageScanApi }).dossierBench = api;
