import { act, cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { OptionsView } from '../../components/OptionsView';
import { MAX_IMPORT_BYTES } from '../../lib/dataset/schema';
import { SettingsStore, type RawSettingsItem } from '../../lib/settings/store';
import { useOptions, type OptionsEnvironment } from '../../lib/ui/useOptions';
import { memorySettingsItem } from '../fixtures/fakes';

const MIB = 1024 * 1024;

/** The options page as its entry point mounts it, over a given environment. */
function OptionsPage({ env }: { env: OptionsEnvironment }) {
  const props = useOptions(env);
  return props ? <OptionsView {...props} /> : null;
}

function environment(
  item: RawSettingsItem,
  send: OptionsEnvironment['send'] = async () => ({ ok: false, error: 'no background in this test' }),
): OptionsEnvironment {
  return {
    store: new SettingsStore(item),
    send,
    navigatorLanguage: 'en-GB',
    doc: document,
    requestPermission: async () => false,
    loadShortcuts: async () => [],
    openShortcutSettings: null,
    now: () => Date.parse('2025-06-02T10:00:00Z'),
  };
}

/** Lets pending promise callbacks run, and Node report any rejection left unhandled (one turn of the event loop, no clock). */
const settle = () => act(() => new Promise<void>((done) => setImmediate(done)));

const unhandled: unknown[] = [];
const onUnhandled = (reason: unknown) => void unhandled.push(reason);
beforeEach(() => {
  unhandled.length = 0;
  process.on('unhandledRejection', onUnhandled);
});
afterEach(() => {
  process.off('unhandledRejection', onUnhandled);
  cleanup();
});

describe('the options page when storage.sync fails', () => {
  it('renders with the defaults, says so, and leaves no rejection unhandled', async () => {
    const failing: RawSettingsItem = {
      getValue: () => Promise.reject(new Error('storage.sync is disabled')),
      setValue: () => Promise.reject(new Error('storage.sync is disabled')),
      watch: () => () => undefined,
    };
    render(<OptionsPage env={environment(failing)} />);
    await settle();
    await settle();
    expect(unhandled).toEqual([]);
    expect(screen.getByTestId('options')).toBeTruthy();
    expect(screen.getByTestId('settings-unavailable').textContent).toBe(
      'Your settings could not be read from the browser’s storage. The defaults are shown; a change may not be saved.',
    );
    expect((screen.getByTestId('language-browser') as HTMLInputElement).checked).toBe(true);
    // A change still tries, and its failure is shown, not thrown.
    fireEvent.click(screen.getByTestId('language-de'));
    await settle();
    expect(unhandled).toEqual([]);
    expect(screen.getByTestId('save-status').textContent).toMatch(/^Could not save: /);
  });

  it('shows no note when the settings load', async () => {
    render(<OptionsPage env={environment(memorySettingsItem({ language: 'de' }))} />);
    await settle();
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Dossier – Einstellungen');
    expect(screen.queryByTestId('settings-unavailable')).toBeNull();
  });
});

describe('importing a dataset file', () => {
  it('refuses a file over the limit before reading it, naming the limit', async () => {
    const sent: unknown[] = [];
    render(
      <OptionsPage
        env={environment(
          memorySettingsItem(),
          async (message) => (sent.push(message), { ok: false, error: 'no background in this test' }),
        )}
      />,
    );
    await settle();
    const file = new File(['{}'], 'huge.json', { type: 'application/json' });
    Object.defineProperty(file, 'size', { value: MAX_IMPORT_BYTES + 2 * MIB });
    const read = vi.spyOn(file, 'text');
    fireEvent.change(screen.getByTestId('dataset-file'), { target: { files: [file] } });
    await settle();
    expect(read).not.toHaveBeenCalled();
    expect(sent.some((message) => (message as { type?: unknown }).type === 'import-dataset')).toBe(false);
    expect(screen.getByTestId('data-status').textContent).toBe(
      `The file is ${MAX_IMPORT_BYTES / MIB + 2} MB, more than the limit of ${MAX_IMPORT_BYTES / MIB} MB. Nothing was imported.`,
    );
  });

  it('still reads and sends a file within the limit', async () => {
    const sent: unknown[] = [];
    render(
      <OptionsPage
        env={environment(
          memorySettingsItem(),
          async (message) => (sent.push(message), { ok: false, error: 'no background in this test' }),
        )}
      />,
    );
    await settle();
    const file = new File(['{"meta":{}}'], 'small.json', { type: 'application/json' });
    const read = vi.spyOn(file, 'text');
    fireEvent.change(screen.getByTestId('dataset-file'), { target: { files: [file] } });
    await settle();
    expect(read).toHaveBeenCalledTimes(1);
    expect(sent).toContainEqual({ type: 'import-dataset', text: '{"meta":{}}' });
  });
});
