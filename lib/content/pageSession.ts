import type { Language } from '../dataset/schema';
import { resolveLanguage } from '../i18n/format';
import type { LexiconSource } from '../match/source';
import type { ContentCommand } from '../messaging/protocol';
import type { MentionType } from '../match/matcher';
import type { Settings } from '../settings/schema';
import { FALLBACK_SETTINGS } from '../settings/defaults';
import { pageState, siteAccess, siteHostOf, type PageState } from '../sites/access';
import { shownMentions } from '../page/marking';
import { startOverlay, type OverlayEnvironment, type RunningOverlay } from './startOverlay';
import { listedSurface } from '../page/surface';
import { safeDelay } from '../time/safeDelay';
import { MAX_COMMAND_ID_LENGTH } from '../sites/commands';

export interface PageSessionEnvironment extends Omit<
  OverlayEnvironment,
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

export interface PageMentionSummary {
  entityId: string;
  type: MentionType;
  /** As the page writes it, first time. */
  surface: string;
  count: number;
  rounds?: string[];
}

export interface PageSession {
  overlay: RunningOverlay;
  /** Settings or dataset changed somewhere: read them again and apply. */
  refreshSettings(): Promise<void>;
  refreshLexicon(): Promise<void>;
  /** Answers the background's and the popup's commands; undefined for messages that are not ours. */
  handleCommand(command: unknown):
    | {
        ok: true;
        state: PageState;
        mentions?: PageMentionSummary[];
        found?: boolean;
        diagnostics?: Record<string, unknown>;
      }
    | undefined;
  destroy(): void;
}

/**
 * The content script's messages carry no Zod; this narrows them by hand, refusing anything unexpected.
 * It mirrors `ContentCommandSchema`; test/unit/contentCommand.test.ts holds the two to the same answers.
 */
export function asCommand(message: unknown): ContentCommand | null {
  if (!message || typeof message !== 'object' || !('type' in message)) return null;
  const { type } = message as { type: unknown };
  if (type === 'page-mentions') return { type };
  if (type === 'step-mention') {
    const direction = (message as { direction?: unknown }).direction;
    return direction === 'next' || direction === 'previous' ? { type, direction } : null;
  }
  if (type === 'show-mention') {
    const entityId = (message as { entityId?: unknown }).entityId;
    return typeof entityId === 'string' && entityId.length <= MAX_COMMAND_ID_LENGTH ? { type, entityId } : null;
  }
  return null;
}

/**
 * One page's life with the extension: reads the settings and the site's
 * state, runs the overlay when the site is on and not paused, follows every
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

  const overlay = startOverlay({
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
    overlay.setDisplay(settings);
    overlay.setActive(state === 'active');
    env.reportState(state, overlay.shownCount());
    schedulePauseEnd();
    await overlay.setLanguage(language());
  };
  schedulePauseEnd();

  const refreshLexicon = async () => overlay.replaceLexicon((await env.loadLexicon()) ?? env.bundledLexicon);
  // An imported dataset brings its own names.
  void refreshLexicon();

  return {
    overlay,
    async refreshSettings() {
      settings = (await env.loadSettings()) ?? settings;
      await apply();
    },
    refreshLexicon,
    handleCommand(message) {
      if (env.diagnostics && (message as { type?: unknown } | null)?.type === 'diagnostics') {
        return {
          ok: true,
          state,
          diagnostics: {
            ...env.diagnostics(),
            mentions: overlay.mentions().length,
            scansRunning: overlay.scansRunning(),
            marked: overlay.marked().length,
            shown: overlay.shownCount(),
          },
        };
      }
      const command = asCommand(message);
      if (!command) return undefined;
      if (command.type === 'step-mention')
        return { ok: true, state, found: state === 'active' && overlay.step(command.direction) !== null };
      if (command.type === 'show-mention') return { ok: true, state, found: overlay.show(command.entityId) !== null };
      const summaries = new Map<string, PageMentionSummary>();
      for (const mention of state === 'active' ? shownMentions(overlay.mentions(), settings) : []) {
        const known = summaries.get(mention.entityId);
        if (known) known.count += 1;
        else
          summaries.set(mention.entityId, {
            entityId: mention.entityId,
            type: mention.type,
            surface: listedSurface(mention.surface),
            count: 1,
            ...(mention.rounds ? { rounds: mention.rounds } : {}),
          });
      }
      return { ok: true, state, mentions: [...summaries.values()] };
    },
    destroy() {
      if (pauseTimer !== null) env.timers.clearTimeout(pauseTimer);
      overlay.destroy();
    },
  };
}
