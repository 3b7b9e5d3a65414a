import type { Language } from '../dataset/schema';
import type { CardOpening } from './cardOpening';
import type { LexiconSupply } from './lexiconSupply';
import type { PageApp } from './pageAppTypes';
import type { PageMarks } from './pageMarks';
import type { PageReader } from './pageReader';

export interface ComposedParts {
  marks: PageMarks;
  reader: PageReader;
  lexicon: LexiconSupply;
  opening: CardOpening;
  readAll: () => void;
  stop: () => void;
  setLang: (lang: Language) => void;
}

/** What the page session may do with the running page app: settings, on/off, another lexicon, keyboard. */
export function controlsOf({ marks, reader, lexicon, opening, readAll, stop, setLang }: ComposedParts): PageApp {
  const { cards, hover, keyboard } = opening;
  return {
    mentions: () => marks.mentions,
    marked: () => marks.marked,
    shownCount: () => marks.shownCount(),
    scanned: () => reader.whenRead(),
    scansRunning: () => reader.readsRunning(),
    setLanguage: (next) => {
      setLang(next);
      return cards.setLanguage(next);
    },
    setDisplay(next) {
      marks.display = next;
      hover.setOpenDelay(next.hoverDelayMs);
      marks.apply();
      opening.closeIfGone();
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
    destroy: stop,
  };
}
