import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { OptionsView } from '../../components/OptionsView';
import { translator } from '../../lib/i18n';

afterEach(cleanup);

describe('OptionsView', () => {
  it('offers the three language choices as a labelled radio group, the current one checked', () => {
    render(<OptionsView lang="en" t={translator('en')} settings={{ language: 'browser' }} browserLanguage="de" save={{ status: 'idle' }} onLanguageChange={() => undefined} />);
    expect(screen.getByRole('group', { name: 'Language' })).toBeTruthy();
    const browser = screen.getByRole('radio', { name: 'Browser language (German)' }) as HTMLInputElement;
    expect(browser.checked).toBe(true);
    expect(screen.getByRole('radio', { name: 'Deutsch' })).toBeTruthy();
    expect(screen.getByRole('radio', { name: 'English' })).toBeTruthy();
  });

  it('reports the choice and confirms the save', () => {
    const onLanguageChange = vi.fn();
    const { rerender } = render(<OptionsView lang="en" t={translator('en')} settings={{ language: 'browser' }} browserLanguage="en" save={{ status: 'idle' }} onLanguageChange={onLanguageChange} />);
    fireEvent.click(screen.getByRole('radio', { name: 'Deutsch' }));
    expect(onLanguageChange).toHaveBeenCalledWith('de');
    rerender(<OptionsView lang="de" t={translator('de')} settings={{ language: 'de' }} browserLanguage="en" save={{ status: 'saved' }} onLanguageChange={onLanguageChange} />);
    expect(screen.getByRole('status').textContent).toBe('Gespeichert.');
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Dossier – Einstellungen');
  });
});

describe('OptionsView: dataset notice', () => {
  it('says when an update replaced the imported dataset', () => {
    render(<OptionsView lang="de" t={translator('de')} settings={{ language: 'de' }} browserLanguage="de" save={{ status: 'idle' }} importReplaced onLanguageChange={() => undefined} />);
    expect(screen.getByTestId('import-replaced').textContent).toContain('wieder der mitgelieferte');
  });
});
