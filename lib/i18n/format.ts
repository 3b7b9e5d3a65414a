import type { IsoDate, Language, PartialDate } from '../dataset/schema';

/** Formatting and language choice without any dictionary: the content script imports only these and the card strings. */

/** The language the reader chose, or the browser's. */
export function resolveLanguage(setting: Language | 'browser', navigatorLanguage: string | undefined): Language {
  return setting === 'browser' ? browserLanguage(navigatorLanguage) : setting;
}

/** German for a German browser, English for every other. */
export function browserLanguage(navigatorLanguage: string | undefined): Language {
  return navigatorLanguage?.toLowerCase().startsWith('de') ? 'de' : 'en';
}

/** Building an Intl formatter costs far more than using one; the popup's timeline formats a hundred dates at once. */
const formatters = new Map<string, Intl.DateTimeFormat>();
function formatter(lang: Language, withDay: boolean): Intl.DateTimeFormat {
  const key = `${lang}-${withDay}`;
  let cached = formatters.get(key);
  if (!cached) {
    cached = new Intl.DateTimeFormat(lang === 'de' ? 'de-DE' : 'en-GB', { ...(withDay ? { day: 'numeric' } : {}), month: 'long', year: 'numeric', timeZone: 'UTC' });
    formatters.set(key, cached);
  }
  return cached;
}

/** A date in the reader's language, e.g. "21. Juli 2025" / "21 July 2025". */
export function formatDate(date: IsoDate, lang: Language): string {
  return formatter(lang, true).format(new Date(`${date}T00:00:00Z`));
}

/** A fact's date at its own precision: "Juli 2025", "2012" or "21. Juli 2025". */
export function formatPartialDate(date: PartialDate, lang: Language): string {
  const parts = date.split('-');
  if (parts.length === 3) return formatDate(date, lang);
  if (parts.length === 1) return date;
  return formatter(lang, false).format(new Date(`${date}-01T00:00:00Z`));
}
