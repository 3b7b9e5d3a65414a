/**
 * Word lists the matcher's context rules use, kept apart from the rules so
 * that a curator can read and extend them. Each list names a class of text,
 * never one article. Long lists are written a few words to a line; the
 * alternatives are joined into one expression.
 */

/** How near (in characters) another actor must stand to lend a mention its context. */
export const CONTEXT_WINDOW = 400;

const FOREIGN_TOPIC_WORDS = [
  'syri(?:en|ens|a|an)|gaza|israel(?:s|is)?|hamas|hisbollah|hezbollah|iran(?:s|ian)?|afghanistans?|taliban',
  'pakistans?|jemen|yemen|libyens?|libya|sudan|karabach|karabakh|armeni(?:en|a)|aserbaidschan|azerbaijan',
  'zypern|cyprus|kosovo|serbi(?:en|a)|venezuela|nordkorea|north korea',
  String.raw`opec\+?|ölpreis\w*|oil prices?|oil output|handels\w*|trade|tariffs?|zölle|zollstreit|klima\w*`,
  'climate|brexit',
];
/**
 * Other conflicts and other business negotiated in the same cities (Syria in
 * Geneva, Gaza in Cairo and Doha, OPEC in Riyadh and Vienna, trade in
 * Istanbul): a talks phrase in a sentence about them is not a round of this
 * war unless the sentence names one of its sides.
 */
export const FOREIGN_TOPIC = new RegExp(String.raw`(?<![\p{L}])(?:${FOREIGN_TOPIC_WORDS.join('|')})(?![\p{L}])`, 'iu');

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

const PLACE_COMPOUND_HEADS = [
  'annexion|anschluss|brucke|halbinsel|frage|konflikt|krise|besetz|besatz|gebiet|region|front|offensive|grenz',
  'regier|behord|verwalt|abkommen|referend|status|streit|truppe|armee|bewohner|bevolker|kuste|hafen|hafen|stadt',
  'stadte|chef|blockade|angriff|kampf|kampfe|gesprach|verhandl|gipfel|treffen|konferenz|reise|besuch|politik',
  'einsatz|ruckerober|ruckgabe|erober|invasion|ubernahme|kontroll|zugang|flotte|deal|plan|losung|mission',
  'beobacht|bezirk|burgermeister|gouverneur|parlament|fuhrung|separatist|rebell|miliz|kessel|korridor|akw',
  'kraftwerk|damm|staudamm|atomkraftwerk',
];
/**
 * Closed German compounds on a place name keep the place's meaning only with a head noun of politics,
 * war or geography ("Krimbrücke", "Krimannexion", "Donbasfront"). Other heads make the compound the
 * name of something else: a wine ("Krimsekt"), the war of 1853 ("Krimkrieg"), a people ("Krimtataren").
 * Stems are folded (no umlauts) and match the start of the tail, so inflected forms count.
 */
export const PLACE_COMPOUND_HEAD = new RegExp(`^(?:${PLACE_COMPOUND_HEADS.join('|')})`);

/** Endings that make a name a demonym or an adjective (Ukrainer, ukrainisch), which are not mentions. */
export const NOT_A_COMPOUND =
  /^(?:r|rin|rinnen|rn|er|erin|erinnen|ern|isch|ische|ischen|ischer|isches|ischem|e|en|es)$/;

const CLUB_WORDS = [
  'schachtar|shakhtar|dynamo|dinamo|spartak|zenit|galatasaray|fenerbahce|besiktas|olimpik|zorya|sorja|lokomotiv',
  'cska|fc|sc',
];
/** Sports clubs carry city names ("Schachtar Donezk", "Dynamo Kiew"): the name is the club's, not the place's. */
export const CLUB_WORD_BEFORE = new RegExp(String.raw`(?:${CLUB_WORDS.join('|')})[\s-]+$`, 'iu');

const SPORTS_VOCABULARY = [
  'stadion|stadium|champions league|königsklasse|bundesliga|liga|league|fußball|football|soccer|trainer|coach',
  'anpfiff|spieltag|matchday|torwart|goalkeeper',
];
/** A sentence about sport names clubs after their cities ("gastierte Donezk im Volkspark"). */
export const SPORTS_WORDS = new RegExp(String.raw`(?<![\p{L}])(?:${SPORTS_VOCABULARY.join('|')})(?![\p{L}])`, 'iu');

const ENGLISH_TITLE_WORDS = [
  'mr|mrs|ms|dr|president|vice|secretary|minister|envoy|special|ambassador|chancellor|premier|prime|general|gen',
  'admiral|sen|senator|governor|adviser|advisor|aide|spokesman|spokeswoman|spokesperson|chief|head|foreign',
  String.raw`defence|defense|deputy|kremlin|us|u\.s|russian|ukrainian|american|turkish|british|french|german`,
  'european|nato|un|eu|former|then|commander|director|leader|negotiator|mayor|pope|king|crown|prince|sheikh',
  'lieutenant|colonel|by|with|and|but|as|when|after|said|says|told|of|to|in|on|for|from|at|that|the|a|an',
];
/**
 * Words that may stand before a surname in English without making it someone
 * else's: titles, offices, nationalities, and the small words of a sentence.
 * Any other capitalised word there ("Zach Witkoff") names a different person
 * with the same surname.
 */
export const ENGLISH_TITLES = new RegExp(`^(?:${ENGLISH_TITLE_WORDS.join('|')})$`, 'i');
