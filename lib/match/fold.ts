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

/** Non-ASCII characters recur (ä, é, –): fold each once. */
const foldedChars = new Map<string, string>();

function foldCached(char: string): string {
  let folded = foldedChars.get(char);
  if (folded === undefined) {
    folded = foldChar(char);
    foldedChars.set(char, folded);
  }
  return folded;
}

export function foldText(original: string): FoldedText {
  const parts: string[] = [];
  const sourceIndex: number[] = [];
  for (let offset = 0; offset < original.length; ) {
    const code = original.charCodeAt(offset);
    // Fast path for ASCII, which is most of any page: lower-case letters, spaces as one space.
    if (code < 0x80) {
      parts.push(code >= 65 && code <= 90 ? String.fromCharCode(code + 32) : code === 9 || code === 10 || code === 13 || code === 12 ? ' ' : original[offset] ?? '');
      sourceIndex.push(offset);
      offset++;
      continue;
    }
    const char = String.fromCodePoint(original.codePointAt(offset) ?? code);
    const folded = foldCached(char);
    for (let index = 0; index < folded.length; index++) sourceIndex.push(offset);
    parts.push(folded);
    offset += char.length;
  }
  sourceIndex.push(original.length);
  return { text: parts.join(''), sourceIndex };
}

/** Folds an alias the same way as page text, without the offset map. */
export function foldAlias(alias: string): string {
  return foldText(alias).text;
}
