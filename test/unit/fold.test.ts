import { describe, expect, it } from 'vitest';
import { foldChar, foldText } from '../../lib/text/fold';

/** The definition, one code point at a time: what the fast paths must reproduce exactly. */
function foldByDefinition(original: string): { text: string; sourceIndex: number[] } {
  let text = '';
  const sourceIndex: number[] = [];
  for (let offset = 0; offset < original.length;) {
    const char = String.fromCodePoint(original.codePointAt(offset) ?? 0);
    const code = char.charCodeAt(0);
    const folded =
      code === 9 || code === 10 || code === 12 || code === 13 ? ' ' : code < 0x80 ? char.toLowerCase() : foldChar(char);
    text += folded;
    for (let index = 0; index < folded.length; index++) sourceIndex.push(offset);
    offset += char.length;
  }
  sourceIndex.push(original.length);
  return { text, sourceIndex };
}

/** Plain letters, line breaks, umlauts, ligatures, invisibles, dashes, an emoji, a lone surrogate, İ. */
const PIECES = [
  'a',
  'Z',
  ' ',
  '\n',
  '\t',
  'ä',
  'Ö',
  'ß',
  'ẞ',
  'Ç',
  'ı',
  'İ',
  'ﬁ',
  '…',
  '\u00ad',
  '\u200b',
  '–',
  '’',
  '½',
  '™',
  'Я',
  'ё',
  '🌟',
  '\ud83c',
  'Σ',
  'Putin',
  'Selenskyj',
];

/** A seeded generator, so a failure is reproducible. */
function* randomTexts(count: number, seed = 7): Generator<string> {
  let state = seed;
  const next = () => (state = (state * 1_103_515_245 + 12_345) % 2 ** 31);
  for (let text = 0; text < count; text++) {
    let value = '';
    const length = next() % 40;
    for (let piece = 0; piece < length; piece++) value += PIECES[next() % PIECES.length];
    yield value;
  }
}

describe('foldText against its definition', () => {
  it('gives the same folded text and offsets for mixed texts of every kind of character', () => {
    for (const text of randomTexts(2000)) {
      const { text: folded, sourceIndex } = foldText(text);
      expect({ text: folded, sourceIndex: [...sourceIndex] }, JSON.stringify(text)).toEqual(foldByDefinition(text));
    }
  });

  it('drops diacritics, case, soft hyphens and the ellipsis’ width, and maps a match back to the original words', () => {
    const original = 'ÇIRAĞAN Gespräche… mit Sel\u00adenskyj';
    const { text, sourceIndex } = foldText(original);
    expect(text).toBe('ciragan gesprache... mit selenskyj');
    const start = text.indexOf('selenskyj');
    expect(original.slice(sourceIndex[start], sourceIndex[start + 'selenskyj'.length])).toBe('Sel\u00adenskyj');
  });

  it('unifies typographic apostrophes and dashes', () => {
    expect(foldText('Putin’s Kreml–Sprecher').text).toBe("putin's kreml-sprecher");
  });
});
