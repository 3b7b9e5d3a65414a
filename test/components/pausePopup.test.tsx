import { cleanup, render, renderHook, screen } from '@testing-library/preact';
import { SiteControl } from '../../components/SiteControl';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { translator } from '../../lib/i18n';
import { DEFAULT_SETTINGS } from '../../lib/settings/schema';
import { SettingsStore } from '../../lib/settings/store';
import { useSiteControl } from '../../lib/ui/useSiteControl';
import { memorySettingsItem } from '../fixtures/fakes';

const NOW = Date.parse('2025-06-02T10:00:00Z');

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
  vi.useRealTimers();
});

describe('the popup’s pause timer', () => {
  it('waits within the browser’s timer limit for a pause in the year 2999 instead of firing at once', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const arm = vi.spyOn(globalThis, 'setTimeout');
    const settings = { ...DEFAULT_SETTINGS, pausedUntil: Date.parse('2999-01-01T00:00:00Z') };
    const env = {
      store: new SettingsStore(memorySettingsItem()),
      send: async () => undefined,
      tab: { id: 1, url: 'https://www.spiegel.de/a' },
      requestPermission: async () => false,
      now: () => NOW,
    };
    let renders = 0;
    renderHook(() => {
      renders += 1;
      return useSiteControl(env, settings, 'en', translator('en'));
    });
    await vi.advanceTimersByTimeAsync(1000);
    // An overflowing delay fires at once and re-renders; a clamped one waits (24.8 days, then checks again).
    expect(renders).toBe(1);
    expect(arm.mock.calls.map((call) => call[1] ?? 0).every((ms) => ms <= 2 ** 31 - 1)).toBe(true);
  });
});

describe('the popup’s site switch when storage.sync refuses a write', () => {
  it('says the change was not saved instead of leaving a rejection unhandled', async () => {
    const item = memorySettingsItem();
    item.setValue = async () => {
      throw new Error('QUOTA_BYTES_PER_ITEM quota exceeded');
    };
    const unhandled = vi.fn();
    process.on('unhandledRejection', unhandled);
    const env = {
      store: new SettingsStore(item),
      send: async () => undefined,
      tab: { id: 1, url: 'https://www.spiegel.de/a' },
      requestPermission: async () => false,
      now: () => NOW,
    };
    const { result } = renderHook(() => useSiteControl(env, DEFAULT_SETTINGS, 'en', translator('en')));
    expect(result.current.state).toMatchObject({ status: 'active', saveFailed: false });
    result.current.onPause();
    await vi.waitFor(() => expect(result.current.state).toMatchObject({ saveFailed: true }));
    render(<SiteControl {...result.current} />);
    expect(screen.getByTestId('site-save-failed').textContent).toBe(
      'The browser did not save this change. Please try again.',
    );
    process.off('unhandledRejection', unhandled);
    expect(unhandled).not.toHaveBeenCalled();
  });
});
