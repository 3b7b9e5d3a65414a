/**
 * Word lists the matcher's context rules use, kept apart from the rules so
 * that a curator can read and extend them. Each list names a class of text,
 * never one article.
 */

/**
 * Other conflicts and other business negotiated in the same cities (Syria in
 * Geneva, Gaza in Cairo and Doha, OPEC in Riyadh and Vienna, trade in
 * Istanbul): a talks phrase in a sentence about them is not a round of this
 * war unless the sentence names one of its sides.
 */
export const FOREIGN_TOPIC =
  /(?<![\p{L}])(?:syri(?:en|ens|a|an)|gaza|israel(?:s|is)?|hamas|hisbollah|hezbollah|iran(?:s|ian)?|afghanistans?|taliban|pakistans?|jemen|yemen|libyens?|libya|sudan|karabach|karabakh|armeni(?:en|a)|aserbaidschan|azerbaijan|zypern|cyprus|kosovo|serbi(?:en|a)|venezuela|nordkorea|north korea|opec\+?|ölpreis\w*|oil prices?|oil output|handels\w*|trade|tariffs?|zölle|zollstreit|klima\w*|climate|brexit)(?![\p{L}])/iu;

/** Where the sentence around [start, end) begins and ends: the span a context rule looks at. */
export function sentenceBounds(text: string, start: number, end: number): { from: number; to: number } {
  const before = text.lastIndexOf('\n', start);
  const from = Math.max(before, ...['. ', '! ', '? '].map((mark) => text.lastIndexOf(mark, start))) + 1;
  const stops = ['. ', '! ', '? ', '\n'].map((mark) => text.indexOf(mark, end)).filter((index) => index >= 0);
  return { from, to: stops.length ? Math.min(...stops) : text.length };
}

export function sentenceAround(text: string, start: number, end: number): string {
  const { from, to } = sentenceBounds(text, start, end);
  return text.slice(from, to);
}

/**
 * Closed German compounds on a place name keep the place's meaning only with a head noun of politics,
 * war or geography ("Krimbrücke", "Krimannexion", "Donbasfront"). Other heads make the compound the
 * name of something else: a wine ("Krimsekt"), the war of 1853 ("Krimkrieg"), a people ("Krimtataren").
 * Stems are folded (no umlauts) and match the start of the tail, so inflected forms count.
 */
export const PLACE_COMPOUND_HEAD =
  /^(?:annexion|anschluss|brucke|halbinsel|frage|konflikt|krise|besetz|besatz|gebiet|region|front|offensive|grenz|regier|behord|verwalt|abkommen|referend|status|streit|truppe|armee|bewohner|bevolker|kuste|hafen|hafen|stadt|stadte|chef|blockade|angriff|kampf|kampfe|gesprach|verhandl|gipfel|treffen|konferenz|reise|besuch|politik|einsatz|ruckerober|ruckgabe|erober|invasion|ubernahme|kontroll|zugang|flotte|deal|plan|losung|mission|beobacht|bezirk|burgermeister|gouverneur|parlament|fuhrung|separatist|rebell|miliz|kessel|korridor|akw|kraftwerk|damm|staudamm|atomkraftwerk)/;
