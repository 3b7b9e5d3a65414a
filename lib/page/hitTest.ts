import type { PlacedMention } from './mentionRanges';

interface CaretHit {
  node: Node;
  offset: number;
}

/** Standard `caretPositionFromPoint` (Chrome 128+, Firefox); WebKit's older call as a fallback. */
function caretAt(doc: Document, x: number, y: number): CaretHit | null {
  if (typeof doc.caretPositionFromPoint === 'function') {
    const position = doc.caretPositionFromPoint(x, y);
    return position ? { node: position.offsetNode, offset: position.offset } : null;
  }
  const range = doc.caretRangeFromPoint?.(x, y);
  return range ? { node: range.startContainer, offset: range.startOffset } : null;
}

function containsPoint(range: Range, x: number, y: number): boolean {
  for (const rect of range.getClientRects()) {
    if (x >= rect.left && x <= rect.right && y >= rect.top && y <= rect.bottom) return true;
  }
  return false;
}

/** Mentions grouped by their text node, so a hit needs no scan of the whole page. */
export type MentionIndex<M extends PlacedMention = PlacedMention> = Map<Node, M[]>;

export function indexMentions<M extends PlacedMention>(mentions: readonly M[]): MentionIndex<M> {
  const index: MentionIndex<M> = new Map();
  for (const mention of mentions) {
    const list = index.get(mention.node);
    if (list) list.push(mention);
    else index.set(mention.node, [mention]);
  }
  return index;
}

/**
 * The mention under the pointer, if any. The caret gives a candidate quickly;
 * the client rects confirm it, since a caret snaps to the nearest text even
 * when the pointer is in a margin beside it.
 */
export function mentionAtPoint<M extends PlacedMention>(
  doc: Document,
  index: MentionIndex<M>,
  x: number,
  y: number,
): M | null {
  const hit = caretAt(doc, x, y);
  if (!hit) return null;
  const candidates = index.get(hit.node);
  if (!candidates) return null;
  for (const mention of candidates) {
    if (hit.offset >= mention.start && hit.offset <= mention.end && containsPoint(mention.range, x, y)) return mention;
  }
  return null;
}
