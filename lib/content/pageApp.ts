import { readArticleDate, type ArticleDate } from '../page/articleDate';
import { highlightApiOf, MentionPainter } from '../highlight/paint';
import { readPageLanguage } from '../page/pageLanguage';
import { pageYielder } from '../page/scanner';
import { watchPage } from '../page/liveUpdates';
import { CardShell } from '../cardShell/cardShell';
import { warmUpSteps } from '../cardShell/warmUp';
import { composeCardOpening } from './cardOpening';
import { warmUpInQuietTasks } from './cardWarmUp';
import { LexiconSupply } from './lexiconSupply';
import { filledEnvironment, type FilledEnvironment, type PageApp, type PageAppEnvironment } from './pageAppTypes';
import { controlsOf } from './pageAppControls';
import { PageMarks } from './pageMarks';
import { PageReader } from './pageReader';
import { followPointer } from './pointerInput';

export type { CardOpenTiming, PageApp, PageAppEnvironment, PageDisplay } from './pageAppTypes';

/**
 * The page app: reads the page into marks (PageReader → PageMarks, painted as highlights), follows
 * its changes (watchPage), and opens cards in the card shell by hover, click (followPointer) or
 * keyboard (composeCardOpening). This function only composes those parts; `controlsOf` applies
 * settings and on/off to them.
 */
export function startPageApp(input: PageAppEnvironment): PageApp {
  const env = filledEnvironment(input);
  const { win } = env;
  const doc = win.document;
  const shell = new CardShell(doc, { shadowMode: env.shadowMode, css: env.cardCss, wrap: input.wrap });
  const highlightApi = highlightApiOf(win);
  const painter = highlightApi ? new MentionPainter(highlightApi) : null;
  const marks = new PageMarks(win, painter, env.display, env.active, env.onCount);
  const lexicon = new LexiconSupply(env.lexicon, env.report);
  const page = { articleDate: readArticleDate(doc, win.location.href, env.now()), lang: env.lang, destroyed: false };
  const reader = readerOf(env, marks, lexicon, shell, () => page.articleDate);
  const opening = composeCardOpening(env, shell, marks, page.articleDate, () => page.lang);
  let warmedUp = false;
  const readAll = () => {
    void reader.readAll().then(() => {
      // Once the page is read, quiet tasks prepare the card code; a page with nothing marked is spared the work.
      if (warmedUp || marks.marked.length === 0) return;
      warmedUp = true;
      const setTimer = (callback: () => void, ms: number) => env.timers.setTimeout(callback, ms);
      warmUpInQuietTasks(warmUpSteps(doc, page.lang), setTimer, env.measure, () => page.destroyed);
    });
  };
  const stopWatching = watchPage({
    win,
    ownHost: () => shell.hostElement,
    requestFrame: env.requestFrame,
    wrap: env.wrap,
    onChanges: (changes) => {
      if (!changes.urlChanged) return reader.readChanges(changes, opening.closeIfGone);
      // Another article under the same document (SPA navigation): its date may differ, and so may every card.
      page.articleDate = readArticleDate(doc, win.location.href, env.now());
      opening.cards.setArticleDate(page.articleDate);
      opening.hover.close();
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
    shell,
    hover: opening.hover,
    prefetch: (mention) => opening.cards.prefetch(mention),
    openMention: () => opening.cards.openMention,
    measure: env.measure,
    onPointerHandled: env.onPointerHandled,
  });
  const stop = () => {
    page.destroyed = true;
    reader.stop();
    stopWatching();
    opening.hover.close();
    marks.unpaint();
    shell.destroy();
  };
  return controlsOf({ marks, reader, lexicon, opening, readAll, stop, setLang: (lang) => (page.lang = lang) });
}

/** The reader of this page, with the article's date and language as each piece of text's context. */
function readerOf(
  env: FilledEnvironment,
  marks: PageMarks,
  lexicon: LexiconSupply,
  shell: CardShell,
  articleDate: () => ArticleDate,
): PageReader {
  const doc = env.win.document;
  return new PageReader({
    doc,
    marks,
    lexicon,
    scheduler: {
      now: env.clock,
      yieldToPage: pageYielder(env.win, (callback, ms) => env.timers.setTimeout(callback, ms)),
      measure: env.measure,
    },
    // With no date on the page, "today" serves the offices but must not choose rounds: dateKnown says so.
    context: (sample) => ({
      date: articleDate().date,
      dateKnown: articleDate().source !== 'today',
      lang: readPageLanguage(doc.documentElement.lang, () => sample),
    }),
    ownHost: () => shell.hostElement,
    report: env.report,
  });
}
