import type { ArticleDate } from '../page/articleDate';
import type { Language } from '../dataset/schema';
import type { PlacedMention } from '../page/mentionRanges';
import { CardController, type CardServices } from '../cardShell/cardController';
import type { CardShell } from '../cardShell/cardShell';
import { HoverIntent } from '../cardShell/hoverIntent';
import { KeyboardSteps } from './keyboardSteps';
import type { PageMarks } from './pageMarks';
import type { FilledEnvironment } from './pageAppTypes';

/** How long the card stays once the pointer has left both the word and the card. */
const CLOSE_DELAY_MS = 300;

export interface CardOpening {
  cards: CardController<PlacedMention>;
  hover: HoverIntent<PlacedMention>;
  keyboard: KeyboardSteps;
  /** Closes the card when its mention is no longer marked (settings changed, text removed). */
  closeIfGone(): void;
}

/**
 * The ways a card opens and closes: hover intent (pointer at rest, then the delay from the settings)
 * and keyboard steps both end in the card controller, which fetches the card and shows it in the
 * card shell; closing gives the keyboard's focus back.
 */
export function composeCardOpening(
  env: FilledEnvironment,
  shell: CardShell,
  marks: PageMarks,
  articleDate: ArticleDate,
  lang: () => Language,
): CardOpening {
  const services: CardServices = {
    fetchCard: env.fetchCard,
    fetchRound: env.fetchRound,
    openEntry: env.openEntry ?? (() => undefined),
    copyText: env.copyText ?? (async () => false),
  };
  const cards = new CardController<PlacedMention>(shell, services, articleDate, lang(), () => hover.close());
  const prefetch = (mention: PlacedMention) => cards.prefetch(mention);
  const keyboard = new KeyboardSteps(
    env.win,
    marks,
    shell,
    () => hover,
    () => cards.openMention,
    lang,
    prefetch,
  );
  const openCard = (mention: PlacedMention) => {
    const started = env.clock();
    const opened = env.measure('card-open', () => cards.open(mention, { focus: keyboard.opensWithFocus }));
    const taskMs = env.clock() - started;
    // The frame after the opening task is the one that shows the card.
    const { onCardOpened } = env;
    if (onCardOpened)
      env.requestFrame(() => onCardOpened({ ready: opened.ready, taskMs, frameMs: env.clock() - started }));
  };
  const closeCard = () => {
    cards.close();
    keyboard.giveFocusBack();
  };
  const hover = new HoverIntent<PlacedMention>(
    { ...env.timers, openDelay: marks.display.hoverDelayMs, closeDelay: CLOSE_DELAY_MS, onPending: prefetch },
    openCard,
    closeCard,
  );
  const closeIfGone = () => {
    if (cards.openMention && !marks.marked.includes(cards.openMention)) hover.close();
  };
  return { cards, hover, keyboard, closeIfGone };
}
