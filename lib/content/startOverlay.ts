import { compileLexiconInSteps, type Lexicon } from '../match/lexicon';
import type { LexiconSource } from '../match/source';
import { readArticleDate, type ArticleDate } from '../page/articleDate';
import type { Language } from '../dataset/schema';
import { highlightApiOf, highlightName, MentionPainter } from '../highlight/paint';
import { toneOfText } from '../highlight/tone';
import { mainContentRoots, MAIN_CONTENT_SELECTOR } from '../page/textNodes';
import { readPageLanguage } from '../page/pageLanguage';
import { indexMentions, mentionAtPoint } from '../page/hitTest';
import { markedMentions, shownMentions } from '../page/marking';
import { mergeMentions } from '../page/mentionOrder';
import { pageYielder, scanInSlices, type Region, type ScanPart, type ScannedMention } from '../page/scanner';
import { watchPage, type PageChanges } from '../page/liveUpdates';
import { CardOverlay } from '../overlay/cardOverlay';
import { CardController, type CardServices, type FetchCard, type FetchRound } from '../overlay/cardController';
import { HoverIntent, type Timers } from '../overlay/hoverIntent';
import { inSafeTriangle, type Point } from '../overlay/safeTriangle';
import { warmUpSteps } from '../overlay/warmUp';
import type { Settings } from '../settings/schema';
import { cardTranslator } from '../i18n/cardTranslator';

/** The settings that shape what the page shows and how cards open. */
export type OverlayDisplay = Pick<Settings, 'categories' | 'marking' | 'highlightStyle' | 'cardTrigger' | 'hoverDelayMs'>;

export interface OverlayEnvironment {
  win: Window & typeof globalThis;
  /**
   * The names to match. The first one given is also the fallback: when a later one (an imported
   * dataset's, through replaceLexicon) fails to compile, it is reported and this one is used.
   */
  lexicon: LexiconSource;
  lang: Language;
  display: OverlayDisplay;
  /** False when the site is switched off or the extension is paused: nothing is scanned or painted. */
  active: boolean;
  fetchCard: FetchCard;
  fetchRound: FetchRound;
  openEntry?: CardServices['openEntry'];
  copyText?: CardServices['copyText'];
  /** Timers and listeners that die with the content script's context. */
  timers: Timers;
  listen: <K extends keyof WindowEventMap>(type: K, listener: (event: WindowEventMap[K]) => void, options?: AddEventListenerOptions) => void;
  requestFrame: (callback: () => void) => void;
  shadowMode: ShadowRootMode;
  cardCss: string;
  now: () => Date;
  /** Told how many mentions the page shows after every scan step or settings change (the toolbar badge). */
  onCount?: (count: number) => void;
  /** Times a piece of work on the page's main thread (the content script measures itself). */
  measure?: <T>(label: string, work: () => T) => T;
  /** Hands an error of ours to the background's error log ('report-error'); by default through `wrap`'s guard. */
  report?: (error: unknown) => void;
  /** Wraps callbacks handed to the page's event loop (errors reported, time measured). */
  wrap?: <Args extends unknown[]>(callback: (...args: Args) => void, label: string) => (...args: Args) => void;
  /** A monotonic clock in milliseconds for slicing work (performance.now). */
  clock?: () => number;
  /**
   * Told after each card opened by the pointer or the keyboard: whether it opened with its content,
   * how long the opening task took, and how long until the next frame (when the card shows).
   */
  onCardOpened?: (timing: CardOpenTiming) => void;
  /** Told after each pointer frame was handled, with the mention under the pointer (tests wait on it instead of on time). */
  onPointerHandled?: (entityId: string | null) => void;
}

export type PageMention = ScannedMention;

export interface CardOpenTiming {
  ready: boolean;
  taskMs: number;
  frameMs: number;
}

export interface RunningOverlay {
  /** Every mention found so far, in document order, whatever the settings show. */
  mentions(): PageMention[];
  /** The mentions that are highlighted and open cards, in document order. */
  marked(): PageMention[];
  /** How many mentions of the shown categories the page has (first or not). */
  shownCount(): number;
  /** Resolves when the current scan of the page has finished (tests, diagnostics). */
  scanned(): Promise<void>;
  /** How many scans (the page's, or of parts that arrived later) are still running: 0 when the page is read. */
  scansRunning(): number;
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
 * Scans the page in slices, paints the mentions the reader wants, follows
 * the page as it changes, and opens cards by hover, click or keyboard.
 * Settings and the site's state apply at once.
 */
export function startOverlay(env: OverlayEnvironment): RunningOverlay {
  const { win } = env;
  const doc = win.document;
  const overlay = new CardOverlay(doc, { shadowMode: env.shadowMode, css: env.cardCss, wrap: env.wrap });
  const highlightApi = highlightApiOf(win);
  const painter = highlightApi ? new MentionPainter(highlightApi) : null;
  const measure = env.measure ?? (<T>(_label: string, work: () => T) => work());
  const wrap = env.wrap ?? (<Args extends unknown[]>(callback: (...args: Args) => void) => callback);
  // Without a reporter of its own, an error goes through the guard that wraps callbacks (it reports what they throw).
  const guarded = env.wrap;
  const report =
    env.report ??
    ((error: unknown) =>
      guarded?.(() => {
        throw error;
      }, 'report')());
  const clock = env.clock ?? (() => win.performance.now());
  const scheduler = { now: clock, yieldToPage: pageYielder(win, (callback, ms) => env.timers.setTimeout(callback, ms)), measure };
  let display = env.display;
  let active = env.active;
  let lexiconSource = env.lexicon;
  let compiled: { source: LexiconSource; lexicon: Lexicon } | null = null;
  let mentions: PageMention[] = [];
  let marked: PageMention[] = [];
  let index = indexMentions(marked);
  let scanned = false;
  let generation = 0;
  let scanDone: Promise<void> = Promise.resolve();
  let articleDate: ArticleDate = readArticleDate(doc, win.location.href, env.now());
  let lang = env.lang;
  let announced = false;
  let warmedUp = false;
  let destroyed = false;

  // The lexicon the page started with (the bundled one): what is used when another fails to compile.
  const fallbackSource = env.lexicon;
  // Versions whose lexicon failed to compile: never compiled again, on any page change or refresh.
  const failedVersions = new Set<string>();
  // Compiled once per lexicon, in steps the scanner spreads over short tasks.
  function* lexicon(): Generator<void, Lexicon> {
    const source = failedVersions.has(lexiconSource.version) ? fallbackSource : lexiconSource;
    if (compiled?.source === source) return compiled.lexicon;
    try {
      const built = yield* compileLexiconInSteps(source);
      compiled = { source, lexicon: built };
      return built;
    } catch (error) {
      if (source === fallbackSource) throw error;
      if (!failedVersions.has(source.version)) {
        failedVersions.add(source.version);
        report(new Error(`the imported dataset's names (version ${source.version}) could not be compiled; using the bundled ones: ${error instanceof Error ? error.message : String(error)}`));
      }
      return yield* lexicon();
    }
  }
  const shownCount = () => (active ? shownMentions(mentions, display).length : 0);
  const tones = new WeakMap<Element, ReturnType<typeof toneOfText>>();
  const toneOf = (mention: PageMention) => {
    const element = mention.node.parentElement;
    if (!element) return 'light';
    let tone = tones.get(element);
    if (!tone) {
      tone = toneOfText(element, (target) => win.getComputedStyle(target));
      tones.set(element, tone);
    }
    return tone;
  };
  const paint = () => {
    if (!painter) return;
    if (!active || display.highlightStyle === 'none') return painter.clear();
    const style = display.highlightStyle;
    const groups = new Map<string, Range[]>();
    for (const mention of marked) {
      const name = highlightName(style, toneOf(mention));
      groups.set(name, [...(groups.get(name) ?? []), mention.range]);
    }
    painter.paint(groups);
  };
  // Marking and painting follow the settings without rescanning the page.
  const applyDisplay = () => {
    marked = active ? markedMentions(mentions, display) : [];
    index = indexMentions(marked);
    paint();
    env.onCount?.(shownCount());
  };

  // With no date on the page, "today" serves the offices but must not choose rounds: dateKnown says so.
  const context = (sample: string) => ({ date: articleDate.date, dateKnown: articleDate.source !== 'today', lang: readPageLanguage(doc.documentElement.lang, () => sample) });
  let scansRunning = 0;
  const scanParts = (parts: ScanPart[], isCurrent: () => boolean) => {
    scansRunning += 1;
    return scanInSlices({ parts, ownHost: overlay.hostElement, lexicon, context, isCurrent }, scheduler, (found) => {
      mentions = mergeMentions(mentions, found);
      applyDisplay();
    }).catch((error: unknown) => {
      // A scan that fails is reported, never left as an unhandled rejection in the page.
      report(error);
      return false;
    }).finally(() => {
      scansRunning -= 1;
    });
  };
  const fullScan = () => {
    const mine = ++generation;
    mentions = [];
    scanned = true;
    applyDisplay();
    const body = doc.body;
    if (!body) return;
    const mains = mainContentRoots(body);
    const parts: ScanPart[] = [...mains.map((root) => ({ root, region: 'main' as const })), { root: body, region: mains.length > 0 ? 'other' : 'main', exclude: new Set(mains) }];
    scanDone = scanParts(parts, () => mine === generation).then(() => undefined);
    // Once the page is read, a quiet task prepares the card code so the first card opens quickly.
    if (!warmedUp) {
      warmedUp = true;
      void scanDone.then(() => {
        // A page with nothing marked may never open a card: it is spared the work.
        if (marked.length === 0) {
          warmedUp = false;
          return;
        }
        const steps = warmUpSteps(doc, lang);
        let done = 0;
        const next = () => {
          const step = steps.shift();
          if (!step || destroyed) return;
          // Numbered, so the task figures tell which step is slow.
          measure(`warm-up ${++done}`, step);
          env.timers.setTimeout(next, 0);
        };
        env.timers.setTimeout(next, 0);
      });
    }
  };
  const regionOf = (node: Node): Region => {
    const element = node.nodeType === 1 ? (node as Element) : node.parentElement;
    return element?.closest(MAIN_CONTENT_SELECTOR) || !doc.querySelector(MAIN_CONTENT_SELECTOR) ? 'main' : 'other';
  };

  let returnFocusTo: HTMLElement | null = null;
  const services: CardServices = {
    fetchCard: env.fetchCard,
    fetchRound: env.fetchRound,
    openEntry: env.openEntry ?? (() => undefined),
    copyText: env.copyText ?? (async () => false),
  };
  const cards = new CardController<PageMention>(overlay, services, articleDate, env.lang, () => hover.close());
  const openCard = (mention: PageMention) => {
    const started = clock();
    const opened = measure('card-open', () => cards.open(mention, { focus: returnFocusTo !== null }));
    const taskMs = clock() - started;
    // The frame after the opening task is the one that shows the card.
    if (env.onCardOpened) env.requestFrame(() => env.onCardOpened?.({ ready: opened.ready, taskMs, frameMs: clock() - started }));
  };
  const hover = new HoverIntent<PageMention>(
    { ...env.timers, openDelay: display.hoverDelayMs, closeDelay: CLOSE_DELAY_MS, onPending: (mention) => cards.prefetch(mention) },
    openCard,
    () => {
      cards.close();
      // A card opened from the keyboard gives focus back to where the reader was.
      const target = returnFocusTo;
      returnFocusTo = null;
      if (target?.isConnected) target.focus({ preventScroll: true });
    },
  );

  const onPageChanges = (changes: PageChanges) => {
    if (changes.urlChanged) {
      // Another article under the same document (SPA navigation): its date may differ, and so may every card.
      articleDate = readArticleDate(doc, win.location.href, env.now());
      cards.setArticleDate(articleDate);
      hover.close();
      if (active) fullScan();
      else scanned = false;
      return;
    }
    if (!active || !scanned) return;
    const changedText = new Set<Node>(changes.changedText);
    const kept = mentions.filter((mention) => mention.node.isConnected && !changedText.has(mention.node));
    if (kept.length !== mentions.length) {
      mentions = kept;
      if (cards.openMention && !kept.includes(cards.openMention)) hover.close();
      applyDisplay();
    }
    const parts = [...changes.added, ...changes.changedText].map((root) => ({ root, region: regionOf(root) }));
    if (parts.length === 0) return;
    const mine = generation;
    void scanParts(parts, () => mine === generation);
  };
  const stopWatching = watchPage({ win, ownHost: () => overlay.hostElement, requestFrame: env.requestFrame, onChanges: onPageChanges, wrap });

  if (active) fullScan();
  else env.onCount?.(0);

  const openFromKeyboard = (mention: PageMention) => {
    const focused = doc.activeElement;
    returnFocusTo ??= focused instanceof win.HTMLElement ? focused : doc.body;
    mention.node.parentElement?.scrollIntoView({ block: 'center', behavior: 'instant' });
    hover.openNow(mention);
    return mention;
  };

  let framePending = false;
  let lastPointer: PointerEvent | null = null;
  let previousPoint: Point | null = null;
  /** Where the pointer was while on the open mention: the tip of the safe triangle towards the card. */
  let leftMentionAt: Point | null = null;
  env.listen(
    'pointermove',
    (event) => {
      // A still pointer over a scrolling page gets synthetic moves at the same spot: those are not the reader's.
      const point = { x: event.clientX, y: event.clientY };
      if (previousPoint && previousPoint.x === point.x && previousPoint.y === point.y) return;
      previousPoint = point;
      lastPointer = event;
      if (framePending || marked.length === 0) return;
      framePending = true;
      // One hit-test per frame, however fast the pointer moves.
      env.requestFrame(() => {
        framePending = false;
        const pointer = lastPointer;
        if (!pointer) return;
        painter?.ensure();
        const at = { x: pointer.clientX, y: pointer.clientY };
        const cardBox = overlay.cardBox();
        const inside = overlay.containsEvent(pointer) || (hover.current !== null && leftMentionAt !== null && cardBox !== null && inSafeTriangle(leftMentionAt, at, cardBox));
        const wanted = display.cardTrigger === 'hover' || (display.cardTrigger === 'hover-modifier' && pointer.shiftKey);
        const under = inside ? null : measure('hit-test', () => mentionAtPoint(doc, index, at.x, at.y));
        // A card opened by a click (or Shift) is fetched while the pointer is on its word, so it opens with its content.
        if (under && !wanted) cards.prefetch(under);
        env.onPointerHandled?.(under?.entityId ?? null);
        // A card opened by a click stays until a click elsewhere, Escape or scrolling away, wherever the pointer goes.
        if (display.cardTrigger === 'click') return;
        const target = wanted ? under : null;
        if (target && target === hover.current) leftMentionAt = at;
        hover.pointerAt(target, inside);
        if (target && target !== hover.current) leftMentionAt = at;
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
  let scrollPending = false;
  env.listen(
    'scroll',
    () => {
      if (scrollPending || !hover.current) return;
      scrollPending = true;
      env.requestFrame(() => {
        scrollPending = false;
        // The card follows its word while it is on screen and closes when the word scrolls away.
        if (overlay.anchorVisible()) overlay.reposition();
        else hover.close();
      });
    },
    { passive: true, capture: true },
  );

  return {
    mentions: () => mentions,
    scansRunning: () => scansRunning,
    marked: () => marked,
    shownCount,
    scanned: () => scanDone,
    setLanguage: (next) => {
      lang = next;
      return cards.setLanguage(next);
    },
    setDisplay(next) {
      display = next;
      hover.setOpenDelay(next.hoverDelayMs);
      applyDisplay();
      if (cards.openMention && !marked.includes(cards.openMention)) hover.close();
    },
    setActive(next) {
      if (next === active) return;
      active = next;
      hover.close();
      // The page may have changed while we were off (live updates are not followed then): read it afresh.
      if (active) fullScan();
      else applyDisplay();
    },
    replaceLexicon(next) {
      if (next === lexiconSource) return;
      hover.close();
      // Another dataset: cards fetched before may say something else now.
      cards.forgetAnswers();
      lexiconSource = next;
      if (active) fullScan();
      else scanned = false;
    },
    step(direction) {
      // The first use of the shortcut tells a screen reader how many names the page has.
      if (!announced) {
        announced = true;
        const t = cardTranslator(lang);
        overlay.announce(marked.length > 0 ? t('card.announce', { count: marked.length }) : t('card.announceNone'));
      }
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
      destroyed = true;
      generation++;
      stopWatching();
      hover.close();
      painter?.clear();
      overlay.destroy();
    },
  };
}
