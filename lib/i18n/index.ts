import type { Language } from '../dataset/schema';
import { de } from './de';
import { en, type MessageKey } from './en';
import { fill } from './fill';

export type { MessageKey };
export type { CardMessageKey, CardTranslate } from './cardTranslator';
export { browserLanguage, formatDate, formatPartialDate, resolveLanguage } from './format';

export const dictionaries: Record<Language, Record<MessageKey, string>> = { de, en };

export type Translate = (key: MessageKey, params?: Record<string, string | number>) => string;

/** A translator bound to one language; `{name}` placeholders are filled from `params`. */
export function translator(lang: Language): Translate {
  const dictionary = dictionaries[lang];
  return (key, params = {}) => fill(dictionary[key], params);
}
