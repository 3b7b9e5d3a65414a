import { describe, expect, it } from 'vitest';
import { loadBundledDataset } from '../../lib/dataset/bundled';
import { compileLexicon } from '../../lib/match/lexicon';
import { findMentions } from '../../lib/match/matcher';
import { lexiconSourceOf } from '../../lib/match/source';

/** The matcher's rules, on the real dataset, in both languages: what a reader would see marked. */
const lexicon = compileLexicon(lexiconSourceOf(loadBundledDataset()));
const scan = (text: string, lang: 'de' | 'en', date = '2025-07-23') =>
  findMentions(lexicon, text, { date, lang }).map((mention) => [mention.surface, mention.entityId]);

describe('names and spellings', () => {
  it('folds diacritics and case: Erdoğan and Erdogan, Çırağan and Ciragan', () => {
    expect(scan('Recep Tayyip Erdoğan und Recep Tayyip Erdogan', 'de')).toEqual([
      ['Recep Tayyip Erdoğan', 'erdogan'],
      ['Recep Tayyip Erdogan', 'erdogan'],
    ]);
  });

  it('finds the German and English transliterations of one person', () => {
    expect(scan('Selenskyj, Selenskij, Zelensky, Zelenskyy und Zelenskiy', 'de').map(([, id]) => id)).toEqual([
      'zelensky',
      'zelensky',
      'zelensky',
      'zelensky',
      'zelensky',
    ]);
    expect(scan('Umjerow, Umerow and Umerov', 'en').map(([, id]) => id)).toEqual(['umerov', 'umerov', 'umerov']);
  });

  it('prefers the longest name: "Wladimir Putin" over "Putin"', () => {
    expect(scan('Kremlchef Wladimir Putin', 'de')).toEqual([
      ['Kremlchef', 'putin'],
      ['Wladimir Putin', 'putin'],
    ]);
  });
});

describe('German and English inflection and compounds', () => {
  it('keeps German endings in the span and leaves the English possessive out', () => {
    expect(scan('Selenskyjs Berater, Russlands Position, des Kremls Sicht', 'de')).toEqual([
      ['Selenskyjs', 'zelensky'],
      ['Russlands', 'russia'],
      ['Kremls', 'kremlin'],
    ]);
    expect(scan("Putin's envoy met Zelensky’s team", 'en')).toEqual([
      ['Putin', 'putin'],
      ['Zelensky', 'zelensky'],
    ]);
  });

  it('marks the name in hyphen and closed compounds, but not in adjectives and demonyms', () => {
    expect(scan('der Nato-Beitritt und die Kremlangaben', 'de')).toEqual([
      ['Nato', 'nato'],
      ['Kreml', 'kremlin'],
    ]);
    expect(scan('US-amerikanische Ukrainerinnen und Ukrainer', 'de')).toEqual([]);
  });

  it('resolves Kremlin role compounds to whoever held the office on the article’s date', () => {
    expect(scan('Kreml-Sprecher', 'de')).toEqual([['Kreml-Sprecher', 'peskov']]);
    expect(scan('Der Kremlchef sagte', 'de', '2010-01-01')).toEqual([['Kremlchef', 'medvedev']]);
    // Nobody in the dataset held the office then: no card rather than today's holder.
    expect(scan('Der Kremlchef sagte', 'de', '1995-01-01')).toEqual([]);
  });
});

describe('names that are also words, and namesakes', () => {
  it('matches Trump only as a name, never inside Trumpf or in lower case', () => {
    expect(scan('Trumpf ist ein Kartenspiel, trump a card', 'de')).toEqual([]);
    expect(scan('Trump sagte', 'de')).toEqual([['Trump', 'trump']]);
  });

  it('does not take a Krimi for Crimea or Kiel for Kyiv', () => {
    expect(scan('Ein Krimi aus Kiel', 'de')).toEqual([]);
  });

  it('skips a namesake: Zach Witkoff is not the envoy', () => {
    expect(scan('said the company’s co-founder, Zach Witkoff.', 'en')).toEqual([]);
    expect(scan('US envoy Steve Witkoff met Putin. Witkoff said', 'en').map(([, id]) => id)).toEqual([
      'usa',
      'witkoff',
      'putin',
      'witkoff',
    ]);
  });

  it('does not mark a city that names a football club', () => {
    expect(scan('Schachtar Donezk spielt in der Champions League', 'de')).toEqual([]);
    expect(scan('Galatasaray Istanbul gewann das Spiel im Stadion', 'de')).toEqual([]);
    expect(scan('Russland beansprucht Donezk', 'de')).toEqual([
      ['Russland', 'russia'],
      ['Donezk', 'donetsk'],
    ]);
  });
});

describe('events', () => {
  it('resolves ordinal rounds against the series nearest the article’s date', () => {
    expect(scan('Die dritte Verhandlungsrunde in Istanbul', 'de', '2025-07-23')).toEqual([
      ['dritte Verhandlungsrunde in Istanbul', 'istanbul-2025-07-23'],
    ]);
    expect(scan('the second round of negotiations', 'en', '2025-06-03')).toEqual([
      ['second round of negotiations', 'istanbul-2025-06-02'],
    ]);
  });

  it('resolves "talks in Istanbul" to the round of the article’s days, and the plural to the series', () => {
    expect(scan('talks in Istanbul on Wednesday', 'en', '2025-07-23')).toEqual([
      ['talks in Istanbul', 'istanbul-2025-07-23'],
    ]);
    expect(scan('Kiew und die Verhandlungsrunden in Istanbul', 'de', '2025-09-01')).toEqual([
      ['Kiew', 'kyiv'],
      ['Verhandlungsrunden in Istanbul', 'istanbul-talks-2025'],
    ]);
    // Weeks after the last round, with no side of the war anywhere near, the phrase may be about other talks.
    expect(scan('Verhandlungsrunden in Istanbul', 'de', '2025-09-01')).toEqual([['Istanbul', 'istanbul']]);
  });

  it('knows named agreements and summits', () => {
    expect(scan('das Minsker Abkommen', 'de', '2020-01-01').map(([, id]) => id)).toEqual(['minsk-agreements']);
    expect(scan('nach dem Alaska-Gipfel', 'de', '2025-08-20').map(([, id]) => id)).toEqual(['anchorage-2025-08-15']);
  });

  it('leaves a bare city alone: Istanbul the city is not the talks', () => {
    expect(scan('Ein Tag in Istanbul', 'de').map(([, id]) => id)).toEqual(['istanbul']);
  });

  it('does not count "the first talks in three years" as a round number', () => {
    expect(scan('die ersten direkten Gespräche seit drei Jahren', 'de', '2025-05-16')).toEqual([]);
  });
});

describe('events in time: the cases readers reported', () => {
  const events = (text: string, lang: 'de' | 'en', date: string, dateKnown = true) =>
    findMentions(lexicon, text, { date, lang, dateKnown }).map((mention) => [
      mention.surface,
      mention.type === 'event' ? (mention.rounds?.[0] ?? mention.entityId) : mention.entityId,
    ]);

  it('takes announced talks for the round ahead, not a series years later', () => {
    expect(events('Die Gespräche in Istanbul sollen bald beginnen.', 'de', '2022-03-15')).toEqual([
      ['Gespräche in Istanbul', 'istanbul-2022-03-29'],
    ]);
  });

  it('leaves talks about other conflicts and talks before any round as places', () => {
    expect(
      events('Die Gespräche in Genf über Syrien kamen nicht voran.', 'de', '2016-05-01').filter(
        ([, id]) => id !== 'geneva',
      ),
    ).toEqual([]);
    expect(events('The talks in Riyadh ended without a statement.', 'en', '2023-08-01')).toEqual([
      ['Riyadh', 'riyadh'],
    ]);
  });

  it('leaves talks in a paragraph about other talks, with no side of this war near, as places', () => {
    const iran =
      'Iran and the United States met again on Tuesday to discuss the nuclear programme.\nThe Geneva talks ended without a statement, diplomats said.';
    expect(events(iran, 'en', '2025-11-25')).toEqual([
      ['United States', 'usa'],
      ['Geneva', 'geneva'],
    ]);
    // The same words after a paragraph about this war's talks are the round.
    const ukraine =
      'Ukraine and the United States met again on Sunday to discuss the peace plan.\nThe Geneva talks ended without a statement, diplomats said.';
    expect(events(ukraine, 'en', '2025-11-25')).toContainEqual(['Geneva talks', 'geneva-2025-11-23']);
  });

  it('keeps to the venue: a round in Belarus is one of the rounds in Belarus', () => {
    expect(
      events('Russia and Ukraine met. The first round of talks in Belarus brought nothing.', 'en', '2022-03-25'),
    ).toEqual([
      ['Russia', 'russia'],
      ['Ukraine', 'ukraine'],
      ['first round of talks', 'belarus-gomel-2022-02-28'],
      ['Belarus', 'belarus'],
    ]);
  });

  it('with no article date, resolves only what writes its own time or carries its own name', () => {
    expect(events('Die Gespräche in Istanbul im Mai 2025 und Minsk II.', 'de', '2026-12-05', false)).toEqual([
      ['Gespräche in Istanbul im Mai 2025', 'istanbul-2025-05-16'],
      ['Minsk II', 'minsk-ii-2015-02-12'],
    ]);
    expect(events('Die Gespräche in Istanbul gehen weiter.', 'de', '2026-12-05', false)).toEqual([
      ['Istanbul', 'istanbul'],
    ]);
  });
});
