import { z } from '../schema/z';
import { migrateSettings } from './migrations';

/**
 * All settings, one schema. Each field carries its own default and `.catch`,
 * so a value from an older or newer version, or a hand-edited one, falls back
 * for that field alone; the rest of the reader's choices survive.
 */
const flag = (fallback: boolean) => z.boolean().default(fallback).catch(fallback);

/** A site as the reader names it: a host name, lower case, without "www.". */
export const SiteHostSchema = z
  .string()
  .max(253)
  .regex(/^(?=.{1,253}$)(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)*[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/);
export type SiteHost = z.infer<typeof SiteHostSchema>;

/** A list of hosts where one bad entry is dropped, not the whole list. */
const hostList = z
  .array(z.unknown())
  .transform((entries) => [
    ...new Set(entries.flatMap((entry) => (SiteHostSchema.safeParse(entry).success ? [entry as string] : []))),
  ])
  .default([])
  .catch([]);

export const CategorySchema = z.enum(['persons', 'statesAndOrganisations', 'rounds', 'places', 'terms']);
export type Category = z.infer<typeof CategorySchema>;
export const CATEGORIES = CategorySchema.options;

/** The longest pause the settings accept: the pause buttons set one hour; anything beyond a day is a wrong clock or corruption. */
export const MAX_PAUSE_MS = 24 * 60 * 60 * 1000;

/** The stored end of a pause as this device reads it at `now`: null when there is none or it lies too far ahead. */
export function pauseWithinLimit(until: number | null, now: number): number | null {
  return until !== null && until - now <= MAX_PAUSE_MS ? until : null;
}

export const HOVER_DELAY = { min: 100, max: 1500, step: 50, fallback: 300 } as const;

export const SettingsSchema = z.object({
  language: z.enum(['browser', 'de', 'en']).default('browser').catch('browser'),
  sites: z
    .object({
      /** Sites beyond the curated news list where the reader switched the extension on (with their permission). */
      enabled: hostList,
      /** Sites where the reader switched it off, curated ones included. */
      disabled: hostList,
    })
    .default({ enabled: [], disabled: [] })
    .catch({ enabled: [], disabled: [] }),
  /**
   * Epoch milliseconds until which the extension rests everywhere; null when it is not paused.
   * A value more than MAX_PAUSE_MS ahead of this device's clock (a synced device with a wrong
   * clock, a corrupted record) is invalid and read as no pause, not clamped: a clamp would move
   * with the clock and never end.
   */
  pausedUntil: z
    .number()
    .int()
    .nonnegative()
    .nullable()
    .transform((until) => pauseWithinLimit(until, Date.now()))
    .default(null)
    .catch(null),
  categories: z
    .object({
      persons: flag(true),
      statesAndOrganisations: flag(true),
      rounds: flag(true),
      places: flag(true),
      terms: flag(true),
    })
    .default({ persons: true, statesAndOrganisations: true, rounds: true, places: true, terms: true })
    .catch({ persons: true, statesAndOrganisations: true, rounds: true, places: true, terms: true }),
  /** Mark only the first mention of each name (quiet) or every one. */
  marking: z.enum(['first', 'all']).default('first').catch('first'),
  highlightStyle: z.enum(['underline', 'background', 'none']).default('underline').catch('underline'),
  /** How a card opens: on hover, on hover while Shift is held, or on click. */
  cardTrigger: z.enum(['hover', 'hover-modifier', 'click']).default('hover').catch('hover'),
  hoverDelayMs: z
    .number()
    .int()
    .min(HOVER_DELAY.min)
    .max(HOVER_DELAY.max)
    .default(HOVER_DELAY.fallback)
    .catch(HOVER_DELAY.fallback),
});
export type Settings = z.infer<typeof SettingsSchema>;
export type LanguageSetting = Settings['language'];
export type HighlightStyle = Settings['highlightStyle'];
export type CardTrigger = Settings['cardTrigger'];
export type Marking = Settings['marking'];

export const DEFAULT_SETTINGS: Settings = SettingsSchema.parse({});

/** Reads whatever storage holds (any version, any shape) as valid settings. */
export function parseSettings(raw: unknown): Settings {
  const record = raw && typeof raw === 'object' && !Array.isArray(raw) ? (raw as Record<string, unknown>) : {};
  return SettingsSchema.parse(migrateSettings(record));
}

export { resolveLanguage } from '../i18n/format';
