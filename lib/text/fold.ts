/**
 * Folding makes "Selenskyj", "SELENSKYJ" and "Çırağan"/"Ciragan" compare equal
 * while remembering, for every folded character, where it came from in the
 * original text, so a match in folded text becomes a Range in the page.
 */
export interface FoldedText {
  text: string;
  /** `sourceIndex[i]` is the offset in the original of folded character i; one extra entry marks the end. Read only: it may be shared. */
  sourceIndex: Int32Array;
}

const DASHES = /[\u2010-\u2015\u2212]/u;
const APOSTROPHES = /[\u2018\u2019\u201b\u02bc\u0060\u00b4]/u;
const COMBINING_MARK = /\p{M}/u;
// Soft hyphens and zero-width characters vanish from the folded text.
const INVISIBLE = new Set(['\u00ad', '\u200b', '\u200c', '\u200d', '\u2060', '\ufeff']);
const SPACES = /[\s\u00a0\u202f]/u;

/** One character (a code point) folded: what the page's text and the aliases are compared as. */
export function foldChar(char: string): string {
  if (INVISIBLE.has(char)) return '';
  if (SPACES.test(char)) return ' ';
  if (DASHES.test(char)) return '-';
  if (APOSTROPHES.test(char)) return "'";
  // Dotless ı has no decomposition; fold it by hand so Çırağan meets Ciragan.
  if (char === 'ı') return 'i';
  // Spelling before 1996 (and in Swiss print, ss throughout): "Weißrußland" is "Weißrussland".
  if (char === 'ß' || char === 'ẞ') return 'ss';
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

/** Whitespace that folds to a space: tab, line feed, form feed, carriage return. */
const isFoldedSpace = (code: number) => code === 9 || code === 10 || code === 12 || code === 13;

/**
 * Folds a whole text. This runs on every character a page shows, so the
 * common case takes a few native passes over the whole text; only a text whose
 * lower-casing changes its length goes character by character.
 */
export function foldText(original: string): FoldedText {
  return foldWithNativeCalls(original) ?? foldInRuns(original);
}

const FOLDED_SPACES = /[\t\n\f\r]/g;
const NON_ASCII = /[\u0080-\uffff]/g;
const isSurrogate = (code: number) => code >= 0xd800 && code <= 0xdfff;
const isHighSurrogate = (code: number) => code >= 0xd800 && code <= 0xdbff;

/** 0, 1, 2, …: one shared array, handed out as read-only views, so a text that folds evenly costs no offset map of its own. */
let identity = new Int32Array(0);

function identityMap(length: number): Int32Array {
  if (identity.length < length) {
    identity = new Int32Array(Math.max(length, identity.length * 2, 4096));
    for (let offset = 0; offset < identity.length; offset++) identity[offset] = offset;
  }
  return identity.subarray(0, length);
}

/**
 * The common case in a few native passes: lower-case the whole text, turn
 * line breaks into spaces, and fold only the non-ASCII characters in a
 * callback. Where a character folds to other than one character (a soft
 * hyphen to none, "…" to three), its offset is noted, and the offset map is
 * the identity between those notes. Null when lower-casing itself changes the
 * length (a dotted capital İ), which the slower path takes.
 */
function foldWithNativeCalls(original: string): FoldedText | null {
  const lower = original.toLowerCase();
  if (lower.length !== original.length) return null;
  // [offset in the original, length of its folded form], in order.
  const uneven: number[] = [];
  const text = lower.replace(FOLDED_SPACES, ' ').replace(NON_ASCII, (_char: string, offset: number) => {
    const code = original.charCodeAt(offset);
    let folded: string;
    if (!isSurrogate(code)) folded = foldCached(original.charAt(offset));
    // A character outside the BMP is folded whole at its first half; its second half folds to nothing.
    else if (isHighSurrogate(code)) folded = foldCached(String.fromCodePoint(original.codePointAt(offset) ?? code));
    else folded = isHighSurrogate(original.charCodeAt(offset - 1)) ? '' : foldCached(original.charAt(offset));
    if (folded.length !== 1) uneven.push(offset, folded.length);
    return folded;
  });
  if (uneven.length === 0) return { text, sourceIndex: identityMap(text.length + 1) };
  const sourceIndex = new Int32Array(text.length + 1);
  let foldedAt = 0;
  let originalAt = 0;
  for (let note = 0; note < uneven.length; note += 2) {
    const offset = uneven[note] ?? 0;
    const length = uneven[note + 1] ?? 0;
    while (originalAt < offset) sourceIndex[foldedAt++] = originalAt++;
    for (let index = 0; index < length; index++) sourceIndex[foldedAt++] = offset;
    originalAt = offset + 1;
  }
  while (originalAt <= original.length) sourceIndex[foldedAt++] = originalAt++;
  return { text, sourceIndex };
}

/**
 * The slow path, for texts whose lower-casing changes their length: plain
 * ASCII in runs (one `toLowerCase()` per run), every other character folded
 * on its own.
 */
function foldInRuns(original: string): FoldedText {
  const parts: string[] = [];
  // A folded character rarely outnumbers its source (ligatures, İ); the index grows when one does.
  let sourceIndex = new Int32Array(original.length + 1);
  let length = 0;
  const reserve = (extra: number) => {
    if (length + extra < sourceIndex.length) return;
    const grown = new Int32Array(Math.max(sourceIndex.length * 2, length + extra + 1));
    grown.set(sourceIndex);
    sourceIndex = grown;
  };
  let runStart = 0;
  for (let offset = 0; offset < original.length;) {
    const code = original.charCodeAt(offset);
    if (code < 0x80 && !isFoldedSpace(code)) {
      offset++;
      continue;
    }
    // The plain ASCII run before this character: lower-cased in one call, character for character.
    if (offset > runStart) {
      parts.push(original.slice(runStart, offset).toLowerCase());
      reserve(offset - runStart);
      for (let index = runStart; index < offset; index++) sourceIndex[length++] = index;
    }
    const char = code < 0x80 ? ' ' : String.fromCodePoint(original.codePointAt(offset) ?? code);
    const folded = code < 0x80 ? ' ' : foldCached(char);
    parts.push(folded);
    reserve(folded.length);
    for (let index = 0; index < folded.length; index++) sourceIndex[length++] = offset;
    offset += char.length;
    runStart = offset;
  }
  if (original.length > runStart) {
    parts.push(original.slice(runStart).toLowerCase());
    reserve(original.length - runStart);
    for (let index = runStart; index < original.length; index++) sourceIndex[length++] = index;
  }
  reserve(1);
  sourceIndex[length] = original.length;
  return { text: parts.join(''), sourceIndex: sourceIndex.subarray(0, length + 1) };
}

/** Folds an alias the same way as page text, without the offset map. */
export function foldAlias(alias: string): string {
  return foldText(alias).text;
}
