import { act, cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { OptionsView } from '../../components/OptionsView';
import { SettingsStore } from '../../lib/settings/store';
import { localStorageIndexCache } from '../../lib/ui/indexCache';
import { useOptions, type OptionsEnvironment } from '../../lib/ui/useOptions';
import { memorySettingsItem } from '../fixtures/fakes';

function OptionsPage({ env }: { env: OptionsEnvironment }) {
  const props = useOptions(env);
  return props ? <OptionsView {...props} /> : null;
}

function environment(send: OptionsEnvironment['send']): OptionsEnvironment {
  return {
    store: new SettingsStore(memorySettingsItem({ language: 'en' })),
    send,
    navigatorLanguage: 'en-GB',
    doc: document,
    requestPermission: async () => false,
    loadShortcuts: async () => [],
    openShortcutSettings: null,
    now: () => Date.parse('2025-06-02T10:00:00Z'),
  };
}

/** Lets pending promise callbacks run (one turn of the event loop, no clock). */
const settle = () => act(() => new Promise<void>((done) => setImmediate(done)));

afterEach(() => {
  cleanup();
  localStorage.clear();
});

describe('clearing what Dossier stored, from the options page', () => {
  it('also drops the popup’s search index kept in the extension origin’s localStorage', async () => {
    // The popup kept its index here (the options page runs in the same origin).
    const cache = localStorageIndexCache(() => localStorage);
    cache.save('v1', '{"index":"serialized"}');
    expect(cache.load('v1')).toBe('{"index":"serialized"}');
    const sent: unknown[] = [];
    render(<OptionsPage env={environment(async (message) => (sent.push(message), { ok: true }))} />);
    await settle();

    fireEvent.click(screen.getByTestId('clear-data'));
    fireEvent.click(screen.getByTestId('clear-confirm'));
    await settle();

    expect(sent).toContainEqual({ type: 'clear-local-data' });
    expect(screen.getByTestId('clear-status').textContent).toBe('Cleared. Settings are back to their defaults.');
    expect(cache.load('v1')).toBeUndefined();
    expect(localStorage.length).toBe(0);
  });

  it('drops nothing before the reader confirms', async () => {
    const cache = localStorageIndexCache(() => localStorage);
    cache.save('v1', 'kept');
    render(<OptionsPage env={environment(async () => ({ ok: true }))} />);
    await settle();
    fireEvent.click(screen.getByTestId('clear-data'));
    await settle();
    expect(cache.load('v1')).toBe('kept');
  });
});
