// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import { compareMentions, mergeMentions } from '../../lib/page/mentionOrder';
import type { PlacedMention } from '../../lib/page/mentionRanges';

function mentionIn(node: Text, start: number, entityId = 'zelensky'): PlacedMention {
  const range = document.createRange();
  range.setStart(node, start);
  range.setEnd(node, start + 3);
  return { entityId, type: 'person', start, end: start + 3, surface: 'Zel', node, range, region: 'main' };
}

function feed(paragraphs: number): Text[] {
  const texts = Array.from({ length: paragraphs }, (_, index) =>
    document.createTextNode(`Update ${index}: Zelensky spoke.`),
  );
  document.body.replaceChildren(
    ...texts.map((text) => Object.assign(document.createElement('p'), {}).appendChild(text).parentNode!),
  );
  return texts;
}

describe('mergeMentions', () => {
  it('keeps document order and each mention once, wherever the new ones fall', () => {
    const texts = feed(40);
    const existing = texts.filter((_, index) => index % 3 === 0).map((text) => mentionIn(text, 10));
    // New mentions before, between and after the known ones, one repeated, given out of order.
    const found = [
      mentionIn(texts[39]!, 10),
      mentionIn(texts[1]!, 10),
      mentionIn(texts[0]!, 10),
      mentionIn(texts[0]!, 2),
      mentionIn(texts[20]!, 10),
    ];
    const merged = mergeMentions(existing, found);
    const known = (mention: PlacedMention) =>
      existing.some((other) => other.node === mention.node && other.start === mention.start);
    const expected = [...existing, ...found.filter((mention) => !known(mention))].sort(compareMentions);
    expect(merged.map((mention) => [texts.indexOf(mention.node as Text), mention.start])).toEqual(
      expected.map((mention) => [texts.indexOf(mention.node as Text), mention.start]),
    );
    expect(mergeMentions(merged, [mentionIn(texts[39]!, 10)])).toBe(merged);
  });

  it('places a feed’s new mentions with a few comparisons each, not by re-sorting the whole page', () => {
    const texts = feed(1_000);
    const existing = texts.slice(0, 990).map((text) => mentionIn(text, 10));
    const compare = vi.spyOn(Node.prototype, 'compareDocumentPosition');
    const merged = mergeMentions(
      existing,
      texts.slice(990).map((text) => mentionIn(text, 10)),
    );
    expect(merged).toHaveLength(1_000);
    expect(merged.at(-1)?.node).toBe(texts.at(-1));
    // Ten new mentions: sorting them and a binary search each (about 10 steps) — far from the thousand of a re-sort.
    expect(compare.mock.calls.length).toBeLessThan(150);
    compare.mockRestore();
  });
});
