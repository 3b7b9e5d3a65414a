import type { Language } from '../dataset/schema';
import { deCard } from './card.de';
import { enCard, type CardMessageKey } from './card.en';
import { fill } from './fill';

export type { CardMessageKey };

/** A translator for the card strings only. A full translator is one too: it takes every key. */
export type CardTranslate = (key: CardMessageKey, params?: Record<string, string | number>) => string;

const cardDictionaries: Record<Language, Record<CardMessageKey, string>> = { de: deCard, en: enCard };

export function cardTranslator(lang: Language): CardTranslate {
  const dictionary = cardDictionaries[lang];
  return (key, params = {}) => fill(dictionary[key], params);
}
