import type { EntityType, IsoDate, Language } from '../dataset/schema';
import { roleHeldOn } from '../dataset/dates';
import type { EventReason, ResolvedEvent } from '../time/eventResolver';
import { PLACE_COMPOUND_HEAD, sentenceAround } from './contextRules';
import { hasHeadNoun, headsAt } from './eventHeads';
import { findComposedEvents, inWarContext, partyGluedBefore, resolveNamedEvent } from './events';
import { foldText, type FoldedText } from '../text/fold';
import type { AliasInfo, Lexicon } from './lexicon';

export type MentionType = EntityType | 'event';

export interface Mention {
  /** An entity id, or for events a round or series id. */
  entityId: string;
  type: MentionType;
  /** UTF-16 offsets into the original text; `end` is exclusive. */
  start: number;
  end: number;
  surface: string;
  /** For events: the rounds meant (one, or a series' rounds up to the article's date, nearest first). */
  rounds?: string[];
  /** For events: why this round or series was taken (the card says so in one line). */
  reason?: EventReason;
}

export interface MatchContext {
  /** The article's date: offices resolve to their holder then, events to rounds around it. */
  date: IsoDate;
  /**
   * False when the page gave no date and `date` is only today: offices still resolve as of today,
   * but an event phrase resolves only by a time it writes itself (or a name one event alone carries).
   */
  dateKnown?: boolean;
  lang: Language;
  /**
   * Entities already named plainly earlier in the same document, when it is
   * matched in chunks: carried from chunk to chunk (and added to), so a full
   * name in one chunk still settles a surname in a later one.
   */
  known?: Set<string>;
}

const WORD_CHAR = /[\p{L}\p{N}]/u;
const UPPER = /\p{Lu}/u;
const LOWER = /\p{Ll}/u;
export const isWordChar = (char: string | undefined): boolean => char !== undefined && WORD_CHAR.test(char);

/**
 * German genitive and plural endings the press puts on names: Selenskyjs,
 * Russlands, Kremls; -n only after -e (Emirate → Emiraten), so that a
 * different name one letter longer (Barro / Barron) is not taken for it.
 */
function germanEndings(lastLetter: string | undefined): string[] {
  return lastLetter === 'e' ? ['s', 'n'] : ['s'];
}
/** Endings that make a name a demonym or an adjective (Ukrainer, ukrainisch), which are not mentions. */
const NOT_A_COMPOUND = /^(?:r|rin|rinnen|rn|er|erin|erinnen|ern|isch|ische|ischen|ischer|isches|ischem|e|en|es)$/;
const MIN_COMPOUND_HEAD = 4;
const MIN_COMPOUND_TAIL = 5;

interface Candidate {
  start: number; // folded offsets
  aliasEnd: number;
  end: number; // after an ending, if any
  infos: AliasInfo[];
}

function sourceSlice(text: string, folded: FoldedText, start: number, end: number): string {
  return text.slice(folded.sourceIndex[start] ?? 0, folded.sourceIndex[end] ?? text.length);
}

/** Whether the text honours the alias's case rules: exact for names that are words, capitalised for names. */
function caseAccepts(info: AliasInfo, surface: string): boolean {
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

/** How far a match may extend past its alias: a German ending, or a closed compound (Kremlangaben). */
function endings(
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
  const tail = folded.slice(aliasEnd, tailEnd);
  const head = infos[0]?.alias.text ?? '';
  const compoundable = infos.some(
    (info) =>
      info.target.kind === 'entity' &&
      info.target.type !== 'person' &&
      info.target.type !== 'term' &&
      info.alias.lang !== 'en' &&
      !info.alias.caseSensitive,
  );
  // A place is only the first part of "Krimsekt" or "Krimkrieg": its closed compounds need a head of politics or geography.
  const placeOnly = infos.every((info) => info.target.kind === 'entity' && info.target.type === 'place');
  if (
    compoundable &&
    head.length >= MIN_COMPOUND_HEAD &&
    tail.length >= MIN_COMPOUND_TAIL &&
    !NOT_A_COMPOUND.test(tail) &&
    (!placeOnly || PLACE_COMPOUND_HEAD.test(tail))
  )
    return [aliasEnd];
  return [];
}

/** Sports clubs carry city names ("Schachtar Donezk", "Dynamo Kiew"): the name is the club's, not the place's. */
const CLUB_WORD_BEFORE =
  /(?:schachtar|shakhtar|dynamo|dinamo|spartak|zenit|galatasaray|fenerbahce|besiktas|olimpik|zorya|sorja|lokomotiv|cska|fc|sc)[\s-]+$/iu;

/** One pass of the automaton: the alias candidates, and where (in the original text) head nouns of event phrases may start. */
function candidatesIn(
  lexicon: Lexicon,
  text: string,
  folded: FoldedText,
  lang: Language,
): { candidates: Candidate[]; headStarts: number[] } {
  const candidates: Candidate[] = [];
  const headStarts: number[] = [];
  lexicon.automaton.scan(folded.text, (pattern, aliasEnd) => {
    const start = aliasEnd - lexicon.automaton.patternLength(pattern);
    // The head's own expression decides its word boundary, in the original text.
    if (lexicon.headStems[pattern]) headStarts.push(folded.sourceIndex[start] ?? 0);
    if (isWordChar(folded.text[start - 1])) return;
    const surface = sourceSlice(text, folded, start, aliasEnd);
    const infos = (lexicon.infos[pattern] ?? []).filter((info) => caseAccepts(info, surface));
    if (infos.length === 0) return;
    const originalEnd = folded.sourceIndex[aliasEnd] ?? text.length;
    if (
      infos.every((info) => info.target.kind === 'entity' && info.target.type === 'place') &&
      CLUB_WORD_BEFORE.test(
        text.slice(Math.max(0, (folded.sourceIndex[start] ?? 0) - 20), folded.sourceIndex[start] ?? 0),
      )
    )
      return;
    const ends = endings(folded.text, aliasEnd, infos, { text, lang, at: originalEnd });
    const end = ends.at(-1);
    if (end !== undefined) candidates.push({ start, aliasEnd, end, infos });
  });
  return { candidates, headStarts };
}

/** Leftmost-longest: "Wladimir Putin" over "Putin", "Minsk II" over "Minsk". */
function leftmostLongest(candidates: Candidate[]): Candidate[] {
  const sorted = [...candidates].sort((a, b) => a.start - b.start || b.aliasEnd - a.aliasEnd);
  const chosen: Candidate[] = [];
  let reach = -1;
  for (const candidate of sorted) {
    if (candidate.start < reach) continue;
    chosen.push(candidate);
    reach = candidate.end;
  }
  return chosen;
}

function officeHolder(lexicon: Lexicon, officeId: string, date: IsoDate): string | undefined {
  return lexicon.source.offices
    .find((office) => office.id === officeId)
    ?.holders.find((holder) => roleHeldOn(holder.from, holder.to, date))?.person;
}

interface Resolved {
  candidate: Candidate;
  entityId: string;
  type: MentionType;
  /** Named events only: what the alias may mean, resolved once the text around it is known. */
  named?: { ids: string[]; places: string[]; series: boolean; properName: boolean };
  /** Named events only: the event meant and the span in the original text (grown by a written time). */
  event?: { event: ResolvedEvent; start: number; end: number };
  needsContext: boolean;
  surname: boolean;
}

/** Picks what an alias means here; ambiguous forms go to the entity the text names unambiguously elsewhere. */
const targetKey = (info: AliasInfo) => `${info.target.kind}:${info.target.id}`;

/** One entry per distinct target: "Erdogan" and "Erdoğan" on the same person are one option, not two. */
function distinctOptions(infos: AliasInfo[]): AliasInfo[] {
  const seen = new Map<string, AliasInfo>();
  for (const info of infos) {
    const known = seen.get(targetKey(info));
    // The plainest spelling decides the flags: a form needs context only if every spelling of it does.
    if (!known || (known.alias.needsContext && !info.alias.needsContext)) seen.set(targetKey(info), info);
  }
  return [...seen.values()];
}

function resolve(
  lexicon: Lexicon,
  candidate: Candidate,
  context: MatchContext,
  certain: Set<string>,
): Resolved | undefined {
  const options = distinctOptions(candidate.infos);
  const events = options.filter((info) => info.target.kind === 'round' || info.target.kind === 'series');
  if (events.length > 0) {
    // Which of the events sharing this name is meant is decided with the text around it (events.ts).
    const named = {
      ids: events.map((info) => info.target.id),
      places: [...new Set(events.flatMap((info) => info.alias.places ?? []))],
      series: events.some((info) => info.target.kind === 'series'),
      // "Minsk II" is a proper name; "Istanbul talks" is a venue phrase, read with the same context rules as composed ones.
      properName: !events.some((info) => hasHeadNoun(info.alias.text)),
    };
    return { candidate, entityId: named.ids[0] ?? '', type: 'event', named, needsContext: false, surname: false };
  }
  const pick =
    options.length === 1
      ? options[0]
      : (options.find((info) => info.target.kind === 'entity' && certain.has(info.target.id)) ??
        options.find((info) => info.target.kind === 'office'));
  if (!pick) return undefined;
  const base = { candidate, needsContext: pick.alias.needsContext === true, surname: pick.alias.kind === 'surname' };
  switch (pick.target.kind) {
    case 'entity':
      return { ...base, entityId: pick.target.id, type: pick.target.type };
    case 'office': {
      const person = officeHolder(lexicon, pick.target.id, context.date);
      return person ? { ...base, entityId: person, type: 'person' } : undefined;
    }
    default:
      return undefined;
  }
}

const CONTEXT_WINDOW = 400;

/** A sentence about sport names clubs after their cities ("gastierte Donezk im Volkspark"). */
const SPORTS_WORDS =
  /(?<![\p{L}])(?:stadion|stadium|champions league|königsklasse|bundesliga|liga|league|fußball|football|soccer|trainer|coach|anpfiff|spieltag|matchday|torwart|goalkeeper)(?![\p{L}])/iu;

/**
 * Words that may stand before a surname in English without making it someone
 * else's: titles, offices, nationalities. Any other capitalised word there
 * ("Zach Witkoff") names a different person with the same surname.
 */
const ENGLISH_TITLES =
  /^(?:mr|mrs|ms|dr|president|vice|secretary|minister|envoy|special|ambassador|chancellor|premier|prime|general|gen|admiral|sen|senator|governor|adviser|advisor|aide|spokesman|spokeswoman|spokesperson|chief|head|foreign|defence|defense|deputy|kremlin|us|u\.s|russian|ukrainian|american|turkish|british|french|german|european|nato|un|eu|former|then|commander|director|leader|negotiator|mayor|pope|king|crown|prince|sheikh|lieutenant|colonel|by|with|and|but|as|when|after|said|says|told|of|to|in|on|for|from|at|that|the|a|an)$/i;

function namedSomeoneElse(text: string, start: number): boolean {
  const words = text.slice(Math.max(0, start - 60), start).match(/(\S+)\s+(\S+)[ \u00a0]$/u);
  const previous = words?.[2] ?? text.slice(Math.max(0, start - 30), start).match(/(\S+)[ \u00a0]$/u)?.[1];
  if (!previous || !UPPER.test(previous[0] ?? '') || !/^[\p{L}]+$/u.test(previous)) return false;
  // After a full stop, a colon or a quote a new sentence starts; in a headline every word is capitalised.
  const before = words?.[1] ?? '';
  if (/[.!?:;"“”)]$/u.test(before) || UPPER.test(before[0] ?? '')) return false;
  return !ENGLISH_TITLES.test(previous);
}
const ACTOR_TYPES = new Set<MentionType>(['person', 'state', 'organisation', 'body', 'event']);

/**
 * Finds every mention of the lexicon's entities, offices, rounds and series
 * in `text`, resolved as of the article's date: one automaton pass, then word
 * boundaries, case rules, German endings and compounds, leftmost-longest,
 * office holders, ambiguity and context rules, and event phrases.
 */
export function findMentions(lexicon: Lexicon, text: string, context: MatchContext): Mention[] {
  const folded = foldText(text);
  const { candidates, headStarts } = candidatesIn(lexicon, text, folded, context.lang);
  const chosen = leftmostLongest(candidates);

  // Entities the text names by an unambiguous form decide what ambiguous forms mean.
  const certain = new Set<string>(context.known);
  for (const candidate of chosen) {
    const options = distinctOptions(candidate.infos);
    const [only] = options;
    if (options.length === 1 && only && only.target.kind === 'entity' && !only.alias.needsContext)
      certain.add(only.target.id);
  }
  for (const id of certain) context.known?.add(id);
  const resolved: Resolved[] = [];
  const resolveInto = (candidate: Candidate) => {
    const entry = resolve(lexicon, candidate, context, certain);
    if (!entry?.named) {
      if (entry) resolved.push(entry);
      return;
    }
    const span = {
      start: folded.sourceIndex[candidate.start] ?? 0,
      end: folded.sourceIndex[candidate.end] ?? text.length,
    };
    const earlier = resolved.map((other) => ({
      type: other.type,
      entityId: other.entityId,
      end: folded.sourceIndex[other.candidate.end] ?? text.length,
    }));
    const event = resolveNamedEvent(
      lexicon,
      text,
      span,
      entry.named,
      context,
      partyGluedBefore(lexicon, text, span.start, earlier),
    );
    if (event) resolved.push({ ...entry, entityId: event.event.id, event });
    // No event fits ("Istanbul talks" in 2016): the names inside the phrase are still marked as what they are.
    else for (const inner of innerCandidates(candidates, candidate)) resolveInto(inner);
  };
  for (const candidate of chosen) resolveInto(candidate);

  // Forms that are also ordinary words count only near other actors, or when the text names the same entity plainly.
  const anchors = resolved
    .filter((entry) => !entry.needsContext && ACTOR_TYPES.has(entry.type))
    .map((entry) => entry.candidate.start);
  const inContext = (entry: Resolved) =>
    !entry.needsContext ||
    certain.has(entry.entityId) ||
    anchors.some(
      (anchor) => anchor !== entry.candidate.start && Math.abs(anchor - entry.candidate.start) <= CONTEXT_WINDOW,
    );
  const originalStart = (entry: Resolved) => folded.sourceIndex[entry.candidate.start] ?? 0;
  const accepted = resolved.filter(
    (entry) =>
      inContext(entry) &&
      !(
        entry.type === 'place' &&
        SPORTS_WORDS.test(
          sentenceAround(text, originalStart(entry), folded.sourceIndex[entry.candidate.end] ?? text.length),
        )
      ) &&
      !(
        entry.surname &&
        entry.type === 'person' &&
        context.lang === 'en' &&
        namedSomeoneElse(text, originalStart(entry))
      ),
  );

  const events = new Map<Mention, { mention: Mention; event: ResolvedEvent; properName: boolean }>();
  const mentions: Mention[] = accepted.map((entry) => {
    if (entry.event) {
      const { event, start, end } = entry.event;
      const mention: Mention = {
        entityId: event.id,
        type: 'event',
        start,
        end,
        surface: text.slice(start, end),
        rounds: event.rounds,
        reason: event.reason,
      };
      events.set(mention, { mention, event, properName: entry.named?.properName === true });
      return mention;
    }
    const start = folded.sourceIndex[entry.candidate.start] ?? 0;
    const end = folded.sourceIndex[entry.candidate.end] ?? text.length;
    return { entityId: entry.entityId, type: entry.type, start, end, surface: text.slice(start, end) };
  });
  const composed = findComposedEvents(lexicon, text, context, mentions, headsAt(text, headStarts));
  const all = [...mentions, ...composed.map(({ mention }) => mention)];
  const fitsContext = (mention: Mention) => {
    const found = events.get(mention);
    return !found || inWarContext(lexicon, text, found, all);
  };
  // An event phrase that is about other talks still shows the names inside it ("Istanbul" in "talks in Istanbul").
  const named = mentions.flatMap((mention) =>
    fitsContext(mention) ? [mention] : namesInside(lexicon, text, mention, context),
  );
  const composedInContext = composed.filter((found) =>
    inWarContext(lexicon, text, { ...found, properName: false }, all),
  );
  return mergeEvents(
    named,
    composedInContext.map(({ mention }) => mention),
  );
}

/** The names inside an event phrase's span, found as if the phrase stood alone, without events. */
function namesInside(lexicon: Lexicon, text: string, event: Mention, context: MatchContext): Mention[] {
  const inner = findMentions(lexicon, text.slice(event.start, event.end), {
    date: context.date,
    lang: context.lang,
    dateKnown: false,
  });
  return inner
    .filter((mention) => mention.type !== 'event')
    .map((mention) => ({ ...mention, start: mention.start + event.start, end: mention.end + event.start }));
}

/** The alias candidates inside a named event's span that are not events themselves, leftmost-longest. */
function innerCandidates(candidates: readonly Candidate[], outer: Candidate): Candidate[] {
  const isEvent = (candidate: Candidate) =>
    candidate.infos.some((info) => info.target.kind === 'round' || info.target.kind === 'series');
  return leftmostLongest(
    candidates.filter(
      (candidate) =>
        candidate !== outer && candidate.start >= outer.start && candidate.end <= outer.end && !isEvent(candidate),
    ),
  );
}

/** Event phrases absorb the place names inside them ("talks in Istanbul"); names of actors win over events. */
function mergeEvents(mentions: Mention[], events: Mention[]): Mention[] {
  if (events.length === 0) return mentions;
  const absorbed = (mention: Mention) => mention.type === 'place' || mention.type === 'term';
  const kept = mentions.filter(
    (mention) => !(absorbed(mention) && events.some((event) => mention.start < event.end && event.start < mention.end)),
  );
  const free = events.filter(
    (event) => !kept.some((mention) => mention.start < event.end && event.start < mention.end),
  );
  return [...kept, ...free].sort((a, b) => a.start - b.start);
}
