import type { Language } from '../dataset/schema';

// Frequent function words: a cheap, reliable vote between German and English.
const GERMAN =
  /(?<![\p{L}])(?:der|die|das|und|nicht|mit|sich|auf|für|ist|dem|den|ein|eine|wurde|auch|nach)(?![\p{L}])/giu;
const ENGLISH = /(?<![\p{L}])(?:the|and|of|to|in|is|that|with|for|was|on|said|has|have|by|from)(?![\p{L}])/giu;

/** The language of a text by its function words; English when the vote is tied or the text is empty. */
export function detectLanguage(text: string): Language {
  const sample = text.slice(0, 20_000);
  const german = sample.match(GERMAN)?.length ?? 0;
  const english = sample.match(ENGLISH)?.length ?? 0;
  return german > english ? 'de' : 'en';
}

/** The page's declared language when it is German or English, else what its text says. */
export function readPageLanguage(declared: string | null | undefined, text: () => string): Language {
  const code = declared?.trim().toLowerCase().slice(0, 2);
  if (code === 'de' || code === 'en') return code;
  return detectLanguage(text());
}
