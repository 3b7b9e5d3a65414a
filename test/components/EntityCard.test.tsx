import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { EntityCard } from '../../components/EntityCard';
import { entityCardView } from '../../lib/cards/entityCardView';
import { entityMarkdown } from '../../lib/cards/markdown';
import { cardInputOf, miniDataset } from '../fixtures/miniDataset';
import { translator } from '../../lib/i18n';

afterEach(cleanup);

const dataset = miniDataset();
const input = cardInputOf(dataset, 'umerov');
const TODAY = '2026-11-25';
const articleDate = { date: '2025-06-02', source: 'meta' } as const;

describe('EntityCard', () => {
  it('shows who the person is and the role on the article’s date, in English', () => {
    render(
      <EntityCard
        state={{ status: 'ready', card: entityCardView(input, { asOf: '2025-06-02', today: TODAY }, 'en') }}
        articleDate={articleDate}
        lang="en"
        t={translator('en')}
        onClose={() => undefined}
      />,
    );
    expect(screen.getByRole('dialog', { name: 'About Rustem Umerov' })).toBeTruthy();
    expect(screen.getByText('Role on 2 June 2025')).toBeTruthy();
    expect(screen.getByTestId('card-roles').textContent).toBe('Minister of Defence of Ukraine');
    expect(screen.getByTestId('card-date').textContent).toBe(
      'Facts as of 2 June 2025, the article’s date (from the page’s metadata).',
    );
  });

  it('speaks German when the language is German', () => {
    render(
      <EntityCard
        state={{ status: 'ready', card: entityCardView(input, { asOf: '2025-08-01', today: TODAY }, 'de') }}
        articleDate={{ date: '2025-08-01', source: 'today' }}
        lang="de"
        t={translator('de')}
        onClose={() => undefined}
      />,
    );
    expect(screen.getByRole('dialog', { name: 'Über Rustem Umjerow' })).toBeTruthy();
    expect(screen.getByText('Amt am 1. August 2025')).toBeTruthy();
    expect(screen.getByText('Quellen')).toBeTruthy();
    expect(screen.getByTestId('card-date').textContent).toBe(
      'Das Datum des Artikels wurde nicht gefunden: Stand heute, 1. August 2025; Runden werden nur erkannt, wo der Text ein Datum nennt.',
    );
  });

  it('links every source over https in a new tab without an opener', () => {
    render(
      <EntityCard
        state={{ status: 'ready', card: entityCardView(input, { asOf: '2025-06-02', today: TODAY }, 'en') }}
        articleDate={articleDate}
        lang="en"
        t={translator('en')}
        onClose={() => undefined}
      />,
    );
    const links = screen.getAllByRole('link');
    expect(links.length).toBeGreaterThan(0);
    for (const link of links) {
      expect(link.getAttribute('href')).toMatch(/^https:\/\//);
      expect(link.getAttribute('rel')).toBe('noopener noreferrer');
    }
  });

  it('has a labelled close button', () => {
    const onClose = vi.fn();
    render(
      <EntityCard
        state={{ status: 'ready', card: entityCardView(input, { asOf: '2025-06-02', today: TODAY }, 'en') }}
        articleDate={articleDate}
        lang="en"
        t={translator('en')}
        onClose={onClose}
      />,
    );
    fireEvent.click(screen.getByRole('button', { name: 'Close' }));
    expect(onClose).toHaveBeenCalledOnce();
  });

  it('shows a calm message instead of a broken card', () => {
    render(
      <EntityCard
        state={{ status: 'error' }}
        articleDate={articleDate}
        lang="de"
        t={translator('de')}
        onClose={() => undefined}
      />,
    );
    expect(screen.getByRole('status').textContent).toBe(
      'Diese Karte konnte nicht geladen werden. Die Seite bleibt unberührt.',
    );
  });

  it('renders page-controlled text as text, never as markup', () => {
    const card = {
      ...entityCardView(input, { asOf: '2025-06-02', today: TODAY }, 'en'),
      summary: '<img src=x onerror=alert(1)>',
    };
    const { container } = render(
      <EntityCard
        state={{ status: 'ready', card }}
        articleDate={articleDate}
        lang="en"
        t={translator('en')}
        onClose={() => undefined}
      />,
    );
    expect(container.querySelector('img')).toBeNull();
    expect(screen.getByText('<img src=x onerror=alert(1)>')).toBeTruthy();
  });
});

describe('EntityCard: rounds and positions', () => {
  it('lists the rounds so far with date and venue, and the side’s stance on each issue then', () => {
    render(
      <EntityCard
        state={{ status: 'ready', card: entityCardView(input, { asOf: '2025-06-10', today: TODAY }, 'de') }}
        articleDate={{ date: '2025-06-10', source: 'meta' }}
        lang="de"
        t={translator('de')}
        onClose={() => undefined}
      />,
    );
    expect(screen.getByTestId('card-rounds').textContent).toBe(
      'Istanbul-Gespräche, 2025-06-02 (2. Juni 2025 · Istanbul)Istanbul-Gespräche, 2025-05-16 (16. Mai 2025 · Istanbul)',
    );
    expect(screen.getByText('Positionen am 10. Juni 2025')).toBeTruthy();
    const positions = screen.getByTestId('card-positions').textContent ?? '';
    expect(positions).toContain('Waffenruhe');
    expect(positions).toContain('Die Ukraine schlägt eine 30-tägige Waffenruhe vor.');
    expect(positions).toContain('Vorschlag, 11. Mai 2025 · Example News');
    expect(positions).toContain('Für damals ist keine Haltung der Gegenseite dazu verzeichnet.');
    expect(screen.getByTestId('card-kind').textContent).toBe('Person · Seite: Ukraine');
  });

  it('puts the other party’s stance on the same issue beside the side’s own, each with date and source', () => {
    const view = entityCardView(input, { asOf: '2025-06-10', today: TODAY }, 'en');
    const russian = {
      id: 'r',
      party: { id: 'russia', name: 'Russia' },
      topics: ['ceasefire' as const],
      kind: 'condition',
      stance: 'Russia wants talks first.',
      from: '2025-05-12',
      sources: [{ url: 'https://example.org/r', outlet: 'Wire', lang: 'en' }],
    };
    render(
      <EntityCard
        state={{ status: 'ready', card: { ...view, counterpart: [russian] } }}
        articleDate={{ date: '2025-06-10', source: 'meta' }}
        lang="en"
        t={translator('en')}
        onClose={() => undefined}
      />,
    );
    const stances = [...screen.getByTestId('card-positions').querySelectorAll('.card-stance')].map(
      (stance) => stance.textContent,
    );
    expect(stances).toEqual([
      'UkraineUkraine proposes a 30-day ceasefire.Proposal, 11 May 2025 · Example News',
      'RussiaRussia wants talks first.Condition, 12 May 2025 · Wire',
    ]);
    expect(screen.getByRole('link', { name: 'Wire' }).getAttribute('href')).toBe('https://example.org/r');
  });

  it('says the role now when it changed since the article, and offers all rounds in the full entry', () => {
    const onOpen = vi.fn();
    const view = entityCardView(input, { asOf: '2025-06-10', today: TODAY }, 'en');
    render(
      <EntityCard
        state={{ status: 'ready', card: { ...view, roundCount: 7 } }}
        articleDate={{ date: '2025-06-10', source: 'meta' }}
        lang="en"
        t={translator('en')}
        onClose={() => undefined}
        actions={{ onOpen }}
      />,
    );
    expect(screen.getByTestId('card-roles').textContent).toBe('Minister of Defence of Ukraine');
    expect(screen.getByTestId('card-role-now').textContent).toBe(
      "Now: Secretary of Ukraine's National Security and Defence Council",
    );
    fireEvent.click(screen.getByRole('button', { name: 'All 7 rounds' }));
    expect(onOpen).toHaveBeenCalled();
  });

  it('warns when the article is newer than the data, and names the data used', () => {
    const view = entityCardView(input, { asOf: '2025-06-10', today: TODAY }, 'en');
    const { rerender } = render(
      <EntityCard
        state={{ status: 'ready', card: view }}
        articleDate={{ date: '2025-06-10', source: 'meta' }}
        lang="en"
        t={translator('en')}
        onClose={() => undefined}
      />,
    );
    expect(screen.queryByTestId('card-newer')).toBeNull();
    expect(screen.getByTestId('card-dataset').textContent).toMatch(/^Dossier data \S+, as of /);
    const later = { date: '2099-01-02', source: 'meta' } as const;
    rerender(
      <EntityCard
        state={{ status: 'ready', card: view }}
        articleDate={later}
        lang="en"
        t={translator('en')}
        onClose={() => undefined}
      />,
    );
    expect(screen.getByTestId('card-newer').textContent).toMatch(
      /^This article is newer than Dossier’s data, which runs to /,
    );
  });

  it('copies a cited Markdown summary', () => {
    const view = entityCardView(input, { asOf: '2025-06-10', today: TODAY }, 'en');
    const markdown = entityMarkdown(view, 'en', translator('en'));
    expect(markdown.split('\n')[0]).toBe('**Rustem Umerov** — Minister of Defence of Ukraine (as of 10 June 2025)');
    expect(markdown).toContain("Now: Secretary of Ukraine's National Security and Defence Council");
    expect(markdown).toContain('Sources: [Example News](https://example.org/umerov-defence)');
  });
});

describe('EntityCard: sources', () => {
  it('shows month-precision source dates and non-https sources as plain text', () => {
    const card = {
      ...entityCardView(input, { asOf: '2025-06-02', today: TODAY }, 'en'),
      sources: [{ url: 'http://example.org/old', outlet: 'Old Site', date: '2014-06', lang: 'en' }],
    };
    render(
      <EntityCard
        state={{ status: 'ready', card }}
        articleDate={articleDate}
        lang="en"
        t={translator('en')}
        onClose={() => undefined}
      />,
    );
    expect(screen.getByTestId('card-sources').textContent).toBe('Old Site, June 2014');
    expect(screen.queryByRole('link', { name: 'Old Site' })).toBeNull();
  });
});
