import type { LexiconSource } from '../match/source';
import { readArticleDate, type ArticleDate } from '../page/articleDate';
import type { Language } from '../dataset/schema';
import { highlightApiOf, MentionPainter } from '../highlight/paint';
import { readPageLanguage } from '../page/pageLanguage';
import { pageYielder } from '../page/scanner';
import { watchPage } from '../page/liveUpdates';
import { CardOverlay } from '../overlay/cardOverlay';
import { CardController, type CardServices, type FetchCard, type FetchRound } from '../overlay/cardController';
import { HoverIntent, type Timers } from '../overlay/hoverIntent';
import { warmUpSteps } from '../overlay/warmUp';
import { warmUpInQuietTasks } from './cardWarmUp';
import { KeyboardSteps } from './keyboardSteps';
import { LexiconSupply } from './lexiconSupply';
import { PageMarks, type OverlayDisplay, type PageMention } from './pageMarks';
import { PageReader } from './pageReader';
import { followPointer } from './pointerInput';

export type { OverlayDisplay, PageMention } from './pageMarks';

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
  listen: <K extends keyof WindowEventMap>(
    type: K,
    listener: (event: WindowEventMap[K]) => void,
    options?: AddEventListenerOptions,
  ) => void;
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
 * The page app: reads the page into marks (PageReader → PageMarks), follows its changes, and opens
 * cards (CardController in the card shell, CardOverlay) by hover, click (followPointer) or keyboard
 * (KeyboardSteps). This function only composes those parts and applies settings and on/off to them.
 */
export function startOverlay(env: OverlayEnvironment): RunningOverlay {
  const { win } = env;
  const doc = win.document;
  const measure = env.measure ?? (<T>(_label: string, work: () => T) => work());
  const wrap = env.wrap ?? (<Args extends unknown[]>(callback: (...args: Args) => void) => callback);
  // Without a reporter of its own, an error goes through the guard that wraps callbacks (it reports what they throw).
  const report =
    env.report ??
    ((error: unknown) =>
      env.wrap?.(() => {
        throw error;
      }, 'report')());
  const clock = env.clock ?? (() => win.performance.now());
  const overlay = new CardOverlay(doc, { shadowMode: env.shadowMode, css: env.cardCss, wrap: env.wrap });
  const highlightApi = highlightApiOf(win);
  const marks = new PageMarks(
    win,
    highlightApi ? new MentionPainter(highlightApi) : null,
    env.display,
    env.active,
    env.onCount,
  );
  const lexicon = new LexiconSupply(env.lexicon, report);
  let articleDate: ArticleDate = readArticleDate(doc, win.location.href, env.now());
  let lang = env.lang;
  let warmedUp = false;
  let destroyed = false;
  const reader = new PageReader({
    doc,
    marks,
    lexicon,
    scheduler: {
      now: clock,
      yieldToPage: pageYielder(win, (callback, ms) => env.timers.setTimeout(callback, ms)),
      measure,
    },
    // With no date on the page, "today" serves the offices but must not choose rounds: dateKnown says so.
    context: (sample) => ({
      date: articleDate.date,
      dateKnown: articleDate.source !== 'today',
      lang: readPageLanguage(doc.documentElement.lang, () => sample),
    }),
    ownHost: () => overlay.hostElement,
    report,
  });

  const services: CardServices = {
    fetchCard: env.fetchCard,
    fetchRound: env.fetchRound,
    openEntry: env.openEntry ?? (() => undefined),
    copyText: env.copyText ?? (async () => false),
  };
  const cards = new CardController<PageMention>(overlay, services, articleDate, env.lang, () => hover.close());
  const keyboard = new KeyboardSteps(
    win,
    marks,
    overlay,
    () => hover,
    () => cards.openMention,
    () => lang,
  );
  const openCard = (mention: PageMention) => {
    const started = clock();
    const opened = measure('card-open', () => cards.open(mention, { focus: keyboard.opensWithFocus }));
    const taskMs = clock() - started;
    // The frame after the opening task is the one that shows the card.
    if (env.onCardOpened)
      env.requestFrame(() => env.onCardOpened?.({ ready: opened.ready, taskMs, frameMs: clock() - started }));
  };
  const closeCard = () => {
    cards.close();
    keyboard.giveFocusBack();
  };
  const hover = new HoverIntent<PageMention>(
    {
      ...env.timers,
      openDelay: marks.display.hoverDelayMs,
      closeDelay: CLOSE_DELAY_MS,
      onPending: (mention) => cards.prefetch(mention),
    },
    openCard,
    closeCard,
  );
  const closeIfGone = () => {
    if (cards.openMention && !marks.marked.includes(cards.openMention)) hover.close();
  };

  const readAll = () => {
    void reader.readAll().then(() => {
      // Once the page is read, quiet tasks prepare the card code; a page with nothing marked is spared the work.
      if (warmedUp || marks.marked.length === 0) return;
      warmedUp = true;
      warmUpInQuietTasks(
        warmUpSteps(doc, lang),
        (callback, ms) => env.timers.setTimeout(callback, ms),
        measure,
        () => destroyed,
      );
    });
  };
  const stopWatching = watchPage({
    win,
    ownHost: () => overlay.hostElement,
    requestFrame: env.requestFrame,
    wrap,
    onChanges: (changes) => {
      if (!changes.urlChanged) return reader.readChanges(changes, closeIfGone);
      // Another article under the same document (SPA navigation): its date may differ, and so may every card.
      articleDate = readArticleDate(doc, win.location.href, env.now());
      cards.setArticleDate(articleDate);
      hover.close();
      if (marks.active) readAll();
      else reader.forget();
    },
  });
  if (marks.active) readAll();
  else env.onCount?.(0);
  followPointer({
    listen: env.listen,
    requestFrame: env.requestFrame,
    marks,
    overlay,
    hover,
    prefetch: (mention) => cards.prefetch(mention),
    openMention: () => cards.openMention,
    measure,
    onPointerHandled: env.onPointerHandled,
  });

  return {
    mentions: () => marks.mentions,
    scansRunning: () => reader.readsRunning(),
    marked: () => marks.marked,
    shownCount: () => marks.shownCount(),
    scanned: () => reader.whenRead(),
    setLanguage: (next) => {
      lang = next;
      return cards.setLanguage(next);
    },
    setDisplay(next) {
      marks.display = next;
      hover.setOpenDelay(next.hoverDelayMs);
      marks.apply();
      closeIfGone();
    },
    setActive(next) {
      if (next === marks.active) return;
      marks.active = next;
      hover.close();
      // The page may have changed while we were off (live updates are not followed then): read it afresh.
      if (next) readAll();
      else marks.apply();
    },
    replaceLexicon(next) {
      if (!lexicon.replace(next)) return;
      hover.close();
      // Another dataset: cards fetched before may say something else now.
      cards.forgetAnswers();
      if (marks.active) readAll();
      else reader.forget();
    },
    step: (direction) => keyboard.step(direction),
    show: (entityId) => keyboard.show(entityId),
    destroy() {
      destroyed = true;
      reader.stop();
      stopWatching();
      hover.close();
      marks.unpaint();
      overlay.destroy();
    },
  };
}
