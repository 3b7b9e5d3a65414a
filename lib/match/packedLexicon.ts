import type { LexiconAlias, LexiconSource } from './source';

/**
 * The lexicon as the build ships it: every alias one string, `text|flags|kind|places`, instead of an object
 * with named fields (about 1,800 aliases, so the names `text`, `lang`, `kind` … cost the content script real
 * weight). Flags: the language (a, d, e), then c (case-sensitive) and n (needs context); places are joined
 * by commas. `unpackLexicon` restores the exact `LexiconSource` at start, before anything reads it.
 */
export type PackedAlias = string;

/** No alias, kind or id contains it (`packAlias` refuses one that does, so the build fails rather than ships it). */
const SEPARATOR = '|';

type WithAliases<T> = T extends { aliases: LexiconAlias[] } ? Omit<T, 'aliases'> & { aliases: PackedAlias[] } : T;

export interface PackedLexicon {
  version: string;
  belligerents: LexiconSource['belligerents'];
  entities: Array<WithAliases<LexiconSource['entities'][number]>>;
  offices: Array<WithAliases<LexiconSource['offices'][number]>>;
  series: Array<WithAliases<LexiconSource['series'][number]>>;
  rounds: Array<WithAliases<LexiconSource['rounds'][number]>>;
}

const LANG_CODE = { any: 'a', de: 'd', en: 'e' } as const;
const LANG_OF_CODE: Record<string, LexiconAlias['lang']> = { a: 'any', d: 'de', e: 'en' };

function packAlias({ text, lang, caseSensitive, needsContext, kind, places }: LexiconAlias): PackedAlias {
  if (text.includes(SEPARATOR)) throw new Error(`An alias may not contain "${SEPARATOR}": ${text}`);
  const flags = `${LANG_CODE[lang]}${caseSensitive ? 'c' : ''}${needsContext ? 'n' : ''}`;
  const parts = [text, flags, kind ?? '', places?.join(',') ?? ''];
  while (parts.length > 2 && parts[parts.length - 1] === '') parts.pop();
  return parts.join(SEPARATOR);
}

function unpackAlias(packed: PackedAlias): LexiconAlias {
  const [text = '', flags = '', kind, places] = packed.split(SEPARATOR);
  return {
    text,
    lang: LANG_OF_CODE[flags.charAt(0)] ?? 'any',
    ...(flags.includes('c') ? { caseSensitive: true } : {}),
    ...(flags.includes('n') ? { needsContext: true } : {}),
    ...(kind ? { kind: kind as LexiconAlias['kind'] } : {}),
    ...(places ? { places: places.split(',') } : {}),
  };
}

const packRows = <T extends { aliases: LexiconAlias[] }>(rows: T[]) =>
  rows.map((row) => ({ ...row, aliases: row.aliases.map(packAlias) }));
const unpackRows = <T extends { aliases: PackedAlias[] }>(rows: T[]) =>
  rows.map((row) => ({ ...row, aliases: row.aliases.map(unpackAlias) }));

export function packLexicon(source: LexiconSource): PackedLexicon {
  const { entities, offices, series, rounds } = source;
  return {
    ...source,
    entities: packRows(entities),
    offices: packRows(offices),
    series: packRows(series),
    rounds: packRows(rounds),
  };
}

export function unpackLexicon(packed: PackedLexicon): LexiconSource {
  const { entities, offices, series, rounds } = packed;
  return {
    ...packed,
    entities: unpackRows(entities),
    offices: unpackRows(offices),
    series: unpackRows(series),
    rounds: unpackRows(rounds),
  };
}
