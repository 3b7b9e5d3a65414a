import { describe, expect, it } from 'vitest';
import { dictionaries, formatDate, formatPartialDate, translator } from '../../lib/i18n';
import deLocale from '../../public/_locales/de/messages.json';
import enLocale from '../../public/_locales/en/messages.json';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1]).sort();

describe('UI dictionaries', () => {
  it('have the same keys, none empty, with the same placeholders in both languages', () => {
    expect(Object.keys(dictionaries.de).sort()).toEqual(Object.keys(dictionaries.en).sort());
    for (const [key, english] of Object.entries(dictionaries.en)) {
      const german = dictionaries.de[key as keyof typeof dictionaries.de];
      expect(german.trim(), key).not.toBe('');
      expect(placeholders(german), key).toEqual(placeholders(english));
    }
  });

  it('fill placeholders', () => {
    expect(translator('de')('card.roleOn', { date: '21. Juli 2025' })).toBe('Amt am 21. Juli 2025');
    expect(translator('en')('card.roleOn', { date: '21 July 2025' })).toBe('Role on 21 July 2025');
  });

  it('format dates for the reader’s language', () => {
    expect(formatDate('2025-07-21', 'de')).toBe('21. Juli 2025');
    expect(formatDate('2025-07-21', 'en')).toBe('21 July 2025');
    expect(formatPartialDate('2025-03', 'de')).toBe('März 2025');
    expect(formatPartialDate('2012', 'en')).toBe('2012');
  });

  it('format every day and month of several years exactly as Intl does', () => {
    for (const lang of ['de', 'en'] as const) {
      const locale = lang === 'de' ? 'de-DE' : 'en-GB';
      const withDay = new Intl.DateTimeFormat(locale, {
        day: 'numeric',
        month: 'long',
        year: 'numeric',
        timeZone: 'UTC',
      });
      const monthOnly = new Intl.DateTimeFormat(locale, { month: 'long', year: 'numeric', timeZone: 'UTC' });
      for (let day = Date.UTC(2014, 0, 1); day < Date.UTC(2027, 0, 1); day += 86_400_000) {
        const iso = new Date(day).toISOString().slice(0, 10);
        expect(formatDate(iso, lang), iso).toBe(withDay.format(new Date(day)));
        if (iso.endsWith('-01'))
          expect(formatPartialDate(iso.slice(0, 7), lang), iso).toBe(monthOnly.format(new Date(day)));
      }
    }
  });
});

describe('manifest locales', () => {
  it('have the same keys in German and English', () => {
    expect(Object.keys(deLocale).sort()).toEqual(Object.keys(enLocale).sort());
  });
});
