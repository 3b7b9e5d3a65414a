/**
 * Folding makes "Selenskyj", "SELENSKYJ" and "Çırağan"/"Ciragan" compare equal
 * while remembering, for every folded character, where it came from in the
 * original text, so a match in folded text becomes a Range in the page.
 */
export interface FoldedText {
  text: string;
  /** `sourceIndex[i]` is the offset in the original of folded character i; one extra entry marks the end. */
  sourceIndex: number[];
}

const DASHES = /[\u2010-\u2015\u2212]/u;
const APOSTROPHES = /[\u2018\u2019\u201b\u02bc\u0060\u00b4]/u;
const COMBINING_MARK = /\p{M}/u;
// Soft hyphens and zero-width characters vanish from the folded text.
const INVISIBLE = new Set(['\u00ad', '\u200b', '\u200c', '\u200d', '\u2060', '\ufeff']);
const SPACES = /[\s\u00a0\u202f]/u;

function foldChar(char: string): string {
  if (INVISIBLE.has(char)) return '';
  if (SPACES.test(char)) return ' ';
  if (DASHES.test(char)) return '-';
  if (APOSTROPHES.test(char)) return "'";
  // Dotless ı has no decomposition; fold it by hand so Çırağan meets Ciragan.
  if (char === 'ı') return 'i';
  let folded = '';
  for (const part of char.normalize('NFKD')) {
    if (!COMBINING_MARK.test(part)) folded += part;
  }
  return folded.toLowerCase();
}

export function foldText(original: string): FoldedText {
  let text = '';
  const sourceIndex: number[] = [];
  let offset = 0;
  for (const char of original) {
    const folded = foldChar(char);
    for (let index = 0; index < folded.length; index++) sourceIndex.push(offset);
    text += folded;
    offset += char.length;
  }
  sourceIndex.push(offset);
  return { text, sourceIndex };
}

/** Folds an alias the same way as page text, without the offset map. */
export function foldAlias(alias: string): string {
  return foldText(alias).text;
}
