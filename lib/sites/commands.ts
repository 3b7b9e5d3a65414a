/** The manifest's keyboard commands; the browser's shortcut page lets the reader change their keys. */
export const COMMANDS = {
  'next-mention': { direction: 'next', suggestedKey: 'Alt+Shift+J' },
  'previous-mention': { direction: 'previous', suggestedKey: 'Alt+Shift+K' },
} as const;

export type CommandName = keyof typeof COMMANDS;

export function commandDirection(command: string): 'next' | 'previous' | null {
  return command in COMMANDS ? COMMANDS[command as CommandName].direction : null;
}

/** The longest entity id a content command may carry (ids are short slugs; a longer one is no id of ours). */
export const MAX_COMMAND_ID_LENGTH = 200;

/** Written to storage.local when the dataset changes; content scripts watch it and re-read their lexicon. */
export const DATASET_REVISION_KEY = 'datasetRevision';
