import { describe, expect, it } from 'vitest';
import { categoryOf, markedMentions, shownMentions } from '../../lib/page/marking';
import { DEFAULT_SETTINGS } from '../../lib/settings/schema';
import type { MentionType } from '../../lib/match/matcher';

const m = (entityId: string, type: MentionType) => ({ entityId, type });
const page = [
  m('zelensky', 'person'),
  m('istanbul', 'place'),
  m('zelensky', 'person'),
  m('ukraine', 'state'),
  m('round-1', 'event'),
  m('ceasefire', 'term'),
  m('istanbul', 'place'),
];
const display = { categories: DEFAULT_SETTINGS.categories, marking: DEFAULT_SETTINGS.marking };

describe('which mentions are marked', () => {
  it('marks the first mention of each name by default and counts them all', () => {
    expect(markedMentions(page, display).map((mention) => mention.entityId)).toEqual([
      'zelensky',
      'istanbul',
      'ukraine',
      'round-1',
      'ceasefire',
    ]);
    expect(shownMentions(page, display)).toHaveLength(7);
  });

  it('marks every mention when the reader asks for all', () => {
    expect(markedMentions(page, { ...display, marking: 'all' })).toHaveLength(7);
  });

  it('leaves out a category the reader turned off, in marks and in counts', () => {
    const noPlaces = { ...display, categories: { ...display.categories, places: false } };
    expect(markedMentions(page, noPlaces).map((mention) => mention.entityId)).not.toContain('istanbul');
    expect(shownMentions(page, noPlaces)).toHaveLength(5);
  });

  it('files bodies and organisations with states, events with rounds', () => {
    expect(categoryOf('body')).toBe('statesAndOrganisations');
    expect(categoryOf('organisation')).toBe('statesAndOrganisations');
    expect(categoryOf('event')).toBe('rounds');
  });
});
