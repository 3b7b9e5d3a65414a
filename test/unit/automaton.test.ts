import { describe, expect, it } from 'vitest';
import { Automaton } from '../../lib/match/automaton';
import { compileLexicon } from '../../lib/match/lexicon';
import { foldText } from '../../lib/text/fold';
import { headsAt, headsByExpression } from '../../lib/match/eventHeads';
import { lexiconSourceOf } from '../../lib/match/source';
import { miniDataset } from '../fixtures/miniDataset';

/** Every occurrence of every pattern by plain string search: what the automaton must report. */
function occurrencesByIndexOf(patterns: string[], text: string): string[] {
  const found: string[] = [];
  patterns.forEach((pattern, index) => {
    for (let at = text.indexOf(pattern); at >= 0; at = text.indexOf(pattern, at + 1))
      found.push(`${index}@${at + pattern.length}`);
  });
  return found.sort();
}

function occurrencesByAutomaton(automaton: Automaton, text: string): string[] {
  const found: string[] = [];
  automaton.scan(text, (pattern, end) => found.push(`${pattern}@${end}`));
  return found.sort();
}

describe('Automaton', () => {
  const patterns = ['he', 'she', 'his', 'hers', 'putin', 'put', 'tin', 'selenskyj', 'selenskyjs', 'abu dhabi', 'a'];

  it('finds every occurrence, overlapping ones and ones reached by failure links included', () => {
    const automaton = new Automaton(patterns);
    for (const text of [
      'ushers',
      'wladimir putin, putins, tinputin',
      'selenskyjs selenskyj',
      'in abu dhabi aaa',
      '',
      'xyz',
    ]) {
      expect(occurrencesByAutomaton(automaton, text), text).toEqual(occurrencesByIndexOf(patterns, text));
    }
  });

  it('is the same automaton when built in steps', () => {
    const steps = Automaton.buildInSteps(patterns, 3);
    let step = steps.next();
    let yields = 0;
    for (; !step.done; step = steps.next()) yields++;
    expect(yields).toBeGreaterThan(3);
    expect(occurrencesByAutomaton(step.value, 'she sells putin his hers')).toEqual(
      occurrencesByIndexOf(patterns, 'she sells putin his hers'),
    );
  });

  it('ignores characters no pattern uses, whatever their code', () => {
    const automaton = new Automaton(['путин', 'kyiv']);
    expect(occurrencesByAutomaton(automaton, '🌟 путин in kyiv\uffff')).toEqual(['0@8', '1@16']);
  });
});

describe('event heads from the automaton pass', () => {
  const lexicon = compileLexicon(lexiconSourceOf(miniDataset()));
  const headsThroughAutomaton = (text: string) => {
    const folded = foldText(text);
    const starts: number[] = [];
    lexicon.automaton.scan(folded.text, (pattern, end) => {
      if (lexicon.headStems[pattern])
        starts.push(folded.sourceIndex[end - lexicon.automaton.patternLength(pattern)] ?? 0);
    });
    return headsAt(text, starts);
  };

  it('finds the heads a search with the whole expression finds, no more and no fewer', () => {
    for (const text of [
      'Die dritte Verhandlungsrunde in Istanbul; Friedensgespräche und Gesprächsrunden.',
      'peace talks, rounds of direct talks and xrounds of talks; ground rules',
      'Friedens\u00adrunde, Gipfeltreffens, GIPFEL, Gespraech, Gespräch',
      'The summit. Summits. Conference; negotiations… meetings',
      // Every form of every head noun, so a stem missing from HEAD_STEMS shows here.
      'Verhandlungsrunde, Verhandlungsrunden, Gesprächsrunde, Gesprächsrunden, Runde, Runden, Friedensverhandlungen, Verhandlungen, Friedensgespräche, Friedensgesprächen, Gespräch, Gespräche, Gesprächen, Gesprächs, Treffen, Treffens, Gipfeltreffen, Gipfeltreffens, Gipfel, Gipfels, Konferenz',
      'round, rounds, rounds of talks, round of direct negotiations, rounds of security talks, peace talks, talks, negotiations, meeting, meetings, summit, conference',
    ]) {
      expect(headsThroughAutomaton(text), text).toEqual(headsByExpression(text));
    }
  });
});
