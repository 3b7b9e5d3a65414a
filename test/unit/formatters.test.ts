import { describe, expect, it } from 'vitest';
import {
  collatorOf,
  dateTimeFormat,
  formatNumber,
  localeOf,
  numberFormat,
  warmFormatters,
} from '../../lib/i18n/format';

describe('the formatters kept per language', () => {
  it('format numbers as the reader writes them, as a fresh Intl.NumberFormat does', () => {
    expect(formatNumber(1200, 'de')).toBe('1.200');
    expect(formatNumber(1200, 'en')).toBe('1,200');
    for (const lang of ['de', 'en'] as const)
      for (const value of [0, 7, 1200, 2.5, 1234567.891])
        expect(formatNumber(value, lang)).toBe(new Intl.NumberFormat(localeOf(lang)).format(value));
  });

  it('make each formatter once per language and shape, so only the first use pays for it', () => {
    warmFormatters('de');
    const warmed = numberFormat('de');
    formatNumber(3, 'de');
    expect(numberFormat('de')).toBe(warmed);
    expect(numberFormat('en')).not.toBe(warmed);
    // Equal options share one formatter, whichever object carries them; other options get their own.
    expect(numberFormat('de', { maximumFractionDigits: 1 })).toBe(numberFormat('de', { maximumFractionDigits: 1 }));
    expect(numberFormat('de', { maximumFractionDigits: 1 })).not.toBe(warmed);
    expect(numberFormat('de', { maximumFractionDigits: 1 }).format(1.25)).toBe('1,3');
    const month = dateTimeFormat('en', { month: 'long', timeZone: 'UTC' });
    expect(dateTimeFormat('en', { month: 'long', timeZone: 'UTC' })).toBe(month);
    expect(month.format(new Date(Date.UTC(2001, 6, 1)))).toBe('July');
    expect(collatorOf('de')).toBe(collatorOf('de'));
    expect(['Zypern', 'Österreich', 'Albanien'].sort(collatorOf('de').compare)).toEqual([
      'Albanien',
      'Österreich',
      'Zypern',
    ]);
  });
});
