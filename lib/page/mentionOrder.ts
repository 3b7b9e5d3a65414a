import type { PlacedMention } from './mentionRanges';

/** Document order: by text node, then by offset within it. */
export function compareMentions(a: PlacedMention, b: PlacedMention): number {
  if (a.node === b.node) return a.start - b.start;
  // DOCUMENT_POSITION_FOLLOWING (4): b comes after a.
  return a.node.compareDocumentPosition(b.node) & 4 ? -1 : 1;
}

/** The first index in `sorted[from…]` whose mention comes after `mention`. */
function placeOf<M extends PlacedMention>(sorted: readonly M[], mention: M, from: number): number {
  let low = from;
  let high = sorted.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    const probe = sorted[middle];
    if (probe && compareMentions(probe, mention) <= 0) low = middle + 1;
    else high = middle;
  }
  return low;
}

/**
 * Merges newly found mentions into the document-ordered list, once each. Comparing two nodes'
 * document positions walks their ancestors, so each new mention is placed by binary search:
 * a feed that grows to thousands of mentions costs a few comparisons per new one, not a
 * re-sort of the whole page on every slice.
 */
export function mergeMentions<M extends PlacedMention>(existing: readonly M[], found: readonly M[]): M[] {
  const foundNodes = new Set(found.map((mention) => mention.node));
  const key = (mention: PlacedMention) => `${mention.start}:${mention.end}`;
  const seen = new Map<Node, Set<string>>();
  for (const mention of existing) {
    if (!foundNodes.has(mention.node)) continue;
    const keys = seen.get(mention.node) ?? new Set<string>();
    keys.add(key(mention));
    seen.set(mention.node, keys);
  }
  const fresh = found.filter((mention) => !seen.get(mention.node)?.has(key(mention))).sort(compareMentions);
  if (fresh.length === 0) return existing as M[];
  // Pieces joined once at the end: spreading a long slice into push() could overflow the stack.
  const pieces: M[][] = [];
  let from = 0;
  for (const mention of fresh) {
    const at = placeOf(existing, mention, from);
    pieces.push(existing.slice(from, at), [mention]);
    from = at;
  }
  pieces.push(existing.slice(from));
  return ([] as M[]).concat(...pieces);
}
