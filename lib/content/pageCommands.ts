import type { ContentCommand } from '../messaging/protocol';
import type { MentionType } from '../match/matcher';
import { shownMentions } from '../page/marking';
import { listedSurface } from '../page/surface';
import type { Settings } from '../settings/schema';
import type { PageState } from '../sites/access';
import { MAX_COMMAND_ID_LENGTH } from '../sites/commands';
import type { PageApp } from './pageApp';

export interface PageMentionSummary {
  entityId: string;
  type: MentionType;
  /** As the page writes it, first time. */
  surface: string;
  count: number;
  rounds?: string[];
}

export interface CommandAnswer {
  ok: true;
  state: PageState;
  mentions?: PageMentionSummary[];
  found?: boolean;
  diagnostics?: Record<string, unknown>;
}

export interface CommandContext {
  app: PageApp;
  state: PageState;
  settings: Settings;
  /** Test build only: figures the harmlessness suite reads through the background. */
  diagnostics?: () => Record<string, unknown>;
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

/** Answers the background's and the popup's commands; undefined for messages that are not ours. */
export function answerCommand(
  message: unknown,
  { app, state, settings, diagnostics }: CommandContext,
): CommandAnswer | undefined {
  if (diagnostics && (message as { type?: unknown } | null)?.type === 'diagnostics') {
    const figures = { mentions: app.mentions().length, scansRunning: app.scansRunning() };
    return {
      ok: true,
      state,
      diagnostics: { ...diagnostics(), ...figures, marked: app.marked().length, shown: app.shownCount() },
    };
  }
  const command = asCommand(message);
  if (!command) return undefined;
  if (command.type === 'step-mention')
    return { ok: true, state, found: state === 'active' && app.step(command.direction) !== null };
  if (command.type === 'show-mention') return { ok: true, state, found: app.show(command.entityId) !== null };
  return { ok: true, state, mentions: summariesOf(state === 'active' ? shownMentions(app.mentions(), settings) : []) };
}

/** One row per entity for the popup's "on this page": how the page first writes it and how often. */
function summariesOf(mentions: ReturnType<PageApp['mentions']>): PageMentionSummary[] {
  const summaries = new Map<string, PageMentionSummary>();
  for (const mention of mentions) {
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
  return [...summaries.values()];
}
