import type { HighlightStyle } from '../settings/schema';
import type { Tone } from './tone';

export type PaintedStyle = Exclude<HighlightStyle, 'none'>;

/**
 * The fixed set of names under which our ranges are registered, one per
 * style and background tone; the manifest's content-script stylesheet styles
 * exactly these.
 */
export function highlightName(style: PaintedStyle, tone: Tone): string {
  return `dossier-${style}-${tone}`;
}

export interface HighlightApi {
  registry: HighlightRegistry;
  createHighlight: (...ranges: Range[]) => Highlight;
}

/** The page's highlight registry, or null where the browser has none. */
export function highlightApiOf(win: Window & typeof globalThis): HighlightApi | null {
  const registry = win.CSS?.highlights;
  const HighlightClass = win.Highlight;
  if (!registry || typeof HighlightClass !== 'function') return null;
  return { registry, createHighlight: (...ranges) => new HighlightClass(...ranges) };
}

/**
 * Owns our entries in the shared highlight registry. The page can read,
 * replace or clear the registry at any time; `ensure()` puts ours back and
 * every call swallows the page's interference rather than throwing into our script.
 */
export class MentionPainter {
  private painted = new Map<string, Highlight>();

  constructor(private readonly api: HighlightApi) {}

  /** Paints each group of ranges under its name; names not given are removed. */
  paint(groups: ReadonlyMap<string, readonly Range[]>): void {
    this.clear();
    for (const [name, ranges] of groups) {
      if (ranges.length === 0) continue;
      try {
        const highlight = this.api.createHighlight(...ranges);
        this.api.registry.set(name, highlight);
        this.painted.set(name, highlight);
      } catch {
        // The page broke the registry; the keyboard and cards still work without paint.
      }
    }
  }

  /** Re-registers our highlights if the page removed or replaced them. */
  ensure(): void {
    for (const [name, highlight] of this.painted) {
      try {
        if (this.api.registry.get(name) !== highlight) this.api.registry.set(name, highlight);
      } catch {
        // The page made the registry unusable; the card still works without the underline.
      }
    }
  }

  clear(): void {
    for (const [name, highlight] of this.painted) {
      try {
        if (this.api.registry.get(name) === highlight) this.api.registry.delete(name);
      } catch {
        // Nothing to restore on a registry the page has broken.
      }
    }
    this.painted = new Map();
  }
}
