// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { startPageSession, type PageSession, type PageSessionEnvironment } from '../../lib/content/pageSession';
import { lexiconSourceOf } from '../../lib/match/source';
import { HoverIntent } from '../../lib/cardShell/hoverIntent';
import { DEFAULT_SETTINGS, MAX_PAUSE_MS, parseSettings, type Settings } from '../../lib/settings/schema';
import { SettingsStore } from '../../lib/settings/store';
import { miniDataset } from '../fixtures/miniDataset';
import { memorySettingsItem } from '../fixtures/fakes';

/** The largest delay browsers (and vitest's fake timers) honour; beyond it the delay wraps to about 1 ms. */
const MAX_TIMER_DELAY = 2 ** 31 - 1;
const NOW = Date.parse('2025-06-02T10:00:00Z');
const YEAR_2999 = Date.parse('2999-01-01T00:00:00Z');

afterEach(() => vi.useRealTimers());

describe('the pause in the settings', () => {
  it('keeps a pause that ends within a day and treats one further out as no pause', () => {
    vi.useFakeTimers({ now: NOW, toFake: ['Date'] });
    expect(parseSettings({ pausedUntil: NOW + 60 * 60 * 1000 }).pausedUntil).toBe(NOW + 60 * 60 * 1000);
    expect(parseSettings({ pausedUntil: NOW + MAX_PAUSE_MS }).pausedUntil).toBe(NOW + MAX_PAUSE_MS);
    expect(parseSettings({ pausedUntil: NOW + MAX_PAUSE_MS + 1 }).pausedUntil).toBeNull();
    expect(parseSettings({ pausedUntil: YEAR_2999 }).pausedUntil).toBeNull();
    expect(parseSettings({ pausedUntil: Number.MAX_SAFE_INTEGER }).pausedUntil).toBeNull();
    // A pause that already ended is still a valid value (it simply is over).
    expect(parseSettings({ pausedUntil: NOW - 1 }).pausedUntil).toBe(NOW - 1);
  });

  it('reads and rewrites a far-future pause synced from a device with a wrong clock as no pause', async () => {
    vi.useFakeTimers({ now: NOW, toFake: ['Date'] });
    const item = memorySettingsItem({ version: 2, pausedUntil: YEAR_2999, marking: 'all' });
    const store = new SettingsStore(item);
    expect((await store.load()).pausedUntil).toBeNull();
    await store.update({ highlightStyle: 'background' });
    expect(item.value).toMatchObject({ pausedUntil: null, marking: 'all', highlightStyle: 'background' });
  });
});

describe('the pause timer', () => {
  it('arms one timer within the browser’s limit for a pause in the year 2999, not one per millisecond', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    document.body.replaceChildren(Object.assign(document.createElement('p'), { textContent: 'Rustem Umjerow' }));
    Object.defineProperty(window, 'location', {
      value: new URL('https://www.spiegel.de/politik/artikel.html'),
      configurable: true,
    });
    // As the content script gets it: not validated on this side (no Zod there).
    const settings: Settings = { ...DEFAULT_SETTINGS, pausedUntil: YEAR_2999 };
    const armed: number[] = [];
    const env: PageSessionEnvironment = {
      win: window as unknown as Window & typeof globalThis,
      bundledLexicon: lexiconSourceOf(miniDataset()),
      navigatorLanguage: 'de-DE',
      curatedHosts: ['spiegel.de'],
      loadSettings: async () => settings,
      loadLexicon: async () => null,
      reportState: () => undefined,
      fetchCard: async () => ({ ok: false, error: 'not in this test' }),
      fetchRound: async () => ({ ok: false, error: 'not in this test' }),
      timers: {
        setTimeout: (callback, ms) => {
          if (ms > 0) armed.push(ms);
          return setTimeout(callback, ms) as unknown as number;
        },
        clearTimeout: (id) => clearTimeout(id),
      },
      listen: (type, listener, options) => window.addEventListener(type, listener as EventListener, options),
      requestFrame: (callback) => void setTimeout(callback, 0),
      shadowMode: 'open',
      cardCss: '',
      now: () => new Date(NOW),
    };
    let session: PageSession | null = null;
    try {
      session = await startPageSession(env);
      await vi.advanceTimersByTimeAsync(1000);
      expect(armed.length).toBeLessThanOrEqual(1);
      expect(armed.every((ms) => ms <= MAX_TIMER_DELAY)).toBe(true);
    } finally {
      session?.destroy();
    }
  });

  it('waits at most the browser’s limit for a card even with an absurd hover delay', () => {
    const armed: number[] = [];
    const intent = new HoverIntent<string>(
      {
        openDelay: YEAR_2999,
        closeDelay: 300,
        setTimeout: (_callback, ms) => armed.push(ms),
        clearTimeout: () => undefined,
      },
      () => undefined,
      () => undefined,
    );
    intent.pointerAt('Putin', false);
    expect(armed).toHaveLength(1);
    expect(armed[0]).toBeLessThanOrEqual(MAX_TIMER_DELAY);
  });
});
