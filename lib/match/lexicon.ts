import type { EntityType } from '../dataset/schema';
import { EventTable } from '../time/eventResolver';
import { Automaton } from './automaton';
import { HEAD_STEMS } from './eventHeads';
import { foldAlias } from '../text/fold';
import type { LexiconAlias as Alias, LexiconSource } from './source';

/** What a matched alias stands for. */
export type AliasTarget =
  | { kind: 'entity'; id: string; type: EntityType }
  | { kind: 'office'; id: string }
  | { kind: 'round'; id: string }
  | { kind: 'series'; id: string };

export interface AliasInfo {
  target: AliasTarget;
  alias: Alias;
}

/**
 * The compiled form of a lexicon source: one automaton over every folded
 * alias, and for each distinct folded form, everything it can stand for.
 */
export interface Lexicon {
  automaton: Automaton;
  /** Indexed like the automaton's patterns. */
  infos: AliasInfo[][];
  /** Indexed like the automaton's patterns: whether the pattern is the stem of an event phrase's head noun. */
  headStems: boolean[];
  source: LexiconSource;
  entityTypes: Map<string, EntityType>;
  /** Place id → the city (or region) it lies in, for venues. */
  within: Map<string, string>;
  /** Rounds and series in time and place: what event phrases resolve against. */
  events: EventTable;
  /** Entity id → the side of the war it acts for, where it acts for one. */
  sides: Map<string, string>;
}

export function compileLexicon(source: LexiconSource): Lexicon {
  const steps = compileLexiconInSteps(source);
  for (let step = steps.next(); ; step = steps.next()) if (step.done) return step.value;
}

/** Aliases folded between two yields: a few milliseconds of work. */
const ALIASES_PER_STEP = 100;

/**
 * The same compilation in steps, so the content script can spread it over
 * short tasks instead of one long one at page start.
 */
export function* compileLexiconInSteps(source: LexiconSource): Generator<void, Lexicon> {
  const indexOf = new Map<string, number>();
  const patterns: string[] = [];
  const infos: AliasInfo[][] = [];
  const add = (alias: Alias, target: AliasTarget, folded = foldAlias(alias.text)) => {
    if (folded.length < 2) return;
    const index = indexOf.get(folded);
    if (index === undefined) {
      indexOf.set(folded, patterns.length);
      patterns.push(folded);
      infos.push([{ target, alias }]);
    } else {
      infos[index]?.push({ target, alias });
    }
  };
  const entityForms = new Set<string>();
  let folded = 0;
  for (const entity of source.entities) {
    for (const alias of entity.aliases) {
      const form = foldAlias(alias.text);
      entityForms.add(form);
      add(alias, { kind: 'entity', id: entity.id, type: entity.type }, form);
      if (++folded % ALIASES_PER_STEP === 0) yield;
    }
  }
  for (const office of source.offices)
    for (const alias of office.aliases) add(alias, { kind: 'office', id: office.id });
  // An event's name never stands alone when it is only a place ("Istanbul", "Abu Dhabi"): events need a head
  // noun, which the event phrases supply; and where an entity already owns a form (the Normandy format), it wins.
  const eventAlias = (alias: Alias) => !alias.needsContext && !entityForms.has(foldAlias(alias.text));
  for (const round of source.rounds)
    for (const alias of round.aliases.filter(eventAlias)) add(alias, { kind: 'round', id: round.id });
  for (const series of source.series)
    for (const alias of series.aliases.filter(eventAlias)) add(alias, { kind: 'series', id: series.id });
  // The head nouns of event phrases ride along in the same pass over the text.
  const headStems: boolean[] = [];
  for (const stem of HEAD_STEMS) {
    let index = indexOf.get(stem);
    if (index === undefined) {
      index = patterns.length;
      indexOf.set(stem, index);
      patterns.push(stem);
      infos.push([]);
    }
    headStems[index] = true;
  }
  yield;
  const automaton = yield* Automaton.buildInSteps(patterns);
  const within = new Map(
    source.entities.flatMap((entity) => (entity.within ? [[entity.id, entity.within] as const] : [])),
  );
  return {
    automaton,
    infos,
    headStems,
    source,
    entityTypes: new Map(source.entities.map((entity) => [entity.id, entity.type])),
    within,
    events: new EventTable(source.rounds, within),
    sides: new Map(source.entities.flatMap((entity) => (entity.side ? [[entity.id, entity.side] as const] : []))),
  };
}
