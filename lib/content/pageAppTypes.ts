import type { Language } from '../dataset/schema';
import type { LexiconSource } from '../match/source';
import type { PlacedMention } from '../page/mentionRanges';
import type { CardServices, FetchCard, FetchRound } from '../cardShell/cardController';
import type { Timers } from '../cardShell/hoverIntent';
import type { PageDisplay } from './pageMarks';

export type { PageDisplay } from './pageMarks';

/** Everything the page app needs from the browser and the background, injected so it runs in tests alone. */
export interface PageAppEnvironment {
  win: Window & typeof globalThis;
  /**
   * The names to match. The first one given is also the fallback: when a later one (an imported
   * dataset's, through replaceLexicon) fails to compile, it is reported and this one is used.
   */
  lexicon: LexiconSource;
  lang: Language;
  display: PageDisplay;
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
  /** Told after each pointer frame was handled, with the mention under the pointer (tests wait on it, not on time). */
  onPointerHandled?: (entityId: string | null) => void;
}

export interface CardOpenTiming {
  ready: boolean;
  taskMs: number;
  frameMs: number;
}

/** The environment with every optional helper filled in. */
export type FilledEnvironment = PageAppEnvironment &
  Required<Pick<PageAppEnvironment, 'measure' | 'wrap' | 'report' | 'clock'>>;

/** Fills what an environment may leave out: no measuring, no wrapping, the wrapper's guard as reporter. */
export function filledEnvironment(env: PageAppEnvironment): FilledEnvironment {
  const report =
    env.report ??
    ((error: unknown) =>
      env.wrap?.(() => {
        throw error;
      }, 'report')());
  return {
    ...env,
    measure: env.measure ?? (<T>(_label: string, work: () => T) => work()),
    wrap: env.wrap ?? (<Args extends unknown[]>(callback: (...args: Args) => void) => callback),
    report,
    clock: env.clock ?? (() => env.win.performance.now()),
  };
}

/** The running page app, as the page session drives it. */
export interface PageApp {
  /** Every mention found so far, in document order, whatever the settings show. */
  mentions(): PlacedMention[];
  /** The mentions that are highlighted and open cards, in document order. */
  marked(): PlacedMention[];
  /** How many mentions of the shown categories the page has (first or not). */
  shownCount(): number;
  /** Resolves when the current scan of the page has finished (tests, diagnostics). */
  scanned(): Promise<void>;
  /** How many reads (the page's, or of parts that arrived later) are still running: 0 when the page is read. */
  scansRunning(): number;
  setLanguage(lang: Language): Promise<void>;
  setDisplay(display: PageDisplay): void;
  /** Switches the page app off (site disabled, paused) or back on. */
  setActive(active: boolean): void;
  /** Rescans with another lexicon (the reader imported a dataset, or reset it). */
  replaceLexicon(lexicon: LexiconSource): void;
  /** Keyboard: scrolls to the next or previous marked mention and opens its card with focus inside. */
  step(direction: 'next' | 'previous'): PlacedMention | null;
  /** Scrolls to the next mention of an entity and opens its card (the popup's "on this page"). */
  show(entityId: string): PlacedMention | null;
  destroy(): void;
}
