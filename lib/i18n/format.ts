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

/**
 * Month names written out rather than asked of Intl.DateTimeFormat: building
 * the first such formatter in a page loads the locale's date patterns, a
 * single task of 15–30 ms measured in the content script, the longest it had.
 * Two languages and two shapes are all the cards need; a test checks every
 * day against Intl.
 */
const MONTHS: Record<Language, readonly string[]> = {
  en: [
    'January',
    'February',
    'March',
    'April',
    'May',
    'June',
    'July',
    'August',
    'September',
    'October',
    'November',
    'December',
  ],
  de: [
    'Januar',
    'Februar',
    'März',
    'April',
    'Mai',
    'Juni',
    'Juli',
    'August',
    'September',
    'Oktober',
    'November',
    'Dezember',
  ],
};

function monthYear(year: string, month: string, lang: Language): string {
  return `${MONTHS[lang][Number(month) - 1] ?? month} ${year}`;
}

/** A date in the reader's language, e.g. "21. Juli 2025" / "21 July 2025". */
export function formatDate(date: IsoDate, lang: Language): string {
  const [year = '', month = '', day = ''] = date.split('-');
  return `${Number(day)}${lang === 'de' ? '.' : ''} ${monthYear(year, month, lang)}`;
}

/** A fact's date at its own precision: "Juli 2025", "2012" or "21. Juli 2025". */
export function formatPartialDate(date: PartialDate, lang: Language): string {
  const parts = date.split('-');
  if (parts.length === 3) return formatDate(date, lang);
  if (parts.length === 1) return date;
  return monthYear(parts[0] ?? '', parts[1] ?? '', lang);
}
