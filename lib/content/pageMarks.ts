import { highlightName, type MentionPainter } from '../highlight/paint';
import { toneOfText } from '../highlight/tone';
import { indexMentions, mentionAtPoint, type MentionIndex } from '../page/hitTest';
import { markedMentions, shownMentions } from '../page/marking';
import { mergeMentions } from '../page/mentionOrder';
import type { PlacedMention } from '../page/mentionRanges';
import type { Settings } from '../settings/schema';

/** The settings that shape what the page shows and how cards open. */
export type PageDisplay = Pick<Settings, 'categories' | 'marking' | 'highlightStyle' | 'cardTrigger' | 'hoverDelayMs'>;

/**
 * What the page mentions and what of it is marked: every mention found, the marked ones (by the
 * settings: categories, first or all), their hit-test index and their paint. Settings and the on/off
 * state apply without reading the page again.
 */
export class PageMarks {
  private found: PlacedMention[] = [];
  private markedNow: PlacedMention[] = [];
  private index: MentionIndex<PlacedMention> = indexMentions([]);
  private readonly tones = new WeakMap<Element, ReturnType<typeof toneOfText>>();

  constructor(
    private readonly win: Window & typeof globalThis,
    private readonly painter: MentionPainter | null,
    public display: PageDisplay,
    public active: boolean,
    /** Told how many mentions of the shown categories the page has, after every change (the toolbar badge). */
    private readonly onCount?: (count: number) => void,
  ) {}

  get mentions(): PlacedMention[] {
    return this.found;
  }

  get marked(): PlacedMention[] {
    return this.markedNow;
  }

  shownCount(): number {
    return this.active ? shownMentions(this.found, this.display).length : 0;
  }

  /** The shown mentions of one entity, in document order (the popup's "show the next"). */
  shownOf(entityId: string): PlacedMention[] {
    return shownMentions(this.found, this.display).filter((mention) => mention.entityId === entityId);
  }

  /** The marked mention under a point of the viewport, if any. */
  at(x: number, y: number): PlacedMention | null {
    return mentionAtPoint(this.win.document, this.index, x, y);
  }

  add(found: PlacedMention[]): void {
    this.found = mergeMentions(this.found, found);
    this.apply();
  }

  clear(): void {
    this.found = [];
    this.apply();
  }

  /** Drops the mentions whose text left the page or changed; true when any did. */
  dropStale(changedText: ReadonlySet<Node>): boolean {
    const kept = this.found.filter((mention) => mention.node.isConnected && !changedText.has(mention.node));
    if (kept.length === this.found.length) return false;
    this.found = kept;
    this.apply();
    return true;
  }

  /** Marks, indexes and paints what the settings show; the page is not read again. */
  apply(): void {
    this.markedNow = this.active ? markedMentions(this.found, this.display) : [];
    this.index = indexMentions(this.markedNow);
    this.paint();
    this.onCount?.(this.shownCount());
  }

  /** Puts our highlights back if the page cleared the registry. */
  ensurePainted(): void {
    this.painter?.ensure();
  }

  unpaint(): void {
    this.painter?.clear();
  }

  private paint(): void {
    if (!this.painter) return;
    if (!this.active || this.display.highlightStyle === 'none') return this.painter.clear();
    const groups = new Map<string, Range[]>();
    for (const mention of this.markedNow) {
      const name = highlightName(this.display.highlightStyle, this.toneOf(mention));
      const group = groups.get(name);
      if (group) group.push(mention.range);
      else groups.set(name, [mention.range]);
    }
    this.painter.paint(groups);
  }

  /** Light or dark text decides the highlight's colours; read once per element. */
  private toneOf(mention: PlacedMention): ReturnType<typeof toneOfText> {
    const element = mention.node.parentElement;
    if (!element) return 'light';
    let tone = this.tones.get(element);
    if (!tone) {
      tone = toneOfText(element, (target) => this.win.getComputedStyle(target));
      this.tones.set(element, tone);
    }
    return tone;
  }
}
