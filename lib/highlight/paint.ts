import type { PageMention } from '../page/mentionRanges';
import type { HighlightStyle } from '../settings/schema';

/**
 * The names under which our ranges are registered, one per highlight style;
 * the manifest's content-script stylesheet styles exactly these.
 */
export const HIGHLIGHT_NAMES = { underline: 'dossier-underline', background: 'dossier-background' } as const;
export type PaintedStyle = Exclude<HighlightStyle, 'none'>;

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
 * Owns our entry in the shared highlight registry. The page can read, replace
 * or clear the registry at any time; `ensure()` puts ours back and every call
 * swallows the page's interference rather than throwing into our script.
 */
export class MentionPainter {
  private highlight: Highlight | null = null;
  private name: string | null = null;

  constructor(private readonly api: HighlightApi) {}

  /** Paints the mentions in one style; style "none" paints nothing (the keyboard still reaches them). */
  paint(mentions: readonly PageMention[], style: HighlightStyle = 'underline'): void {
    this.clear();
    if (style === 'none' || mentions.length === 0) return;
    try {
      this.highlight = this.api.createHighlight(...mentions.map((mention) => mention.range));
      this.name = HIGHLIGHT_NAMES[style];
      this.api.registry.set(this.name, this.highlight);
    } catch {
      this.highlight = null;
    }
  }

  /** Re-registers our highlight if the page removed or replaced it. */
  ensure(): void {
    if (!this.highlight || !this.name) return;
    try {
      if (this.api.registry.get(this.name) !== this.highlight) this.api.registry.set(this.name, this.highlight);
    } catch {
      // The page made the registry unusable; the card still works without the underline.
    }
  }

  clear(): void {
    try {
      if (this.highlight && this.name && this.api.registry.get(this.name) === this.highlight) this.api.registry.delete(this.name);
    } catch {
      // Nothing to restore on a registry the page has broken.
    }
    this.highlight = null;
    this.name = null;
  }
}
