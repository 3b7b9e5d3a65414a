import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { RoundCard } from '../../components/RoundCard';
import { queryRoundView } from '../../lib/db/queries';
import { memoryRepository } from '../../lib/db/repository';
import { translator } from '../../lib/i18n';
import { roundMarkdown } from '../../lib/cards/markdown';
import { miniDataset } from '../fixtures/miniDataset';

afterEach(cleanup);

const articleDate = { date: '2025-06-03', source: 'meta' } as const;
const roundOf = async (id: string, lang: 'de' | 'en') =>
  (await queryRoundView(memoryRepository(miniDataset()), id, lang))!;

describe('RoundCard', () => {
  it('shows when, where and in what format, who led, what came of it with its numbers, and what came before and after, in German', async () => {
    const round = await roundOf('istanbul-2025-06-02', 'de');
    render(
      <RoundCard round={round} articleDate={articleDate} lang="de" t={translator('de')} onClose={() => undefined} />,
    );
    expect(screen.getByRole('dialog', { name: 'Über Istanbul-Gespräche, 2025-06-02' })).toBeTruthy();
    expect(screen.getByTestId('round-when').textContent).toBe('2. Juni 2025 · Istanbul');
    expect(screen.getByTestId('round-format').textContent).toBe('Direkte Gespräche');
    expect(screen.getByTestId('round-heads').textContent).toBe('Ukraine: Rustem UmjerowRussland: Wladimir Medinski');
    expect(screen.getByTestId('round-mediators').textContent).toBe('Gastgeber: Türkei');
    expect(screen.getByTestId('round-outcomes').textContent).toBe(
      'Gefangenenaustausch vereinbart (Ausgetauschte Gefangene: 1.200)',
    );
    expect(screen.getByTestId('round-neighbours').textContent).toBe(
      'Davor: Istanbul-Gespräche, 2025-05-16 (16. Mai 2025)Danach: Istanbul-Gespräche, 2025-07-23 (23. Juli 2025)',
    );
    expect(screen.getByTestId('card-dataset').textContent).toMatch(/^Dossier-Daten .+, Stand /);
  });

  it('offers open and copy; the copy is a cited Markdown summary', async () => {
    const round = await roundOf('istanbul-2025-06-02', 'en');
    const actions = { onOpen: vi.fn(), onCopy: vi.fn() };
    const { rerender } = render(
      <RoundCard
        round={round}
        articleDate={articleDate}
        lang="en"
        t={translator('en')}
        onClose={() => undefined}
        actions={actions}
      />,
    );
    fireEvent.click(screen.getByRole('button', { name: 'Open in Dossier' }));
    fireEvent.click(screen.getByRole('button', { name: 'Copy' }));
    expect(actions.onOpen).toHaveBeenCalled();
    expect(actions.onCopy).toHaveBeenCalled();
    rerender(
      <RoundCard
        round={round}
        articleDate={articleDate}
        lang="en"
        t={translator('en')}
        onClose={() => undefined}
        actions={{ ...actions, copied: true }}
      />,
    );
    expect(screen.getByTestId('card-copied').textContent).toBe('Copied as Markdown.');
    const markdown = roundMarkdown(round, 'en', translator('en'));
    expect(markdown.split('\n')[0]).toBe('**Istanbul talks, 2025-06-02** — 2 June 2025, Istanbul');
    expect(markdown).toContain('- Prisoner exchange agreed');
    expect(markdown).toContain('Sources: [Example News](https://example.org/istanbul-2025-06-02)');
  });

  it('says in one line why the text was taken to mean this round, unless the text named it', async () => {
    const round = await roundOf('istanbul-2025-06-02', 'en');
    const { rerender } = render(
      <RoundCard
        round={round}
        articleDate={articleDate}
        lang="en"
        t={translator('en')}
        onClose={() => undefined}
        inference="nearest"
      />,
    );
    expect(screen.getByTestId('round-inference').textContent).toBe(
      'Taken to be this round: the one nearest the article’s date.',
    );
    rerender(
      <RoundCard
        round={round}
        articleDate={articleDate}
        lang="de"
        t={translator('de')}
        onClose={() => undefined}
        inference="series"
      />,
    );
    expect(screen.getByTestId('round-inference').textContent).toMatch(/^Der Text meint die ganze Gesprächsreihe/);
    rerender(
      <RoundCard
        round={round}
        articleDate={articleDate}
        lang="en"
        t={translator('en')}
        onClose={() => undefined}
        inference="named"
      />,
    );
    expect(screen.queryByTestId('round-inference')).toBeNull();
  });
});
