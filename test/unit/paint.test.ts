import { describe, expect, it } from 'vitest';
import { highlightName, MentionPainter, type HighlightApi } from '../../lib/highlight/paint';
import { luminanceOf } from '../../lib/highlight/tone';

class FakeHighlight {
  constructor(public ranges: unknown[]) {}
}

function fakeApi(registry: Map<string, unknown>): HighlightApi {
  return {
    registry: registry as unknown as HighlightRegistry,
    createHighlight: (...ranges) => new FakeHighlight(ranges) as unknown as Highlight,
  };
}

const ranges = (...labels: string[]) => labels as unknown as Range[];
const LIGHT = highlightName('underline', 'light');
const DARK = highlightName('underline', 'dark');

describe('MentionPainter', () => {
  it('registers each group of ranges under its own name', () => {
    const registry = new Map<string, unknown>();
    new MentionPainter(fakeApi(registry)).paint(
      new Map([
        [LIGHT, ranges('a', 'b')],
        [DARK, ranges('c')],
      ]),
    );
    expect((registry.get(LIGHT) as FakeHighlight).ranges).toEqual(['a', 'b']);
    expect((registry.get(DARK) as FakeHighlight).ranges).toEqual(['c']);
  });

  it('removes a name it no longer paints, and registers nothing for an empty group', () => {
    const registry = new Map<string, unknown>();
    const painter = new MentionPainter(fakeApi(registry));
    painter.paint(
      new Map([
        [LIGHT, ranges('a')],
        [DARK, ranges('b')],
      ]),
    );
    painter.paint(
      new Map([
        [LIGHT, ranges('a')],
        [DARK, ranges()],
      ]),
    );
    expect([...registry.keys()]).toEqual([LIGHT]);
  });

  it('puts its highlight back after the page clears the registry', () => {
    const registry = new Map<string, unknown>();
    const painter = new MentionPainter(fakeApi(registry));
    painter.paint(new Map([[LIGHT, ranges('a')]]));
    registry.clear();
    painter.ensure();
    expect(registry.has(LIGHT)).toBe(true);
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
      painter.paint(new Map([[LIGHT, ranges('a')]]));
      painter.ensure();
      painter.clear();
    }).not.toThrow();
  });

  it('leaves a highlight the page registered under our name alone when clearing', () => {
    const registry = new Map<string, unknown>();
    const painter = new MentionPainter(fakeApi(registry));
    painter.paint(new Map([[LIGHT, ranges('a')]]));
    registry.set(LIGHT, 'page-owned');
    painter.clear();
    expect(registry.get(LIGHT)).toBe('page-owned');
  });
});

describe('tone', () => {
  it('reads light text as a dark page and dark text as a light one', () => {
    expect(luminanceOf('rgb(240, 240, 240)')).toBeGreaterThan(0.8);
    expect(luminanceOf('rgb(20, 20, 20)')).toBeLessThan(0.01);
    expect(luminanceOf('transparent')).toBeNull();
  });
});
