import { z } from '../schema/z';

/**
 * All settings, one schema. Each field carries its own default and `.catch`,
 * so a value from an older or newer version, or a hand-edited one, falls back
 * for that field alone; the rest of the reader's choices survive.
 */
export const SettingsSchema = z.object({
  language: z.enum(['browser', 'de', 'en']).default('browser').catch('browser'),
});
export type Settings = z.infer<typeof SettingsSchema>;
export type LanguageSetting = Settings['language'];

export const DEFAULT_SETTINGS: Settings = SettingsSchema.parse({});

export function parseSettings(raw: unknown): Settings {
  const record = raw && typeof raw === 'object' && !Array.isArray(raw) ? raw : {};
  return SettingsSchema.parse(record);
}

export { resolveLanguage } from '../i18n';
