import type { Language } from '../dataset/schema';
import { NOT_A_COMPOUND, PLACE_COMPOUND_HEAD } from './contextRules';
import type { AliasInfo } from './lexicon';
import { isWordChar, LOWER } from './wordBounds';

/** A shorter name or tail is too likely a mere syllable of another word to be read as part of a compound. */
const MIN_COMPOUND_HEAD = 4;
const MIN_COMPOUND_TAIL = 5;

/**
 * German genitive and plural endings the press puts on names: Selenskyjs,
 * Russlands, Kremls; -n only after -e (Emirate → Emiraten), so that a
 * different name one letter longer (Barro / Barron) is not taken for it.
 */
export function germanEndings(lastLetter: string | undefined): string[] {
  return lastLetter === 'e' ? ['s', 'n'] : ['s'];
}

/** Whether the aliases may head a closed German compound ("Kremlangaben") whose tail is `tail`. */
function startsCompound(infos: AliasInfo[], tail: string): boolean {
  const head = infos[0]?.alias.text ?? '';
  const compoundable = infos.some(
    (info) =>
      info.target.kind === 'entity' &&
      info.target.type !== 'person' &&
      info.target.type !== 'term' &&
      info.alias.lang !== 'en' &&
      !info.alias.caseSensitive,
  );
  // A place is only the first part of "Krimsekt" or "Krimkrieg": its closed compounds need a head of
  // politics or geography.
  const placeOnly = infos.every((info) => info.target.kind === 'entity' && info.target.type === 'place');
  return (
    compoundable &&
    head.length >= MIN_COMPOUND_HEAD &&
    tail.length >= MIN_COMPOUND_TAIL &&
    !NOT_A_COMPOUND.test(tail) &&
    (!placeOnly || PLACE_COMPOUND_HEAD.test(tail))
  );
}

/**
 * How far a match may extend past its alias (folded offsets): a German ending, or a closed compound
 * (Kremlangaben). No end at all means the alias is part of another word.
 */
export function endsPastAlias(
  folded: string,
  aliasEnd: number,
  infos: AliasInfo[],
  original: { text: string; lang: Language; at: number },
): number[] {
  if (!isWordChar(folded[aliasEnd])) {
    // "US-amerikanisch", "Nato-nahe": in German a name joined to a lower-case word makes an adjective, not a mention.
    const isGermanAdjective =
      original.lang === 'de' && folded[aliasEnd] === '-' && LOWER.test(original.text[original.at + 1] ?? '');
    return isGermanAdjective ? [] : [aliasEnd];
  }
  const found: number[] = [];
  for (const ending of germanEndings(folded[aliasEnd - 1])) {
    if (folded.startsWith(ending, aliasEnd) && !isWordChar(folded[aliasEnd + ending.length]))
      found.push(aliasEnd + ending.length);
  }
  if (found.length > 0) return found;
  let tailEnd = aliasEnd;
  while (isWordChar(folded[tailEnd])) tailEnd++;
  return startsCompound(infos, folded.slice(aliasEnd, tailEnd)) ? [aliasEnd] : [];
}
