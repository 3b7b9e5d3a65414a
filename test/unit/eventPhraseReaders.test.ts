import { describe, expect, it } from 'vitest';
import { ordinalBefore, peopleBefore, topicBefore, venueAfter, venueInClause } from '../../lib/match/eventPhrase';
import type { Mention } from '../../lib/match/mention';

/** The readers of one clue each around an event phrase's head noun, on hand-written text. */
const mention = (text: string, surface: string, entityId: string, type: Mention['type']): Mention => {
  const start = text.indexOf(surface);
  return { entityId, type, start, end: start + surface.length, surface };
};

describe('ordinalBefore', () => {
  it('reads an ordinal up to a few words before the head, in either language', () => {
    const german = 'die dritte neue Runde';
    expect(ordinalBefore(german, german.indexOf('Runde'))).toEqual({ ordinal: 3, start: german.indexOf('dritte') });
    const english = 'the first known trilateral talks';
    expect(ordinalBefore(english, english.indexOf('talks'))?.ordinal).toBe(1);
  });

  it('leaves an ordinal that counts days, or stands before punctuation, alone', () => {
    const days = 'am zweiten Tag der Verhandlungen';
    expect(ordinalBefore(days, days.indexOf('Verhandlungen'))).toBeUndefined();
    const clause = 'the second, talks';
    expect(ordinalBefore(clause, clause.indexOf('talks'))).toBeUndefined();
  });
});

describe('peopleBefore', () => {
  it('reads the persons glued before a head by hyphens and dashes', () => {
    const text = 'the Trump-Putin summit';
    const persons = [mention(text, 'Trump', 'trump', 'person'), mention(text, 'Putin', 'putin', 'person')];
    expect(peopleBefore(text.indexOf('summit'), persons, text)).toEqual(['trump', 'putin']);
  });
});

describe('venues', () => {
  it('finds the venue after a head, past a descriptor', () => {
    const text = 'talks in the Turkish city of Istanbul';
    const istanbul = mention(text, 'Istanbul', 'istanbul', 'place');
    expect(venueAfter(text, 'talks'.length, [istanbul])).toBe(istanbul);
  });

  it('finds a venue later in the same clause only after in/im/at', () => {
    const text = 'Die ersten Verhandlungen fanden im März in Istanbul statt';
    const istanbul = mention(text, 'Istanbul', 'istanbul', 'place');
    const headEnd = text.indexOf('Verhandlungen') + 'Verhandlungen'.length;
    expect(venueInClause(text, headEnd, [istanbul])).toBe(istanbul);
    const other = 'Die ersten Verhandlungen, dann Istanbul';
    expect(venueInClause(other, headEnd, [mention(other, 'Istanbul', 'istanbul', 'place')])).toBeUndefined();
  });
});

describe('topicBefore', () => {
  it('takes a capitalised word before a lower-case head for the subject of other talks', () => {
    const text = 'He spoke of the Syria talks';
    expect(topicBefore(text, text.indexOf('talks'), 'talks')).toBe(true);
    expect(topicBefore('Syrien-Gespräche', 'Syrien-'.length, 'Gespräche')).toBe(true);
  });

  it('reads no topic at a sentence start or in a headline', () => {
    const start = 'It ended. Syria talks';
    expect(topicBefore(start, start.indexOf('talks'), 'talks')).toBe(false);
    const headline = 'New Syria Talks';
    expect(topicBefore(headline, headline.indexOf('Talks'), 'Talks')).toBe(false);
  });
});
