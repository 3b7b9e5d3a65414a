import type { PageMention } from '../page/mentionRanges';

/** The names under which our ranges are registered; the manifest stylesheet styles exactly these. */
export const HIGHLIGHT_NAME = 'dossier-mention';

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

  constructor(private readonly api: HighlightApi) {}

  paint(mentions: PageMention[]): void {
    try {
      this.highlight = this.api.createHighlight(...mentions.map((mention) => mention.range));
      this.api.registry.set(HIGHLIGHT_NAME, this.highlight);
    } catch {
      this.highlight = null;
    }
  }

  /** Re-registers our highlight if the page removed or replaced it. */
  ensure(): void {
    if (!this.highlight) return;
    try {
      if (this.api.registry.get(HIGHLIGHT_NAME) !== this.highlight) this.api.registry.set(HIGHLIGHT_NAME, this.highlight);
    } catch {
      // The page made the registry unusable; the card still works without the underline.
    }
  }

  clear(): void {
    try {
      if (this.highlight && this.api.registry.get(HIGHLIGHT_NAME) === this.highlight) this.api.registry.delete(HIGHLIGHT_NAME);
    } catch {
      // Nothing to restore on a registry the page has broken.
    }
    this.highlight = null;
  }
}
