import type { Language } from '../dataset/schema';
import { cardTranslator } from '../i18n/cardTranslator';
import type { CardShell } from '../cardShell/cardShell';
import type { HoverIntent } from '../cardShell/hoverIntent';
import type { PlacedMention } from '../page/mentionRanges';
import type { PageMarks } from './pageMarks';

/**
 * The keyboard's way to the cards: the shortcut steps through the marked mentions, the popup's
 * "on this page" shows the next mention of one entity. Either scrolls the word into view and opens its
 * card with focus inside; closing the card gives focus back to where the reader was.
 */
export class KeyboardSteps {
  private returnFocusTo: HTMLElement | null = null;
  private announced = false;

  constructor(
    private readonly win: Window & typeof globalThis,
    private readonly marks: PageMarks,
    private readonly shell: CardShell,
    private readonly hover: () => HoverIntent<PlacedMention>,
    private readonly openMention: () => PlacedMention | null,
    private readonly lang: () => Language,
    /** Asks for a card's data ahead of its opening, as a resting pointer does. */
    private readonly prefetch: (mention: PlacedMention) => void = () => undefined,
  ) {}

  /** Whether the card about to open was asked for from the keyboard (it takes focus then). */
  get opensWithFocus(): boolean {
    return this.returnFocusTo !== null;
  }

  step(direction: 'next' | 'previous'): PlacedMention | null {
    const marked = this.marks.marked;
    // The first use of the shortcut tells a screen reader how many names the page has.
    if (!this.announced) {
      this.announced = true;
      const t = cardTranslator(this.lang());
      this.shell.announce(marked.length > 0 ? t('card.announce', { count: marked.length }) : t('card.announceNone'));
    }
    if (marked.length === 0) return null;
    const open = this.openMention();
    const current = open ? marked.indexOf(open) : -1;
    const nextIndex =
      current === -1
        ? direction === 'next'
          ? 0
          : marked.length - 1
        : (current + (direction === 'next' ? 1 : -1) + marked.length) % marked.length;
    const mention = marked[nextIndex];
    if (!mention) return null;
    this.open(mention);
    // The next press lands on a neighbour: its card is asked for now, so it opens with its content.
    for (const neighbour of [marked[nextIndex + 1] ?? marked[0], marked[nextIndex - 1] ?? marked[marked.length - 1]])
      if (neighbour && neighbour !== mention) this.prefetch(neighbour);
    return mention;
  }

  show(entityId: string): PlacedMention | null {
    const ofEntity = this.marks.shownOf(entityId);
    if (!this.marks.active || ofEntity.length === 0) return null;
    const open = this.openMention();
    const current = open ? ofEntity.indexOf(open) : -1;
    const mention = ofEntity[(current + 1) % ofEntity.length];
    return mention ? this.open(mention) : null;
  }

  /** After the card closed: focus goes back where it was when the keyboard opened the card. */
  giveFocusBack(): void {
    const target = this.returnFocusTo;
    this.returnFocusTo = null;
    if (target?.isConnected) target.focus({ preventScroll: true });
  }

  private open(mention: PlacedMention): PlacedMention {
    const doc = this.win.document;
    const focused = doc.activeElement;
    this.returnFocusTo ??= focused instanceof this.win.HTMLElement ? focused : doc.body;
    mention.node.parentElement?.scrollIntoView({ block: 'center', behavior: 'instant' });
    this.hover().openNow(mention);
    return mention;
  }
}
