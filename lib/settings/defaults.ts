import type { Settings } from './schema';

/**
 * The defaults as plain data, for the content script, which carries no Zod
 * (size budget) and must still work when the background cannot answer.
 * A unit test checks they equal what the schema produces from nothing.
 */
export const FALLBACK_SETTINGS: Settings = {
  language: 'browser',
  sites: { enabled: [], disabled: [] },
  pausedUntil: null,
  categories: { persons: true, statesAndOrganisations: true, rounds: true, places: true, terms: true },
  marking: 'first',
  highlightStyle: 'underline',
  cardTrigger: 'hover',
  hoverDelayMs: 300,
};
