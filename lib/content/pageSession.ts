import type { Language } from '../dataset/schema';
import { resolveLanguage } from '../i18n/format';
import type { LexiconSource } from '../match/source';
import type { Settings } from '../settings/schema';
import { FALLBACK_SETTINGS } from '../settings/defaults';
import { pageState, siteAccess, siteHostOf, type PageState } from '../sites/access';
import { answerCommand, type CommandAnswer } from './pageCommands';
import { startPageApp, type PageApp, type PageAppEnvironment } from './pageApp';
import { safeDelay } from '../time/safeDelay';

export interface PageSessionEnvironment extends Omit<
  PageAppEnvironment,
  'lang' | 'display' | 'active' | 'onCount' | 'lexicon'
> {
  bundledLexicon: LexiconSource;
  navigatorLanguage: string;
  curatedHosts: readonly string[];
  /** Validated settings from the background; null when it could not answer. */
  loadSettings: () => Promise<Settings | null>;
  /** The lexicon of an imported dataset, or null when the bundled one is current. */
  loadLexicon: () => Promise<LexiconSource | null>;
  /** Tells the toolbar icon what this tab shows. */
  reportState: (state: PageState, count: number) => void;
  /** Test build only: figures the harmlessness suite reads through the background. */
  diagnostics?: () => Record<string, unknown>;
}

export type { CommandAnswer, PageMentionSummary } from './pageCommands';
export { asCommand } from './pageCommands';

export interface PageSession {
  app: PageApp;
  /** Settings or dataset changed somewhere: read them again and apply. */
  refreshSettings(): Promise<void>;
  refreshLexicon(): Promise<void>;
  /** Answers the background's and the popup's commands; undefined for messages that are not ours. */
  handleCommand(command: unknown): CommandAnswer | undefined;
  destroy(): void;
}

/**
 * One page's life with the extension: reads the settings and the site's
 * state, runs the page app when the site is on and not paused, follows every
 * change to settings and dataset without a reload, and keeps the toolbar
 * badge in step.
 */
export async function startPageSession(env: PageSessionEnvironment): Promise<PageSession> {
  const host = siteHostOf(env.win.location.href) ?? '';
  let settings = (await env.loadSettings()) ?? FALLBACK_SETTINGS;
  let pauseTimer: number | null = null;
  const stateNow = (): PageState =>
    pageState(siteAccess(host, settings.sites, env.curatedHosts), settings, env.now().getTime());
  const language = (): Language => resolveLanguage(settings.language, env.navigatorLanguage);
  let state = stateNow();

  const app = startPageApp({
    ...env,
    lexicon: env.bundledLexicon,
    lang: language(),
    display: settings,
    active: state === 'active',
    onCount: (count) => env.reportState(state, count),
  });

  // A pause ends by itself: wake up when it does, so the page comes back without a reload.
  const schedulePauseEnd = () => {
    if (pauseTimer !== null) env.timers.clearTimeout(pauseTimer);
    pauseTimer = null;
    if (state !== 'paused' || settings.pausedUntil === null) return;
    pauseTimer = env.timers.setTimeout(() => void apply(), safeDelay(settings.pausedUntil - env.now().getTime() + 50));
  };
  const apply = async () => {
    state = stateNow();
    app.setDisplay(settings);
    app.setActive(state === 'active');
    env.reportState(state, app.shownCount());
    schedulePauseEnd();
    await app.setLanguage(language());
  };
  schedulePauseEnd();

  const refreshLexicon = async () => app.replaceLexicon((await env.loadLexicon()) ?? env.bundledLexicon);
  // An imported dataset brings its own names.
  void refreshLexicon();

  return {
    app,
    async refreshSettings() {
      settings = (await env.loadSettings()) ?? settings;
      await apply();
    },
    refreshLexicon,
    handleCommand: (message) => answerCommand(message, { app, state, settings, diagnostics: env.diagnostics }),
    destroy() {
      if (pauseTimer !== null) env.timers.clearTimeout(pauseTimer);
      app.destroy();
    },
  };
}
