import type { Lexicon } from '../match/lexicon';
import { findMentions, type MatchContext } from '../match/matcher';
import { mentionRangesIn, type PlacedMention, type Region } from './mentionRanges';
import { walkTextNodes } from './textNodes';

export type { Region } from './mentionRanges';

export interface SliceScheduler {
  now: () => number;
  /** Gives the page its turn: `scheduler.yield()` where present, else a new task. */
  yieldToPage: () => Promise<void>;
  /** Times one slice on the page's main thread. */
  measure: <T>(label: string, work: () => T) => T;
}

export interface ScanPart {
  root: Node;
  region: Region;
  /** Subtrees already scanned in an earlier part (the main content, when walking the rest of the body). */
  exclude?: ReadonlySet<Node>;
}

export interface ScanJob {
  parts: ScanPart[];
  ownHost: Element | null;
  /** The compiled lexicon, as steps: cached, it returns at once; otherwise it compiles a little per step. */
  lexicon: () => Generator<void, Lexicon>;
  /** The article's date and language; the language may be read from the first text found. */
  context: (sample: string) => MatchContext;
  /** False once a newer scan replaced this one: the job stops at its next slice. */
  isCurrent: () => boolean;
}

/** A slice stays well under the 50 ms of a long task, leaving the page room in the same frame. */
export const SLICE_MS = 8;
/**
 * Text is matched in chunks of a few thousand characters: at about 2 M
 * characters per second each takes a few milliseconds even on a slow machine.
 * The entities named plainly so far travel from chunk to chunk
 * (`MatchContext.known`), so a full name early on still settles a surname later.
 */
const CHUNK_CHARS: Record<Region, number> = { main: 6_000, other: 4_000 };

/** `scheduler.yield()` where the browser has it (Chrome 129+), else a zero-delay task. */
export function pageYielder(
  win: Window & typeof globalThis,
  setTimer: (callback: () => void, ms: number) => unknown,
): () => Promise<void> {
  const scheduler = (win as unknown as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (typeof scheduler?.yield === 'function') return () => scheduler.yield?.() ?? Promise.resolve();
  return () => new Promise((resume) => void setTimer(resume, 0));
}

interface RegionText {
  node: Text;
  region: Region;
}

/** The text nodes of every part, in order, each with its part's region. */
function* textsOf(job: ScanJob): Generator<RegionText, void> {
  for (const part of job.parts) {
    for (const node of walkTextNodes(part.root, job.ownHost, part.exclude)) yield { node, region: part.region };
  }
}

/**
 * Scans the page in slices of a few milliseconds, yielding to the page in
 * between: main content first, then the rest. Mentions are handed over chunk
 * by chunk, so the article is marked before the rest of the page is read.
 * Returns false when a newer scan took over.
 */
export async function scanInSlices(
  job: ScanJob,
  scheduler: SliceScheduler,
  onFound: (mentions: PlacedMention[]) => void,
): Promise<boolean> {
  let context: MatchContext | null = null;
  // Compiling the lexicon is the largest piece of work: it is spread over slices of its own.
  const steps = job.lexicon();
  let lexicon: Lexicon | null = null;
  while (!lexicon) {
    if (!job.isCurrent()) return false;
    scheduler.measure('compile', () => {
      const deadline = scheduler.now() + SLICE_MS;
      do {
        const step = steps.next();
        if (step.done) {
          lexicon = step.value;
          return;
        }
      } while (scheduler.now() < deadline);
    });
    if (!lexicon) await scheduler.yieldToPage();
  }
  const compiled: Lexicon = lexicon;
  // The matcher's first call compiles its code: let that happen on a word, in a slice of its own,
  // rather than inside the first chunk of the article.
  scheduler.measure('warm-matcher', () =>
    findMentions(compiled, 'Warm-up: talks in Istanbul, Umerov.', { date: '2025-01-01', lang: 'en' }),
  );
  await scheduler.yieldToPage();
  // Text of consecutive parts of one region fills one chunk: a live page that adds 2 000 paragraphs
  // at once is read in a few dozen slices, not in 2 000 (each of which would repaint every mark).
  const texts = textsOf(job);
  let carried: RegionText | null = null;
  let pending: Text[] = [];
  let pendingRegion: Region = job.parts[0]?.region ?? 'main';
  let chars = 0;
  let walked = false;
  while (!walked || pending.length > 0) {
    if (!job.isCurrent()) return false;
    scheduler.measure(`scan-${pendingRegion}`, () => {
      const deadline = scheduler.now() + SLICE_MS;
      let full = false;
      while (!walked && !full && scheduler.now() < deadline) {
        const next = carried ?? texts.next().value ?? null;
        carried = null;
        if (!next) {
          walked = true;
          break;
        }
        if (pending.length > 0 && next.region !== pendingRegion) {
          // A chunk holds one region's text; the next region starts the next chunk.
          carried = next;
          full = true;
          break;
        }
        pending.push(next.node);
        pendingRegion = next.region;
        chars += next.node.nodeValue?.length ?? 0;
        full = chars >= CHUNK_CHARS[pendingRegion];
      }
      if (pending.length === 0 || (!walked && !full)) return;
      // Nodes may have left the page while we waited for our turn.
      const live = pending.filter((node) => node.isConnected);
      const region = pendingRegion;
      pending = [];
      chars = 0;
      // The next slice is labelled with the region it will read.
      if (carried) pendingRegion = carried.region;
      if (live.length === 0) return;
      context ??= { ...job.context(live.map((node) => node.nodeValue).join(' ')), known: new Set<string>() };
      const found = mentionRangesIn(live, compiled, context, region);
      if (found.length > 0) onFound(found);
    });
    await scheduler.yieldToPage();
  }
  return job.isCurrent();
}
