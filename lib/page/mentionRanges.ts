import type { Lexicon } from '../match/lexicon';
import { findMentions, type Mention } from '../match/matcher';

export interface PageMention extends Mention {
  node: Text;
  range: Range;
}

/**
 * Turns the mentions found in each text node into live Ranges. The page's DOM
 * is not touched: Ranges only point into it.
 */
export function mentionRangesIn(nodes: Text[], lexicon: Lexicon): PageMention[] {
  const found: PageMention[] = [];
  for (const node of nodes) {
    const text = node.nodeValue ?? '';
    for (const mention of findMentions(lexicon, text)) {
      const range = node.ownerDocument.createRange();
      range.setStart(node, mention.start);
      range.setEnd(node, mention.end);
      found.push({ ...mention, node, range });
    }
  }
  return found;
}
