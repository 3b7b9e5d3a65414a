import { afterEach, describe, expect, it, vi } from 'vitest';
import { entityCardView } from '../../lib/cards/entityCardView';
import { CardController, type CardServices } from '../../lib/cardShell/cardController';
import { CardShell, OVERLAY_HOST_TAG } from '../../lib/cardShell/cardShell';
import type { ResponseFor } from '../../lib/messaging/protocol';
import type { PlacedMention } from '../../lib/page/mentionRanges';
import { cardInputOf, miniDataset } from '../fixtures/miniDataset';

const ARTICLE = { date: '2025-06-02', source: 'meta' } as const;
const umerovCard = entityCardView(
  cardInputOf(miniDataset(), 'umerov'),
  { asOf: ARTICLE.date, today: '2026-12-04' },
  'en',
);

afterEach(() => {
  document.body.replaceChildren();
  // The overlay's host may sit outside the body.
  for (const host of document.querySelectorAll(OVERLAY_HOST_TAG)) host.remove();
});

function umerovMention(): PlacedMention {
  const paragraph = document.createElement('p');
  const node = document.createTextNode('Rustem Umerov led the delegation.');
  paragraph.append(node);
  document.body.replaceChildren(paragraph);
  const range = document.createRange();
  range.setStart(node, 7);
  range.setEnd(node, 13);
  return { entityId: 'umerov', type: 'person', start: 7, end: 13, surface: 'Umerov', node, range, region: 'main' };
}

/** The background, answering when the test says so. */
function slowBackground() {
  const answers: Array<(answer: ResponseFor<'entity-card'>) => void> = [];
  const fetchCard = vi.fn(() => new Promise<ResponseFor<'entity-card'>>((resolve) => answers.push(resolve)));
  const services: CardServices = {
    fetchCard,
    fetchRound: vi.fn(),
    openEntry: vi.fn(),
    copyText: vi.fn(async () => true),
  };
  return { services, fetchCard, answer: (answer: ResponseFor<'entity-card'>) => answers.shift()?.(answer) };
}

function controllerOver(background: ReturnType<typeof slowBackground>) {
  return new CardController(
    new CardShell(document, { shadowMode: 'open', css: '' }),
    background.services,
    ARTICLE,
    'en',
    () => undefined,
  );
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

/** A controller over a slow background, with Umerov's card asked for ahead and answered with `answer`. */
async function prefetchedWith(answer: ResponseFor<'entity-card'>) {
  const background = slowBackground();
  const cards = controllerOver(background);
  const mention = umerovMention();
  cards.prefetch(mention);
  background.answer(answer);
  await settle();
  return { background, cards, mention };
}

function cardText(): string {
  return document.querySelector(OVERLAY_HOST_TAG)?.shadowRoot?.textContent ?? '';
}

describe('CardController', () => {
  it('opens with the card’s content at once when its data was fetched while the pointer rested', async () => {
    const { background, cards, mention } = await prefetchedWith({ ok: true, card: umerovCard });
    const opened = cards.open(mention);
    expect(opened.ready).toBe(true);
    expect(cardText()).toContain('Rustem Umerov');
    expect(cardText()).not.toContain('Loading');
    expect(background.fetchCard).toHaveBeenCalledTimes(1);
  });

  it('shows "loading" first when the data has not arrived, then the content', async () => {
    const background = slowBackground();
    const cards = controllerOver(background);
    const opened = cards.open(umerovMention());
    expect(opened.ready).toBe(false);
    expect(cardText()).toContain('Loading');
    background.answer({ ok: true, card: umerovCard });
    await opened.loaded;
    expect(cardText()).toContain('Minister of Defence of Ukraine');
  });

  it('asks again after a failed answer instead of keeping the failure', async () => {
    const { background, cards, mention } = await prefetchedWith({ ok: false, error: 'store unavailable' });
    const opened = cards.open(mention);
    expect(opened.ready).toBe(false);
    expect(background.fetchCard).toHaveBeenCalledTimes(2);
    background.answer({ ok: true, card: umerovCard });
    await opened.loaded;
    expect(cardText()).toContain('Rustem Umerov');
  });

  it('shows the error card when the message to the background fails', async () => {
    const background = slowBackground();
    background.fetchCard.mockImplementationOnce(() => Promise.reject(new Error('Extension context invalidated.')));
    const opened = controllerOver(background).open(umerovMention());
    await opened.loaded;
    expect(cardText()).toContain('could not');
  });

  it('fetches again after the dataset changed', async () => {
    const { background, cards, mention } = await prefetchedWith({ ok: true, card: umerovCard });
    cards.forgetAnswers();
    expect(cards.open(mention).ready).toBe(false);
    expect(background.fetchCard).toHaveBeenCalledTimes(2);
  });
});
