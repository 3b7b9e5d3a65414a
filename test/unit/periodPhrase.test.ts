import { describe, expect, it } from 'vitest';
import { periodAfter, periodBefore, periodWithin } from '../../lib/time/periodPhrase';

/** Times written into event phrases, read from the end (or start) of the phrase. */
const after = (text: string, articleDate?: string) => periodAfter(text, 0, articleDate)?.period;
const before = (text: string, articleDate?: string) => periodBefore(text, text.length, articleDate)?.period;

describe('a time written after an event phrase', () => {
  it('reads years, seasons, months and days in both languages', () => {
    expect(after(' in 2022')).toEqual({ from: '2022-01-01', to: '2022-12-31' });
    expect(after(' of 2022')).toEqual({ from: '2022-01-01', to: '2022-12-31' });
    expect(after(' im Frühjahr 2022')).toEqual({ from: '2022-03-01', to: '2022-05-31' });
    expect(after(' in the spring of 2022')).toBeUndefined();
    expect(after(' in April 2022')).toEqual({ from: '2022-04-01', to: '2022-04-30' });
    expect(after(' im Februar 2024')).toEqual({ from: '2024-02-01', to: '2024-02-29' });
    expect(after(' am 16. Mai 2025')).toEqual({ from: '2025-05-16', to: '2025-05-16' });
    expect(after(' on May 16, 2025')).toEqual({ from: '2025-05-16', to: '2025-05-16' });
  });

  it('places a month or day without a year in its latest occurrence up to the article', () => {
    expect(after(' im August', '2025-09-10')).toEqual({ from: '2025-08-01', to: '2025-08-31' });
    expect(after(' in December', '2025-09-10')).toEqual({ from: '2024-12-01', to: '2024-12-31' });
    expect(after(' im August')).toBeUndefined();
  });

  it('reads a year right after the head, and refuses impossible days and words that only look like months', () => {
    expect(after(' 2022')).toEqual({ from: '2022-01-01', to: '2022-12-31' });
    expect(after(' may resume')).toBeUndefined();
    expect(after(' am 31. April 2025')).toBeUndefined();
    expect(after(' at Mar-a-Lago')).toBeUndefined();
  });
});

describe('a time written before or inside an event phrase', () => {
  it('reads "2022 Istanbul talks", "the May 16 meeting", "the August meeting"', () => {
    expect(before('the 2022 ')).toEqual({ from: '2022-01-01', to: '2022-12-31' });
    expect(before('the May 16 ', '2025-06-01')).toEqual({ from: '2025-05-16', to: '2025-05-16' });
    expect(before('the August ', '2025-09-01')).toEqual({ from: '2025-08-01', to: '2025-08-31' });
    const text = 'negotiations in Istanbul in 2022';
    expect(periodWithin(text, 0, text.length, undefined)).toEqual({ from: '2022-01-01', to: '2022-12-31' });
  });
});
