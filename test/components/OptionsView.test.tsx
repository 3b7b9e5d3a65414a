import { cleanup, fireEvent, render, screen, within } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { OptionsView, type OptionsActions, type OptionsViewProps } from '../../components/OptionsView';
import { translator } from '../../lib/i18n';
import { DEFAULT_SETTINGS } from '../../lib/settings/schema';
import type { Language } from '../../lib/dataset/schema';

afterEach(cleanup);

function actions(): OptionsActions {
  return {
    onChange: vi.fn(),
    onPause: vi.fn(),
    onResume: vi.fn(),
    onEnableSite: vi.fn(),
    onDisableSite: vi.fn(),
    onForgetSite: vi.fn(),
    onReenableSite: vi.fn(),
    onImport: vi.fn(),
    onResetDataset: vi.fn(),
    onClearData: vi.fn(),
    onChangeShortcuts: vi.fn(),
  };
}

function props(lang: Language, overrides: Partial<OptionsViewProps> = {}): OptionsViewProps {
  return {
    lang,
    t: translator(lang),
    settings: DEFAULT_SETTINGS,
    browserLanguage: 'de',
    save: { status: 'idle' },
    curatedSites: ['spiegel.de', 'bbc.com'],
    pausedUntil: null,
    siteNotice: null,
    shortcuts: [{ name: 'next-mention', description: 'Next', keys: 'Alt+Shift+J' }],
    dataset: {
      version: '2026.11',
      asOf: '2026-11-20',
      coversUntil: '2026-11',
      origin: 'bundled',
      entityCount: 308,
      roundCount: 84,
      positionCount: 89,
      storage: 'indexeddb',
    },
    dataStatus: { status: 'idle' },
    cleared: false,
    actions: actions(),
    ...overrides,
  };
}

describe('OptionsView: language', () => {
  it('offers the three language choices as a labelled radio group, the current one checked', () => {
    render(<OptionsView {...props('en')} />);
    expect(screen.getByRole('group', { name: 'Language' })).toBeTruthy();
    const browser = screen.getByRole('radio', { name: 'Browser language (German)' }) as HTMLInputElement;
    expect(browser.checked).toBe(true);
    expect(screen.getByRole('radio', { name: 'Deutsch' })).toBeTruthy();
  });

  it('reports the choice and confirms the save, in the new language', () => {
    const base = props('en');
    const { rerender } = render(<OptionsView {...base} />);
    fireEvent.click(screen.getByRole('radio', { name: 'Deutsch' }));
    expect(base.actions.onChange).toHaveBeenCalledWith({ language: 'de' });
    rerender(
      <OptionsView
        {...props('de', { settings: { ...DEFAULT_SETTINGS, language: 'de' }, save: { status: 'saved' } })}
      />,
    );
    expect(screen.getByTestId('save-status').textContent).toBe('Gespeichert.');
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Dossier – Einstellungen');
  });
});

describe('OptionsView: what Dossier shows', () => {
  it('turns a category off, keeping the others', () => {
    const base = props('en');
    render(<OptionsView {...base} />);
    const categories = screen.getByRole('group', { name: 'Mark these' });
    fireEvent.click(within(categories).getByRole('checkbox', { name: 'Places' }));
    expect(base.actions.onChange).toHaveBeenCalledWith({
      categories: { ...DEFAULT_SETTINGS.categories, places: false },
    });
  });

  it('offers marking, highlight style and card trigger as labelled radio groups', () => {
    const base = props('de');
    render(<OptionsView {...base} />);
    fireEvent.click(
      within(screen.getByRole('group', { name: 'Welche Erwähnungen' })).getByRole('radio', { name: 'Jede Erwähnung' }),
    );
    fireEvent.click(
      within(screen.getByRole('group', { name: 'Hervorhebung' })).getByRole('radio', { name: 'Hintergrundfarbe' }),
    );
    fireEvent.click(
      within(screen.getByRole('group', { name: 'Karte öffnen' })).getByRole('radio', {
        name: 'Wenn ich auf einen Namen klicke',
      }),
    );
    expect(vi.mocked(base.actions.onChange).mock.calls).toEqual([
      [{ marking: 'all' }],
      [{ highlightStyle: 'background' }],
      [{ cardTrigger: 'click' }],
    ]);
  });

  it('has a labelled hover delay that is off when cards open on click', () => {
    const { rerender } = render(<OptionsView {...props('en')} />);
    const slider = screen.getByRole('slider', { name: 'Delay before a card opens on hover' }) as HTMLInputElement;
    expect(slider.value).toBe('300');
    expect(slider.getAttribute('aria-valuetext')).toBe('300 ms');
    rerender(<OptionsView {...props('en', { settings: { ...DEFAULT_SETTINGS, cardTrigger: 'click' } })} />);
    expect((screen.getByRole('slider') as HTMLInputElement).disabled).toBe(true);
  });

  it('shows the keyboard shortcuts and opens the browser’s page to change them', () => {
    const base = props('en');
    render(<OptionsView {...base} />);
    expect(screen.getByTestId('shortcuts-section').textContent).toContain('Alt+Shift+J');
    fireEvent.click(screen.getByRole('button', { name: 'Change shortcuts' }));
    expect(base.actions.onChangeShortcuts).toHaveBeenCalled();
  });
});

describe('OptionsView: where it works', () => {
  it('lists the reader’s sites with labelled remove buttons', () => {
    const base = props('en', {
      settings: { ...DEFAULT_SETTINGS, sites: { enabled: ['example.org'], disabled: ['spiegel.de'] } },
    });
    render(<OptionsView {...base} />);
    fireEvent.click(screen.getByRole('button', { name: 'Remove example.org' }));
    fireEvent.click(screen.getByRole('button', { name: 'Remove spiegel.de' }));
    expect(base.actions.onForgetSite).toHaveBeenCalledWith('example.org');
    expect(base.actions.onReenableSite).toHaveBeenCalledWith('spiegel.de');
  });

  it('passes a typed site on and says why one is refused', () => {
    const base = props('en');
    const { rerender } = render(<OptionsView {...base} />);
    fireEvent.input(screen.getByRole('textbox', { name: 'Site address' }), { target: { value: 'example.org' } });
    fireEvent.click(screen.getByRole('button', { name: 'Switch on' }));
    expect(base.actions.onEnableSite).toHaveBeenCalledWith('example.org');
    rerender(<OptionsView {...props('en', { siteNotice: { kind: 'invalid', input: 'two words' } })} />);
    expect(screen.getByTestId('site-notice').textContent).toBe(
      '“two words” is not a site address. Write it like example.com.',
    );
  });

  it('offers pause, and resume while paused', () => {
    const base = props('en');
    const { rerender } = render(<OptionsView {...base} />);
    fireEvent.click(screen.getByRole('button', { name: 'Pause everywhere for an hour' }));
    expect(base.actions.onPause).toHaveBeenCalled();
    rerender(<OptionsView {...props('en', { pausedUntil: '14:05' })} />);
    expect(screen.getByTestId('paused-until').textContent).toBe('Paused everywhere until 14:05.');
    expect(screen.getByRole('button', { name: 'Resume now' })).toBeTruthy();
  });
});

describe('OptionsView: data and privacy', () => {
  it('shows the dataset and names the first problems of a refused file', () => {
    render(
      <OptionsView
        {...props('en', { dataStatus: { status: 'refused', problems: ['rounds.json row 3: start is not a date'] } })}
      />,
    );
    expect(screen.getByTestId('dataset-summary').textContent).toContain('308 entries, 84 rounds, 89 positions');
    expect(screen.getByTestId('data-status').textContent).toContain('data in use is unchanged');
    expect(screen.getByTestId('import-problems').textContent).toBe('rounds.json row 3: start is not a date');
    expect((screen.getByRole('button', { name: 'Back to the bundled dataset' }) as HTMLButtonElement).disabled).toBe(
      true,
    );
  });

  it('says when an update replaced the imported dataset', () => {
    render(<OptionsView {...props('de', { importReplaced: true })} />);
    expect(screen.getByTestId('import-replaced').textContent).toContain('wieder der mitgelieferte');
  });

  it('asks once more before clearing the reader’s data', () => {
    const base = props('en');
    render(<OptionsView {...base} />);
    fireEvent.click(screen.getByRole('button', { name: 'Clear my data and settings' }));
    expect(base.actions.onClearData).not.toHaveBeenCalled();
    fireEvent.click(screen.getByRole('button', { name: 'Yes, clear everything' }));
    expect(base.actions.onClearData).toHaveBeenCalledTimes(1);
  });

  it('gives every form control an accessible name', () => {
    render(<OptionsView {...props('de')} />);
    const controls = [...document.querySelectorAll('input, button')];
    const unnamed = controls.filter((control) => {
      const id = control.getAttribute('id');
      const labelled = control.closest('label') ?? (id ? document.querySelector(`label[for="${id}"]`) : null);
      return !labelled && !control.getAttribute('aria-label') && !control.textContent?.trim();
    });
    expect(unnamed.map((control) => `${control.tagName} ${control.getAttribute('data-testid') ?? ''}`)).toEqual([]);
  });
});
