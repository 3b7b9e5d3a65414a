/**
 * `npm run scan -- <file.html | file.txt | -> [--date YYYY-MM-DD] [--lang de|en] [--json]`
 *
 * Runs the extension's matcher over a file, as the content script would over
 * a page: for HTML the same text-node rules and the article's date from its
 * metadata. Node only (reads files, writes to stdout); the logic it calls is
 * the same lib/ code the extension runs.
 */
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { Window } from 'happy-dom';
import { loadBundledDataset } from '../dataset/bundled';
import { IsoDateSchema, LanguageSchema, type IsoDate, type Language } from '../dataset/schema';
import { compileLexicon } from '../match/lexicon';
import { findMentions, type Mention } from '../match/matcher';
import { lexiconSourceOf } from '../match/source';
import { readArticleDate } from '../page/articleDate';
import { joinText } from '../page/mentionRanges';
import { detectLanguage, readPageLanguage } from '../page/pageLanguage';
import { collectTextNodes } from '../page/textNodes';
import { toIsoDate } from '../time/roles';

class UsageError extends Error {}

let lexicon: ReturnType<typeof compileLexicon> | undefined;

interface Options {
  file: string;
  date?: IsoDate;
  lang?: Language;
  json: boolean;
}

function parseArgs(args: string[]): Options {
  const options: Partial<Options> = { json: false };
  for (let index = 0; index < args.length; index++) {
    const arg = args[index] ?? '';
    if (arg === '--json') options.json = true;
    else if (arg === '--date') {
      const parsed = IsoDateSchema.safeParse(args[++index]);
      if (!parsed.success) throw new UsageError('--date needs a date as YYYY-MM-DD');
      options.date = parsed.data;
    } else if (arg === '--lang') {
      const parsed = LanguageSchema.safeParse(args[++index]);
      if (!parsed.success) throw new UsageError('--lang needs de or en');
      options.lang = parsed.data;
    } else if (arg.startsWith('--')) throw new UsageError(`unknown option ${arg}`);
    else if (options.file) throw new UsageError('give one file (or - for standard input)');
    else options.file = arg;
  }
  if (!options.file)
    throw new UsageError(
      'usage: npm run scan -- <file.html | file.txt | -> [--date YYYY-MM-DD] [--lang de|en] [--json]',
    );
  return options as Options;
}

function readInput(file: string): string {
  let bytes: Buffer;
  try {
    bytes = readFileSync(file === '-' ? 0 : file);
  } catch {
    throw new UsageError(`cannot read ${file}`);
  }
  if (bytes.includes(0)) throw new UsageError(`${file} is a binary file, not text or HTML`);
  const text = bytes.toString('utf8');
  if (text.trim() === '') throw new UsageError(`${file} is empty`);
  return text;
}

const looksLikeHtml = (file: string, text: string) =>
  /\.x?html?$/i.test(file) || /^\s*(?:<!doctype html|<html|<head|<body)/i.test(text);

interface Prepared {
  text: string;
  date: IsoDate;
  /** False when neither --date nor the page gave a date: events then resolve only by a time they write. */
  dateKnown: boolean;
  lang: Language;
}

function prepare(file: string, input: string, options: Options, now: Date): Prepared {
  if (!looksLikeHtml(file, input))
    return {
      text: input,
      date: options.date ?? toIsoDate(now),
      dateKnown: options.date !== undefined,
      lang: options.lang ?? detectLanguage(input),
    };
  // DOMParser builds the document without running scripts or loading anything the page links to.
  const window = new Window({
    url: 'https://scan.invalid/',
    settings: { disableJavaScriptEvaluation: true, disableJavaScriptFileLoading: true, disableCSSFileLoading: true },
  });
  const doc = new window.DOMParser().parseFromString(input, 'text/html') as unknown as Document;
  const nodes = doc.body ? collectTextNodes(doc.body) : [];
  const { text } = joinText(nodes);
  const found = options.date ? undefined : readArticleDate(doc, '', now);
  const date = options.date ?? found?.date ?? toIsoDate(now);
  const dateKnown = options.date !== undefined || found?.source !== 'today';
  const lang = options.lang ?? readPageLanguage(doc.documentElement?.getAttribute('lang'), () => text);
  void window.happyDOM.close();
  return { text, date, dateKnown, lang };
}

export interface ScanOutput {
  out: (chunk: string) => void;
  err: (chunk: string) => void;
}

const STDIO: ScanOutput = { out: (chunk) => process.stdout.write(chunk), err: (chunk) => process.stderr.write(chunk) };

export function main(args: string[], now = new Date(), io: ScanOutput = STDIO): number {
  let options: Options;
  let prepared: Prepared;
  try {
    options = parseArgs(args);
    prepared = prepare(options.file, readInput(options.file), options, now);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    io.err(`scan: ${error.message}\n`);
    return 2;
  }
  const dataset = loadBundledDataset();
  lexicon ??= compileLexicon(lexiconSourceOf(dataset));
  const names = new Map<string, { name: string; wikidata?: string }>([
    ...dataset.entities.map(
      (entity) =>
        [entity.id, { name: entity.name.en, ...(entity.wikidata ? { wikidata: entity.wikidata } : {}) }] as const,
    ),
    ...dataset.rounds.map((round) => [round.id, { name: round.title.en }] as const),
    ...dataset.series.map((series) => [series.id, { name: series.name.en }] as const),
  ]);
  const mentions = findMentions(lexicon, prepared.text, {
    date: prepared.date,
    dateKnown: prepared.dateKnown,
    lang: prepared.lang,
  });
  const rows = mentions.map((mention: Mention) => ({
    start: mention.start,
    end: mention.end,
    text: mention.surface,
    entity: mention.entityId,
    type: mention.type,
    name: names.get(mention.entityId)?.name ?? mention.entityId,
    wikidata: names.get(mention.entityId)?.wikidata ?? null,
    rounds: mention.rounds ?? [],
  }));
  if (options.json) {
    io.out(`${JSON.stringify({ date: prepared.date, lang: prepared.lang, mentions: rows })}\n`);
  } else {
    io.out(`${options.file}: ${rows.length} mentions (date ${prepared.date}, ${prepared.lang})\n`);
    io.out(
      `${'start'.padStart(6)} ${'end'.padStart(6)}  ${'type'.padEnd(12)} ${'entity'.padEnd(28)} ${'name'.padEnd(32)} ${'wikidata'.padEnd(10)} text  → rounds\n`,
    );
    for (const row of rows) {
      io.out(
        `${String(row.start).padStart(6)} ${String(row.end).padStart(6)}  ${row.type.padEnd(12)} ${row.entity.padEnd(28)} ${row.name.slice(0, 32).padEnd(32)} ${(row.wikidata ?? '-').padEnd(10)} ${row.text}${row.rounds.length ? `  → ${row.rounds.join(', ')}` : ''}\n`,
      );
    }
  }
  return 0;
}

// Run as a command (`tsx lib/cli/scan.ts`), not when a test imports main().
if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) process.exitCode = main(process.argv.slice(2));
