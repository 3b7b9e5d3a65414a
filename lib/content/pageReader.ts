import type { MatchContext } from '../match/matcher';
import type { PageChanges } from '../page/liveUpdates';
import { scanInSlices, type Region, type ScanPart, type SliceScheduler } from '../page/scanner';
import { mainContentRoots, MAIN_CONTENT_SELECTOR } from '../page/textNodes';
import type { LexiconSupply } from './lexiconSupply';
import type { PageMarks } from './pageMarks';

export interface PageReaderParts {
  doc: Document;
  marks: PageMarks;
  lexicon: LexiconSupply;
  scheduler: SliceScheduler;
  /** The article's date and language for a piece of text (the language may be read from the text). */
  context: (sample: string) => MatchContext;
  ownHost: () => Element | null;
  report: (error: unknown) => void;
}

/**
 * Reads the page's text into `PageMarks`: the whole page (main content first), then what the page
 * adds or changes later. A newer full read makes every older one stop at its next slice.
 */
export class PageReader {
  private generation = 0;
  private running = 0;
  private readOnce = false;
  private done: Promise<void> = Promise.resolve();

  constructor(private readonly parts: PageReaderParts) {}

  /** Whether the page has been read since it was last switched on (live changes are followed only then). */
  get hasRead(): boolean {
    return this.readOnce;
  }

  /** Resolves when the current full read has finished. */
  whenRead(): Promise<void> {
    return this.done;
  }

  /** How many reads (full, or of parts that arrived later) are still running. */
  readsRunning(): number {
    return this.running;
  }

  readAll(): Promise<void> {
    const mine = ++this.generation;
    const { doc, marks } = this.parts;
    marks.clear();
    this.readOnce = true;
    const body = doc.body;
    if (!body) return this.done;
    const mains = mainContentRoots(body);
    const parts: ScanPart[] = [
      ...mains.map((root) => ({ root, region: 'main' as const })),
      { root: body, region: mains.length > 0 ? 'other' : 'main', exclude: new Set(mains) },
    ];
    this.done = this.read(parts, () => mine === this.generation).then(() => undefined);
    return this.done;
  }

  /** Forgets the read: the page is read afresh when switched on again. */
  forget(): void {
    this.readOnce = false;
  }

  /** Follows what the page changed: drops mentions whose text went away, reads what was added. */
  readChanges(changes: Pick<PageChanges, 'added' | 'changedText'>, onDropped: () => void): void {
    if (!this.parts.marks.active || !this.readOnce) return;
    if (this.parts.marks.dropStale(new Set<Node>(changes.changedText))) onDropped();
    const parts = [...changes.added, ...changes.changedText].map((root) => ({ root, region: this.regionOf(root) }));
    if (parts.length === 0) return;
    const mine = this.generation;
    void this.read(parts, () => mine === this.generation);
  }

  /** Stops every read at its next slice. */
  stop(): void {
    this.generation++;
  }

  private read(parts: ScanPart[], isCurrent: () => boolean): Promise<boolean> {
    const { marks, lexicon, scheduler, context, ownHost, report } = this.parts;
    this.running += 1;
    return scanInSlices(
      { parts, ownHost: ownHost(), lexicon: () => lexicon.steps(), context, isCurrent },
      scheduler,
      (found) => marks.add(found),
    )
      .catch((error: unknown) => {
        // A read that fails is reported, never left as an unhandled rejection in the page.
        report(error);
        return false;
      })
      .finally(() => {
        this.running -= 1;
      });
  }

  private regionOf(node: Node): Region {
    const { doc } = this.parts;
    const element = node.nodeType === 1 ? (node as Element) : node.parentElement;
    return element?.closest(MAIN_CONTENT_SELECTOR) || !doc.querySelector(MAIN_CONTENT_SELECTOR) ? 'main' : 'other';
  }
}
