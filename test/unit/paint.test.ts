import { describe, expect, it } from 'vitest';
import { HIGHLIGHT_NAMES, MentionPainter, type HighlightApi } from '../../lib/highlight/paint';
import type { PageMention } from '../../lib/page/mentionRanges';

class FakeHighlight {
  constructor(public ranges: unknown[]) {}
}

function fakeApi(registry: Map<string, unknown>): HighlightApi {
  return {
    registry: registry as unknown as HighlightRegistry,
    createHighlight: (...ranges) => new FakeHighlight(ranges) as unknown as Highlight,
  };
}

const mention = (label: string) => ({ range: label }) as unknown as PageMention;

describe('MentionPainter', () => {
  it('registers all ranges under one name', () => {
    const registry = new Map<string, unknown>();
    new MentionPainter(fakeApi(registry)).paint([mention('a'), mention('b')]);
    expect((registry.get(HIGHLIGHT_NAMES.underline) as FakeHighlight).ranges).toEqual(['a', 'b']);
  });

  it('puts its highlight back after the page clears the registry', () => {
    const registry = new Map<string, unknown>();
    const painter = new MentionPainter(fakeApi(registry));
    painter.paint([mention('a')]);
    registry.clear();
    painter.ensure();
    expect(registry.has(HIGHLIGHT_NAMES.underline)).toBe(true);
  });

  it('never throws when the page breaks the registry', () => {
    const hostile = {
      get: () => {
        throw new Error('page says no');
      },
      set: () => {
        throw new Error('page says no');
      },
      delete: () => {
        throw new Error('page says no');
      },
    } as unknown as Map<string, unknown>;
    const painter = new MentionPainter(fakeApi(hostile));
    expect(() => {
      painter.paint([mention('a')]);
      painter.ensure();
      painter.clear();
    }).not.toThrow();
  });

  it('leaves a highlight the page registered under our name alone when clearing', () => {
    const registry = new Map<string, unknown>();
    const painter = new MentionPainter(fakeApi(registry));
    painter.paint([mention('a')]);
    registry.set(HIGHLIGHT_NAMES.underline, 'page-owned');
    painter.clear();
    expect(registry.get(HIGHLIGHT_NAMES.underline)).toBe('page-owned');
  });
});
