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

/** The locale each reader language formats with: German as in Germany, English as in Britain (day before month). */
export function localeOf(lang: Language): string {
  return lang === 'de' ? 'de-DE' : 'en-GB';
}

/**
 * Intl formatters, one per language and shape, made once per page. The first
 * Intl object a page builds loads the locale's data, a long task of its own
 * (tens of milliseconds in the content script); each further construction
 * still costs far more than formatting with one already made, and a card or a
 * list formats a number per figure.
 */
const numberFormats = new Map<string, Intl.NumberFormat>();
const dateTimeFormats = new Map<string, Intl.DateTimeFormat>();
const collators = new Map<Language, Intl.Collator>();

function cached<K, T>(cache: Map<K, T>, key: K, make: () => T): T {
  let value = cache.get(key);
  if (value === undefined) {
    value = make();
    cache.set(key, value);
  }
  return value;
}

/** A number format for the language, made on first use; equal options (compared as JSON) share one. */
export function numberFormat(lang: Language, options?: Intl.NumberFormatOptions): Intl.NumberFormat {
  return cached(
    numberFormats,
    options ? `${lang} ${JSON.stringify(options)}` : lang,
    () => new Intl.NumberFormat(localeOf(lang), options),
  );
}

/** A date-and-time format for the language, made on first use. */
export function dateTimeFormat(lang: Language, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  return cached(
    dateTimeFormats,
    `${lang} ${JSON.stringify(options)}`,
    () => new Intl.DateTimeFormat(localeOf(lang), options),
  );
}

/** One collator per language: localeCompare with a locale builds a collator on every comparison. */
export function collatorOf(lang: Language): Intl.Collator {
  return cached(collators, lang, () => new Intl.Collator(lang));
}

/** A whole number or decimal as the reader writes it: "1.000" / "1,000". */
export function formatNumber(value: number, lang: Language): string {
  return numberFormat(lang).format(value);
}

/**
 * Makes the number format the cards use and formats with it once, so that a
 * quiet moment pays for loading the locale's data rather than the task that
 * opens the first card with figures. Idempotent and cheap after the first call.
 */
export function warmFormatters(lang: Language): void {
  formatNumber(1000.5, lang);
}
