import { compileLexicon, type Lexicon } from '../match/lexicon';
import type { LexiconSource } from '../match/source';
import { readArticleDate } from '../page/articleDate';
import type { Language } from '../dataset/schema';
import { MentionPainter, highlightApiOf } from '../highlight/paint';
import { collectTextNodes } from '../page/textNodes';
import { readPageLanguage } from '../page/pageLanguage';
import { mentionRangesIn } from '../page/mentionRanges';
import { indexMentions, mentionAtPoint } from '../page/hitTest';
import { markedMentions, shownMentions } from '../page/marking';
import { CardOverlay } from '../overlay/cardOverlay';
import { CardController, type FetchCard, type FetchRound } from '../overlay/cardController';
import { HoverIntent, type Timers } from '../overlay/hoverIntent';
import type { PageMention } from '../page/mentionRanges';
import type { Settings } from '../settings/schema';

/** The settings that shape what the page shows and how cards open. */
export type OverlayDisplay = Pick<Settings, 'categories' | 'marking' | 'highlightStyle' | 'cardTrigger' | 'hoverDelayMs'>;

export interface OverlayEnvironment {
  win: Window & typeof globalThis;
  lexicon: LexiconSource;
  lang: Language;
  display: OverlayDisplay;
  /** False when the site is switched off or the extension is paused: nothing is scanned or painted. */
  active: boolean;
  fetchCard: FetchCard;
  fetchRound: FetchRound;
  /** Timers and listeners that die with the content script's context. */
  timers: Timers;
  listen: <K extends keyof WindowEventMap>(type: K, listener: (event: WindowEventMap[K]) => void, options?: AddEventListenerOptions) => void;
  requestFrame: (callback: () => void) => void;
  shadowMode: ShadowRootMode;
  cardCss: string;
  now: () => Date;
  /** Told how many mentions the page shows after every scan or settings change (the toolbar badge). */
  onCount?: (count: number) => void;
  /** Times a piece of work on the page's main thread (the content script measures itself). */
  measure?: <T>(label: string, work: () => T) => T;
}

export interface RunningOverlay {
  /** Every mention found, in document order, whatever the settings show. */
  mentions(): PageMention[];
  /** The mentions that are highlighted and open cards. */
  marked(): PageMention[];
  /** How many mentions of the shown categories the page has (first or not). */
  shownCount(): number;
  setLanguage(lang: Language): Promise<void>;
  setDisplay(display: OverlayDisplay): void;
  /** Switches the overlay off (site disabled, paused) or back on. */
  setActive(active: boolean): void;
  /** Rescans with another lexicon (the reader imported a dataset, or reset it). */
  replaceLexicon(lexicon: LexiconSource): void;
  /** Keyboard: scrolls to the next or previous marked mention and opens its card with focus inside. */
  step(direction: 'next' | 'previous'): PageMention | null;
  /** Scrolls to the next mention of an entity and opens its card (the popup's "on this page"). */
  show(entityId: string): PageMention | null;
  destroy(): void;
}

const CLOSE_DELAY_MS = 300;

/**
 * Scans the page, paints the mentions the reader wants and opens cards by
 * hover, click or keyboard. Settings and the site's state apply at once.
 */
export function startOverlay(env: OverlayEnvironment): RunningOverlay {
  const { win } = env;
  const doc = win.document;
  const overlay = new CardOverlay(doc, { shadowMode: env.shadowMode, css: env.cardCss });
  const highlightApi = highlightApiOf(win);
  const painter = highlightApi ? new MentionPainter(highlightApi) : null;
  let display = env.display;
  let active = env.active;
  let lexiconSource = env.lexicon;
  let compiled: { source: LexiconSource; lexicon: Lexicon } | null = null;
  let mentions: PageMention[] = [];
  let marked: PageMention[] = [];
  let index = indexMentions(marked);
  let scanned = false;
  const articleDate = readArticleDate(doc, win.location.href, env.now());

  const lexicon = () => {
    if (compiled?.source !== lexiconSource) compiled = { source: lexiconSource, lexicon: compileLexicon(lexiconSource) };
    return compiled.lexicon;
  };
  const shownCount = () => (active ? shownMentions(mentions, display).length : 0);
  // Marking and painting follow the settings without rescanning the page.
  const applyDisplay = () => {
    marked = active ? markedMentions(mentions, display) : [];
    index = indexMentions(marked);
    if (active) painter?.paint(marked, display.highlightStyle);
    else painter?.clear();
    env.onCount?.(shownCount());
  };
  const measure = env.measure ?? (<T>(_label: string, work: () => T) => work());
  const scan = () => measure('scan', () => scanNow());
  const scanNow = () => {
    const nodes = doc.body ? collectTextNodes(doc.body, overlay.hostElement) : [];
    const lang = readPageLanguage(doc.documentElement.lang, () => nodes.map((node) => node.nodeValue).join(' '));
    mentions = mentionRangesIn(nodes, lexicon(), { date: articleDate.date, lang });
    scanned = true;
    applyDisplay();
  };
  if (active) scan();
  else env.onCount?.(0);

  let returnFocusTo: HTMLElement | null = null;
  const cards = new CardController(overlay, env.fetchCard, env.fetchRound, articleDate, env.lang, () => hover.close());
  const hover = new HoverIntent<PageMention>(
    { ...env.timers, openDelay: display.hoverDelayMs, closeDelay: CLOSE_DELAY_MS },
    (mention) => void cards.open(mention, { focus: returnFocusTo !== null }),
    () => {
      cards.close();
      // A card opened from the keyboard gives focus back to where the reader was.
      const target = returnFocusTo;
      returnFocusTo = null;
      if (target?.isConnected) target.focus({ preventScroll: true });
    },
  );

  const openFromKeyboard = (mention: PageMention) => {
    const focused = doc.activeElement;
    returnFocusTo ??= focused instanceof win.HTMLElement ? focused : doc.body;
    const reduceMotion = win.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;
    mention.node.parentElement?.scrollIntoView({ block: 'center', behavior: reduceMotion ? 'auto' : 'instant' });
    hover.openNow(mention);
    return mention;
  };

  let framePending = false;
  let lastPointer: PointerEvent | null = null;
  env.listen(
    'pointermove',
    (event) => {
      lastPointer = event;
      if (framePending || marked.length === 0 || display.cardTrigger === 'click') return;
      framePending = true;
      // One hit-test per frame, however fast the pointer moves.
      env.requestFrame(() => {
        framePending = false;
        if (!lastPointer) return;
        painter?.ensure();
        const inside = overlay.containsEvent(lastPointer);
        const wanted = display.cardTrigger === 'hover' || lastPointer.shiftKey;
        const target = inside || !wanted ? null : mentionAtPoint(doc, index, lastPointer.clientX, lastPointer.clientY);
        hover.pointerAt(target, inside);
      });
    },
    { passive: true },
  );
  env.listen('click', (event) => {
    if (display.cardTrigger !== 'click' || overlay.containsEvent(event)) return;
    const mention = mentionAtPoint(doc, index, event.clientX, event.clientY);
    if (mention) hover.openNow(mention);
  });
  env.listen('keydown', (event) => {
    if (event.key === 'Escape') hover.close();
  });
  env.listen('pointerdown', (event) => {
    if (!overlay.containsEvent(event)) hover.close();
  });

  return {
    mentions: () => mentions,
    marked: () => marked,
    shownCount,
    setLanguage: (lang) => cards.setLanguage(lang),
    setDisplay(next) {
      const rescanNeeded = !scanned && active;
      display = next;
      hover.setOpenDelay(next.hoverDelayMs);
      if (rescanNeeded) scan();
      else applyDisplay();
      if (cards.openMention && !marked.includes(cards.openMention)) hover.close();
    },
    setActive(next) {
      if (next === active) return;
      active = next;
      hover.close();
      if (active && !scanned) scan();
      else applyDisplay();
    },
    replaceLexicon(next) {
      if (next === lexiconSource) return;
      hover.close();
      lexiconSource = next;
      if (active) scan();
      else scanned = false;
    },
    step(direction) {
      if (marked.length === 0) return null;
      const current = cards.openMention ? marked.indexOf(cards.openMention) : -1;
      const nextIndex = current === -1 ? (direction === 'next' ? 0 : marked.length - 1) : (current + (direction === 'next' ? 1 : -1) + marked.length) % marked.length;
      const mention = marked[nextIndex];
      return mention ? openFromKeyboard(mention) : null;
    },
    show(entityId) {
      const ofEntity = shownMentions(mentions, display).filter((mention) => mention.entityId === entityId);
      if (!active || ofEntity.length === 0) return null;
      const current = cards.openMention ? ofEntity.indexOf(cards.openMention) : -1;
      const mention = ofEntity[(current + 1) % ofEntity.length];
      return mention ? openFromKeyboard(mention) : null;
    },
    destroy() {
      hover.close();
      painter?.clear();
      overlay.destroy();
    },
  };
}
