import { compileLexicon } from '../match/lexicon';
import type { LexiconSource } from '../match/source';
import { readArticleDate } from '../page/articleDate';
import type { Language } from '../dataset/schema';
import { MentionPainter, highlightApiOf } from '../highlight/paint';
import { collectTextNodes } from '../page/textNodes';
import { readPageLanguage } from '../page/pageLanguage';
import { mentionRangesIn } from '../page/mentionRanges';
import { indexMentions, mentionAtPoint } from '../page/hitTest';
import { CardOverlay } from '../overlay/cardOverlay';
import { CardController, type FetchCard, type FetchRound } from '../overlay/cardController';
import { HoverIntent, type Timers } from '../overlay/hoverIntent';
import type { PageMention } from '../page/mentionRanges';

export interface OverlayEnvironment {
  win: Window & typeof globalThis;
  lexicon: LexiconSource;
  lang: Language;
  fetchCard: FetchCard;
  fetchRound: FetchRound;
  /** Timers and listeners that die with the content script's context. */
  timers: Timers;
  listen: <K extends keyof WindowEventMap>(type: K, listener: (event: WindowEventMap[K]) => void, options?: AddEventListenerOptions) => void;
  requestFrame: (callback: () => void) => void;
  shadowMode: ShadowRootMode;
  cardCss: string;
  now: () => Date;
}

export interface RunningOverlay {
  mentions(): PageMention[];
  setLanguage(lang: Language): Promise<void>;
  /** Rescans with another lexicon (the reader imported a dataset). */
  replaceLexicon(lexicon: LexiconSource): void;
  destroy(): void;
}

const OPEN_DELAY_MS = 300;
const CLOSE_DELAY_MS = 300;

/**
 * Scans the page, paints the mentions and opens cards on hover. The first
 * thin path through every part; the overlay issue deepens each step
 * (slices, live pages, keyboard).
 */
export function startOverlay(env: OverlayEnvironment): RunningOverlay {
  const { win } = env;
  const doc = win.document;
  const overlay = new CardOverlay(doc, { shadowMode: env.shadowMode, css: env.cardCss });
  const highlightApi = highlightApiOf(win);
  const painter = highlightApi ? new MentionPainter(highlightApi) : null;
  let mentions: PageMention[] = [];
  let index = indexMentions(mentions);
  const articleDate = readArticleDate(doc, win.location.href, env.now());
  const scan = (lexicon: LexiconSource) => {
    const nodes = doc.body ? collectTextNodes(doc.body, overlay.hostElement) : [];
    const lang = readPageLanguage(doc.documentElement.lang, () => nodes.map((node) => node.nodeValue).join(' '));
    mentions = mentionRangesIn(nodes, compileLexicon(lexicon), { date: articleDate.date, lang });
    index = indexMentions(mentions);
    painter?.paint(mentions);
  };
  scan(env.lexicon);

  const cards = new CardController(overlay, env.fetchCard, env.fetchRound, articleDate, env.lang, () => hover.close());
  const hover = new HoverIntent<PageMention>(
    { ...env.timers, openDelay: OPEN_DELAY_MS, closeDelay: CLOSE_DELAY_MS },
    (mention) => void cards.open(mention),
    () => cards.close(),
  );

  let framePending = false;
  let lastPointer: PointerEvent | null = null;
  env.listen(
    'pointermove',
    (event) => {
      lastPointer = event;
      if (framePending || mentions.length === 0) return;
      framePending = true;
      // One hit-test per frame, however fast the pointer moves.
      env.requestFrame(() => {
        framePending = false;
        if (!lastPointer) return;
        painter?.ensure();
        const inside = overlay.containsEvent(lastPointer);
        hover.pointerAt(inside ? null : mentionAtPoint(doc, index, lastPointer.clientX, lastPointer.clientY), inside);
      });
    },
    { passive: true },
  );
  env.listen('keydown', (event) => {
    if (event.key === 'Escape') hover.close();
  });
  env.listen('pointerdown', (event) => {
    if (!overlay.containsEvent(event)) hover.close();
  });

  return {
    mentions: () => mentions,
    setLanguage: (lang) => cards.setLanguage(lang),
    replaceLexicon(lexicon) {
      hover.close();
      scan(lexicon);
    },
    destroy() {
      hover.close();
      painter?.clear();
      overlay.destroy();
    },
  };
}
