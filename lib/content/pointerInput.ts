import type { CardShell } from '../cardShell/cardShell';
import type { HoverIntent } from '../cardShell/hoverIntent';
import { inSafeTriangle, type Point } from '../cardShell/safeTriangle';
import type { PlacedMention } from '../page/mentionRanges';
import type { PageAppEnvironment } from './pageAppTypes';
import type { PageMarks } from './pageMarks';

/** The page app's listeners and frames (tied to the script's context), and its hook for tests. */
export interface PointerInputParts extends Pick<PageAppEnvironment, 'listen' | 'requestFrame' | 'onPointerHandled'> {
  marks: PageMarks;
  shell: CardShell;
  hover: HoverIntent<PlacedMention>;
  /** Fetches a card's data ahead, so that a click or Shift opens it with its content. */
  prefetch: (mention: PlacedMention) => void;
  /** The mention of the open card, if any. */
  openMention: () => PlacedMention | null;
  measure: <T>(label: string, work: () => T) => T;
}

/**
 * The pointer and the page's own events: one hit-test per frame while the pointer moves, hover with a
 * safe triangle towards the card, click and Shift-hover triggers, Escape, a press elsewhere, and
 * scrolling (the card follows its word, or closes when the word leaves the screen).
 */
export function followPointer(parts: PointerInputParts): void {
  const { listen, requestFrame, marks, shell, hover, measure } = parts;
  let framePending = false;
  let lastPointer: PointerEvent | null = null;
  let previousPoint: Point | null = null;
  /** Where the pointer was while on the open mention: the tip of the safe triangle towards the card. */
  let leftMentionAt: Point | null = null;

  const handleFrame = () => {
    framePending = false;
    const pointer = lastPointer;
    if (!pointer) return;
    marks.ensurePainted();
    const at = { x: pointer.clientX, y: pointer.clientY };
    const cardBox = shell.cardBox();
    const inside =
      shell.containsEvent(pointer) ||
      (hover.current !== null &&
        leftMentionAt !== null &&
        cardBox !== null &&
        inSafeTriangle(leftMentionAt, at, cardBox));
    const trigger = marks.display.cardTrigger;
    const wanted = trigger === 'hover' || (trigger === 'hover-modifier' && pointer.shiftKey);
    const under = inside ? null : measure('hit-test', () => marks.at(at.x, at.y));
    // A card opened by a click (or Shift) is fetched while the pointer is on its word, so it opens with its content.
    if (under && !wanted) parts.prefetch(under);
    parts.onPointerHandled?.(under?.entityId ?? null);
    // A card opened by a click stays until a click elsewhere, Escape or scrolling away, wherever the pointer goes.
    if (trigger === 'click') return;
    const target = wanted ? under : null;
    if (target && target === hover.current) leftMentionAt = at;
    hover.pointerAt(target, inside);
    if (target && target !== hover.current) leftMentionAt = at;
  };

  listen(
    'pointermove',
    (event) => {
      // A still pointer over a scrolling page gets synthetic moves at the same spot: those are not the reader's.
      const point = { x: event.clientX, y: event.clientY };
      if (previousPoint && previousPoint.x === point.x && previousPoint.y === point.y) return;
      previousPoint = point;
      lastPointer = event;
      if (framePending || marks.marked.length === 0) return;
      framePending = true;
      // One hit-test per frame, however fast the pointer moves.
      requestFrame(handleFrame);
    },
    { passive: true },
  );
  listen('click', (event) => {
    if (marks.display.cardTrigger !== 'click' || shell.containsEvent(event)) return;
    const mention = marks.at(event.clientX, event.clientY);
    if (mention) hover.openNow(mention);
  });
  listen('keydown', (event) => {
    if (event.key === 'Escape') hover.close();
  });
  listen('pointerdown', (event) => {
    if (!shell.containsEvent(event)) hover.close();
  });
  let scrollPending = false;
  listen(
    'scroll',
    () => {
      if (scrollPending || !hover.current) return;
      scrollPending = true;
      requestFrame(() => {
        scrollPending = false;
        if (shell.anchorVisible()) shell.reposition();
        else hover.close();
      });
    },
    { passive: true, capture: true },
  );
}
