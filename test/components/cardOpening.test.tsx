import { afterEach, describe, expect, it, vi } from 'vitest';
import { entityCardView } from '../../lib/cards/entityCardView';
import { CardShell, OVERLAY_HOST_TAG } from '../../lib/cardShell/cardShell';
import { composeCardOpening } from '../../lib/content/cardOpening';
import { filledEnvironment, type PageAppEnvironment } from '../../lib/content/pageAppTypes';
import { PageMarks } from '../../lib/content/pageMarks';
import type { PlacedMention } from '../../lib/page/mentionRanges';
import { DEFAULT_SETTINGS } from '../../lib/settings/schema';
import { cardInputOf, miniDataset } from '../fixtures/miniDataset';

// The card opening alone: keyboard and hover end in the same controller, in the card shell, and a card
// whose mention is no longer marked closes. (The pointer's side is followPointer's, tested with the page app.)
const ARTICLE = { date: '2025-06-02', source: 'meta' } as const;
const win = window as unknown as Window & typeof globalThis;

afterEach(() => {
  document.body.replaceChildren();
  for (const host of document.querySelectorAll(OVERLAY_HOST_TAG)) host.remove();
});

function placed(name: string, entityId: string): PlacedMention {
  const node = document.createTextNode(name);
  const paragraph = document.createElement('p');
  paragraph.append(node);
  document.body.append(paragraph);
  const range = document.createRange();
  range.selectNodeContents(node);
  return { entityId, type: 'person', start: 0, end: name.length, surface: name, node, range, region: 'main' };
}

function openingOver(mentions: PlacedMention[]) {
  const card = entityCardView(cardInputOf(miniDataset(), 'umerov'), { asOf: ARTICLE.date, today: '2026-12-04' }, 'en');
  const fetchCard = vi.fn(async () => ({ ok: true as const, card }));
  const opened: boolean[] = [];
  const env = filledEnvironment({
    win,
    fetchCard,
    fetchRound: vi.fn(),
    timers: { setTimeout: (callback, ms) => window.setTimeout(callback, ms), clearTimeout: (id) => clearTimeout(id) },
    requestFrame: (callback) => callback(),
    onCardOpened: (timing) => opened.push(timing.ready),
  } as Partial<PageAppEnvironment> as PageAppEnvironment);
  const marks = new PageMarks(win, null, { ...DEFAULT_SETTINGS, marking: 'all' }, true);
  marks.add(mentions);
  const opening = composeCardOpening(
    env,
    new CardShell(document, { shadowMode: 'open', css: '' }),
    marks,
    ARTICLE,
    () => 'en',
  );
  return { opening, marks, fetchCard, opened };
}

describe('composeCardOpening', () => {
  it('opens a keyboard step in the card shell, asks for the neighbours ahead, and tells when it opened', async () => {
    const mentions = [placed('Umerov', 'umerov'), placed('Medinsky', 'medinsky'), placed('Witkoff', 'witkoff')];
    const { opening, fetchCard, opened } = openingOver(mentions);
    expect(opening.keyboard.step('next')).toBe(mentions[0]);
    expect(opening.cards.openMention).toBe(mentions[0]);
    expect(fetchCard.mock.calls.map((call) => (call as unknown[])[0])).toEqual(['umerov', 'medinsky', 'witkoff']);
    expect(opened).toEqual([false]);
    await vi.waitFor(() =>
      expect(document.querySelector(OVERLAY_HOST_TAG)?.shadowRoot?.textContent).toContain('Umerov'),
    );
  });

  it('closes the open card when its mention is no longer marked', () => {
    const mentions = [placed('Umerov', 'umerov')];
    const { opening, marks } = openingOver(mentions);
    opening.hover.openNow(mentions[0]!);
    opening.closeIfGone();
    expect(opening.cards.openMention).toBe(mentions[0]);
    marks.display = { ...marks.display, categories: { ...marks.display.categories, persons: false } };
    marks.apply();
    opening.closeIfGone();
    expect(opening.cards.openMention).toBeNull();
  });
});
