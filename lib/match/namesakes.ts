import { ENGLISH_TITLES } from './contextRules';
import { UPPER } from './wordBounds';

/**
 * Whether the capitalised word before an English surname at `start` makes it a namesake's ("Zach Witkoff"):
 * a surname alone is taken for the dataset's person only after a title, an office or an ordinary word.
 */
export function namedSomeoneElse(text: string, start: number): boolean {
  const words = text.slice(Math.max(0, start - 60), start).match(/(\S+)\s+(\S+)[ \u00a0]$/u);
  const previous = words?.[2] ?? text.slice(Math.max(0, start - 30), start).match(/(\S+)[ \u00a0]$/u)?.[1];
  if (!previous || !UPPER.test(previous[0] ?? '') || !/^[\p{L}]+$/u.test(previous)) return false;
  // After a full stop, a colon or a quote a new sentence starts; in a headline every word is capitalised.
  const before = words?.[1] ?? '';
  if (/[.!?:;"“”)]$/u.test(before) || UPPER.test(before[0] ?? '')) return false;
  return !ENGLISH_TITLES.test(previous);
}
