import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { PopupView } from '../../components/PopupView';
import { loadBundledDataset } from '../../lib/dataset/bundled';
import type { Language } from '../../lib/dataset/schema';
import { queryRoundView } from '../../lib/db/queries';
import { memoryRepository } from '../../lib/db/repository';
import { translator } from '../../lib/i18n';
import type { SendMessage } from '../../lib/messaging/client';
import { cachedSearchCatalog } from '../../lib/db/catalogQuery';
import type { IndexCache } from '../../lib/ui/indexCache';
import { usePopupSearch } from '../../lib/ui/usePopupSearch';

afterEach(cleanup);

const repository = memoryRepository(loadBundledDataset());

/** Answers as the background would, from the bundled data in memory. */
const background: SendMessage = async (raw) => {
  const message = raw as { type: string; roundId?: string; lang?: Language };
  if (message.type === 'search-catalog') return { ok: true, catalog: await cachedSearchCatalog(repository) };
  if (message.type === 'round-view' && message.roundId && message.lang) {
    const round = await queryRoundView(repository, message.roundId, message.lang);
    return round ? { ok: true, round } : { ok: false, error: 'unknown round' };
  }
  return { ok: false, error: 'not in this test' };
};
const failing: SendMessage = async () => {
  throw new Error('Could not establish connection');
};

function Popup({
  lang,
  send = background,
  pageSection,
  indexCache,
}: {
  lang: Language;
  send?: SendMessage;
  pageSection?: preact.ComponentChildren;
  indexCache?: IndexCache;
}) {
  const t = translator(lang);
  const search = usePopupSearch(send, lang, t, indexCache);
  return (
    <PopupView
      lang={lang}
      t={t}
      dataset={{ status: 'loading' }}
      search={search}
      onOpenOptions={() => undefined}
      pageSection={pageSection}
    />
  );
}

const input = () => screen.getByTestId('search-input') as HTMLInputElement;
const resultIds = () =>
  screen.queryAllByTestId('search-result').map((element) => element.getAttribute('data-round-id'));
const type = (text: string) => fireEvent.input(input(), { target: { value: text } });
const key = (name: string, target: Element = input()) => fireEvent.keyDown(target, { key: name });
/** The filters' choices arrive in the paint after the timeline's (the folded selects show nothing before). */
const filtersFilled = () =>
  waitFor(() => expect(screen.getByTestId('filter-format').querySelectorAll('option').length).toBeGreaterThan(1));

describe('the popup search', () => {
  it('opens with the search box focused and every round on a timeline, newest year first', async () => {
    render(<Popup lang="en" />);
    await screen.findByTestId('timeline');
    expect(document.activeElement).toBe(input());
    expect(input().getAttribute('role')).toBe('combobox');
    const years = screen
      .getAllByTestId('timeline-year')
      .map((group) => Number(group.getAttribute('aria-labelledby')?.split('-').pop()));
    expect(years).toEqual([...years].sort((a, b) => b - a));
    expect(within(screen.getByTestId('timeline')).getAllByRole('option').length).toBe(84);
  });

  it('"Istanbul 2025" lists the three 2025 Istanbul rounds newest first, with the place marked', async () => {
    render(<Popup lang="en" />);
    await screen.findByTestId('timeline');
    type('Istanbul 2025');
    expect(resultIds().slice(0, 3)).toEqual(['istanbul-2025-07-23', 'istanbul-2025-06-02', 'istanbul-2025-05-16']);
    const first = screen.getAllByTestId('search-result')[0]!;
    expect(within(first).getByTestId('result-meta').textContent).toBe(
      '23 July 2025 · Çırağan Palace, Istanbul · Direct talks',
    );
    expect([...first.querySelectorAll('mark')].map((mark) => mark.textContent)).toContain('Istanbul');
    expect(screen.getByTestId('search-status').textContent).toMatch(/^\d+ rounds · 2025$/);
  });

  it('moves with the arrows, opens with Enter, goes back with Escape and clears with a second Escape', async () => {
    render(<Popup lang="en" />);
    await screen.findByTestId('timeline');
    type('Istanbul 2025');
    key('ArrowDown');
    expect(input().getAttribute('aria-activedescendant')).toBe('round-option-istanbul-2025-07-23');
    expect(within(screen.getByTestId('result-list')).getAllByRole('option')[0]!.getAttribute('aria-selected')).toBe(
      'true',
    );
    key('ArrowDown');
    expect(input().getAttribute('aria-activedescendant')).toBe('round-option-istanbul-2025-06-02');
    key('Enter');
    await waitFor(() => expect(screen.getByTestId('detail-title').textContent).toBe('Second Istanbul round 2025'));
    expect(document.activeElement).toBe(screen.getByTestId('detail-title'));
    expect(screen.getByTestId('detail-outcomes').textContent).toContain('exchange');
    expect(screen.getByTestId('detail-previous').textContent).toContain('First Istanbul');
    expect(screen.getByTestId('detail-next').textContent).toContain('Third Istanbul');
    expect(within(screen.getByTestId('card-sources')).getAllByRole('link').length).toBeGreaterThan(0);

    key('Escape', screen.getByTestId('detail-title'));
    await waitFor(() => expect(document.activeElement).toBe(input()));
    expect(input().value).toBe('Istanbul 2025');
    expect(input().getAttribute('aria-activedescendant')).toBe('round-option-istanbul-2025-06-02');
    key('Escape');
    expect(input().value).toBe('');
    expect(screen.getByTestId('timeline')).toBeTruthy();
  });

  it('follows the previous and next round from the detail', async () => {
    render(<Popup lang="en" />);
    await screen.findByTestId('timeline');
    type('Çırağan 2025');
    key('Enter');
    await waitFor(() => expect(screen.getByTestId('detail-title').textContent).toBe('Third Istanbul round 2025'));
    fireEvent.click(screen.getByTestId('detail-previous'));
    await waitFor(() => expect(screen.getByTestId('detail-title').textContent).toBe('Second Istanbul round 2025'));
  });

  it('says where the words are found when the date leaves nothing, and searches all years on request', async () => {
    render(<Popup lang="en" />);
    await screen.findByTestId('timeline');
    type('Genf 2024');
    expect(screen.getByTestId('search-status').textContent).toMatch(
      /^No round mentions “Genf” in 2024 — \d+ in 2026, \d+ in 2025, 1 in 2014\.Search all years$/,
    );
    fireEvent.click(screen.getByTestId('search-all-years'));
    expect(input().value).toBe('Genf');
    expect(resultIds()).toContain('geneva-2026-02-17');
  });

  it('speaks German, with German month names in the query', async () => {
    render(<Popup lang="de" />);
    await screen.findByTestId('timeline');
    type('Genf 2024');
    expect(screen.getByTestId('search-status').textContent).toMatch(
      /^Keine Runde erwähnt „Genf“ im Zeitraum 2024 — \d+ im Jahr 2026/,
    );
    type('Juni 2025');
    expect(resultIds()).toContain('istanbul-2025-06-02');
    expect(screen.getByTestId('search-status').textContent).toMatch(/· Juni 2025$/);
    type('Gefangenenaustausch');
    expect(resultIds()).toContain('istanbul-2025-07-23');
    expect(screen.getByRole('listbox', { name: 'Gefundene Runden' })).toBeTruthy();
  });

  it('filters by format and says so when the filters leave nothing', async () => {
    render(<Popup lang="en" />);
    await screen.findByTestId('timeline');
    await filtersFilled();
    fireEvent.change(screen.getByTestId('filter-format'), { target: { value: 'trilateral' } });
    expect(
      resultIds().every((id) => id?.includes('abu-dhabi') || id?.includes('geneva') || id?.includes('trilateral')),
    ).toBe(true);
    type('Çırağan');
    expect(screen.getByTestId('search-status').textContent).toContain('without them, 2 rounds match');
    fireEvent.click(screen.getByTestId('filters-clear-status'));
    expect(resultIds().slice(0, 2)).toEqual(['istanbul-2025-07-23', 'istanbul-2025-06-02']);
  });

  it('says so when the filters leave no round, and clears them', async () => {
    render(<Popup lang="de" />);
    await screen.findByTestId('timeline');
    await filtersFilled();
    fireEvent.change(screen.getByTestId('filter-year-from'), { target: { value: '2026' } });
    fireEvent.change(screen.getByTestId('filter-format'), { target: { value: 'advisers-meeting' } });
    expect(screen.getByTestId('search-status').textContent).toContain('Keine Runde passt zu diesen Filtern.');
    fireEvent.click(within(screen.getByTestId('search-status')).getByRole('button', { name: 'Filter zurücksetzen' }));
    expect(within(screen.getByTestId('timeline')).getAllByRole('option').length).toBe(84);
  });

  it('keeps the index for the next opening, per dataset version, and loads it then', async () => {
    const kept = new Map<string, string>();
    const loads: string[] = [];
    const indexCache: IndexCache = {
      load: (version) => (loads.push(version), kept.get(version)),
      save: (version, index) => void kept.set(version, index),
    };
    const first = render(<Popup lang="en" indexCache={indexCache} />);
    await screen.findByTestId('timeline');
    await waitFor(() => expect(kept.size).toBe(1));
    first.unmount();
    const [version, index] = [...kept][0]!;
    expect(JSON.parse(index)).toHaveProperty('documentCount', 84);

    render(<Popup lang="en" indexCache={indexCache} />);
    await screen.findByTestId('timeline');
    type('Istambul 2025');
    expect(resultIds().slice(0, 3)).toEqual(['istanbul-2025-07-23', 'istanbul-2025-06-02', 'istanbul-2025-05-16']);
    expect(loads).toEqual([version, version]);
    expect(kept.size).toBe(1);
  });

  it('says when the rounds cannot be loaded and offers to try again', async () => {
    render(<Popup lang="en" send={failing} />);
    const alert = await screen.findByTestId('search-error');
    expect(alert.textContent).toContain('The rounds could not be loaded: Could not establish connection');
    expect(within(alert).getByRole('button', { name: 'Try again' })).toBeTruthy();
  });

  it('keeps a slot for the “On this page” section above the footer', async () => {
    render(<Popup lang="en" pageSection={<section data-testid="page-section">On this page</section>} />);
    const section = screen.getByTestId('page-section');
    expect(section.nextElementSibling?.tagName).toBe('FOOTER');
    expect(screen.getByRole('button', { name: 'Settings' }).closest('footer')).toBeTruthy();
  });
});
