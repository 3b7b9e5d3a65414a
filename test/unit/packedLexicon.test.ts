import { describe, expect, it } from 'vitest';
import { loadBundledDataset } from '../../lib/dataset/bundled';
import { packLexicon, unpackLexicon } from '../../lib/match/packedLexicon';
import { lexiconSourceOf, type LexiconAlias } from '../../lib/match/source';
import { miniDataset } from '../fixtures/miniDataset';

describe('the packed lexicon the build ships', () => {
  it('unpacks to exactly the lexicon of the bundled data, every alias with its flags, kind and places', () => {
    const source = lexiconSourceOf(loadBundledDataset());
    const packed = packLexicon(source);
    expect(unpackLexicon(packed)).toEqual(source);
    // Smaller is the point: the content script carries it on every page.
    expect(JSON.stringify(packed).length).toBeLessThan(JSON.stringify(source).length * 0.75);
  });

  it('round-trips a small dataset and every combination of flags', () => {
    const source = lexiconSourceOf(miniDataset());
    const [first] = source.entities;
    const variants: LexiconAlias[] = [
      { text: 'TCG', lang: 'en', caseSensitive: true, kind: 'abbreviation' },
      { text: 'Kontaktgruppe', lang: 'de', needsContext: true },
      { text: 'Minsk I', lang: 'any', places: ['minsk', 'belarus'] },
      { text: 'Genf', lang: 'de', caseSensitive: true, needsContext: true, kind: 'metonym', places: ['geneva'] },
    ];
    const withVariants = {
      ...source,
      entities: first ? [{ ...first, aliases: variants }] : [],
    };
    expect(unpackLexicon(packLexicon(withVariants))).toEqual(withVariants);
  });

  it('refuses an alias that contains the separator, so the build fails instead of shipping it garbled', () => {
    const source = lexiconSourceOf(miniDataset());
    const [first] = source.entities;
    const broken = {
      ...source,
      entities: first ? [{ ...first, aliases: [{ text: 'A|B', lang: 'en' as const }] }] : [],
    };
    expect(() => packLexicon(broken)).toThrow('may not contain "|"');
  });
});
