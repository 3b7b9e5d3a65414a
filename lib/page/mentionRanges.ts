import type { Lexicon } from '../match/lexicon';
import { findMentions, type MatchContext, type Mention } from '../match/matcher';

/** Where a mention stands: in the article's main content (where first mentions are marked) or elsewhere. */
export type Region = 'main' | 'other';

/** A mention found in text (`Mention`) and placed on the page: its text node, a live Range and its region. */
export interface PlacedMention extends Mention {
  node: Text;
  range: Range;
  region: Region;
}

/** Between text nodes: a line break, so words of different blocks never run together. */
const NODE_SEPARATOR = '\n';

export interface JoinedText {
  text: string;
  /** Where each node's text starts in `text`, in node order. */
  starts: number[];
}

export function joinText(nodes: Text[]): JoinedText {
  const starts: number[] = [];
  let text = '';
  for (const node of nodes) {
    if (text) text += NODE_SEPARATOR;
    starts.push(text.length);
    text += node.nodeValue ?? '';
  }
  return { text, starts };
}

function nodeIndexAt(starts: number[], offset: number): number {
  let low = 0;
  let high = starts.length - 1;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if ((starts[middle] ?? Infinity) <= offset) low = middle;
    else high = middle - 1;
  }
  return low;
}

/**
 * Matches the page's text as one document (so a full name early on can
 * settle a surname later) and turns each mention into a live Range. The
 * page's DOM is not touched: Ranges only point into it.
 */
export function mentionRangesIn(
  nodes: Text[],
  lexicon: Lexicon,
  context: MatchContext,
  region: Region,
): PlacedMention[] {
  if (nodes.length === 0) return [];
  const { text, starts } = joinText(nodes);
  const found: PlacedMention[] = [];
  for (const mention of findMentions(lexicon, text, context)) {
    const index = nodeIndexAt(starts, mention.start);
    const node = nodes[index];
    const nodeStart = starts[index] ?? 0;
    const start = mention.start - nodeStart;
    const end = mention.end - nodeStart;
    if (!node || end > (node.nodeValue ?? '').length) continue;
    const range = node.ownerDocument.createRange();
    range.setStart(node, start);
    range.setEnd(node, end);
    found.push({ ...mention, start, end, node, range, region });
  }
  return found;
}
