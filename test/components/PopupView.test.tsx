import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { PopupView } from '../../components/PopupView';
import { translator } from '../../lib/i18n';

afterEach(cleanup);

const info = {
  version: 'abc12345',
  asOf: '2026-11-25',
  coversUntil: '2026-04',
  origin: 'bundled',
  entityCount: 6,
  roundCount: 84,
  positionCount: 89,
  storage: 'indexeddb',
} as const;

describe('PopupView', () => {
  it('shows the dataset in English', () => {
    render(
      <PopupView lang="en" t={translator('en')} dataset={{ status: 'ready', info }} onOpenOptions={() => undefined} />,
    );
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Dossier');
    expect(screen.getByText('6 entries, as of 25 November 2026')).toBeTruthy();
  });

  it('shows the dataset in German', () => {
    render(
      <PopupView lang="de" t={translator('de')} dataset={{ status: 'ready', info }} onOpenOptions={() => undefined} />,
    );
    expect(screen.getByText('6 Einträge, Stand 25. November 2026')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Einstellungen' })).toBeTruthy();
  });

  it('says what went wrong when the dataset cannot be read', () => {
    render(
      <PopupView
        lang="en"
        t={translator('en')}
        dataset={{ status: 'error', error: 'QuotaExceededError' }}
        onOpenOptions={() => undefined}
      />,
    );
    expect(screen.getByRole('alert').textContent).toBe('The dataset could not be read: QuotaExceededError');
  });

  it('opens the settings', () => {
    const onOpenOptions = vi.fn();
    render(<PopupView lang="en" t={translator('en')} dataset={{ status: 'loading' }} onOpenOptions={onOpenOptions} />);
    fireEvent.click(screen.getByRole('button', { name: 'Settings' }));
    expect(onOpenOptions).toHaveBeenCalledOnce();
  });
});
