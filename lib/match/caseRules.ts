import type { AliasInfo } from './lexicon';
import { LOWER, UPPER } from './wordBounds';

/** Whether the text honours the alias's case rules: exact for names that are words, capitalised for names. */
export function caseAccepts(info: AliasInfo, surface: string): boolean {
  const aliasText = info.alias.text;
  if (info.alias.caseSensitive) {
    const plain = (value: string) => value.normalize('NFKD').replace(/\p{M}/gu, '');
    return plain(surface) === plain(aliasText) || surface === aliasText;
  }
  const first = aliasText[0] ?? '';
  if (!UPPER.test(first)) return true;
  const shown = surface[0] ?? '';
  // A name written in capitals (a headline) counts; one written in lower case is a word.
  return UPPER.test(shown) || !LOWER.test(shown);
}
