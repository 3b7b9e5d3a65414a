import { describe, expect, it } from 'vitest';
import { compileLexicon } from '../../lib/match/lexicon';
import { findMentions } from '../../lib/match/matcher';
import { miniDataset } from '../fixtures/miniDataset';
import { lexiconSourceOf } from '../../lib/match/source';

const lexicon = compileLexicon(lexiconSourceOf(miniDataset()));
const found = (text: string) =>
  findMentions(lexicon, text, { date: '2025-06-02', lang: 'de' }).map(({ entityId, surface }) => [entityId, surface]);

describe('findMentions', () => {
  it('finds German and English spellings of the same person', () => {
    expect(found('Selenskyj traf Zelenskyy? Nein: Selenskij und Zelensky.')).toEqual([
      ['zelensky', 'Selenskyj'],
      ['zelensky', 'Zelenskyy'],
      ['zelensky', 'Selenskij'],
      ['zelensky', 'Zelensky'],
    ]);
  });

  it('prefers the longest alias at a position', () => {
    expect(found('Präsident Wladimir Putin sagte')).toEqual([['putin', 'Wladimir Putin']]);
  });

  it('includes German endings in the span but not the English possessive', () => {
    expect(found("Selenskyjs Berater und Putin’s envoy, Umerov's team")).toEqual([
      ['zelensky', 'Selenskyjs'],
      ['putin', 'Putin'],
      ['umerov', 'Umerov'],
    ]);
  });

  it('respects word boundaries', () => {
    expect(found('Putinismus und Umerowski sind keine Namen')).toEqual([]);
  });

  it('matches case-sensitive aliases only with their capital letter', () => {
    expect(found('the word putin in lower case; Putin in upper')).toEqual([['putin', 'Putin']]);
  });

  it('reports offsets into the original text', () => {
    const text = 'Gespräch mit Rustem Umjerow.';
    const [mention] = findMentions(lexicon, text, { date: '2025-06-02', lang: 'de' });
    expect(mention && text.slice(mention.start, mention.end)).toBe('Rustem Umjerow');
  });
});
