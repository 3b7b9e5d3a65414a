// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { startPageSession, type PageSession, type PageSessionEnvironment } from '../../lib/content/pageSession';
import { lexiconSourceOf } from '../../lib/match/source';
import { DEFAULT_SETTINGS, type Settings } from '../../lib/settings/schema';
import type { PageState } from '../../lib/sites/access';
import { miniDataset } from '../fixtures/miniDataset';
import { PageMentionsAnswerSchema } from '../../lib/messaging/protocol';

const ARTICLE_TEXT =
  'In Istanbul trafen sich Rustem Umjerow und Wladimir Medinski. Umjerow sprach von Fortschritten, Medinski nicht.';

interface Harness {
  session: PageSession;
  reported: Array<[PageState, number]>;
  setSettings: (settings: Settings) => Promise<void>;
  advance: (ms: number) => Promise<void>;
}

/** A page on a curated host with hand-driven time and timers; no browser APIs beyond happy-dom's DOM. */
async function openPage(initial: Settings, host = 'www.spiegel.de', text = ARTICLE_TEXT): Promise<Harness> {
  const article = document.createElement('article');
  const paragraph = document.createElement('p');
  paragraph.textContent = text;
  article.append(paragraph);
  document.body.replaceChildren(article);
  history.replaceState(null, '', '/');
  let now = Date.parse('2025-06-02T10:00:00Z');
  let settings = initial;
  const timers = new Map<number, { at: number; callback: () => void }>();
  let nextTimer = 1;
  const reported: Array<[PageState, number]> = [];
  const env: PageSessionEnvironment = {
    win: window as unknown as Window & typeof globalThis,
    bundledLexicon: lexiconSourceOf(miniDataset()),
    navigatorLanguage: 'de-DE',
    curatedHosts: ['spiegel.de'],
    loadSettings: async () => settings,
    loadLexicon: async () => null,
    reportState: (state, count) => reported.push([state, count]),
    fetchCard: async () => ({ ok: false, error: 'not in this test' }),
    fetchRound: async () => ({ ok: false, error: 'not in this test' }),
    timers: {
      setTimeout: (callback, ms) => {
        // Yields between scan slices run at once; timers with a delay wait for advance().
        if (ms === 0) return setTimeout(callback, 0) as unknown as number;
        timers.set(nextTimer, { at: now + ms, callback });
        return nextTimer++;
      },
      clearTimeout: (id) => void timers.delete(id),
    },
    listen: (type, listener, options) => window.addEventListener(type, listener as EventListener, options),
    requestFrame: (callback) => void setTimeout(callback, 0),
    shadowMode: 'open',
    cardCss: '',
    now: () => new Date(now),
  };
  Object.defineProperty(window, 'location', {
    value: new URL(`https://${host}/politik/artikel.html`),
    configurable: true,
  });
  const session = await startPageSession(env);
  await session.app.scanned();
  return {
    session,
    reported,
    setSettings: async (next) => {
      settings = next;
      await session.refreshSettings();
      await session.app.scanned();
    },
    advance: async (ms) => {
      now += ms;
      for (const [id, timer] of [...timers]) {
        if (timer.at <= now) {
          timers.delete(id);
          timer.callback();
        }
      }
      await new Promise((done) => setTimeout(done, 0));
      await session.app.scanned();
    },
  };
}

let open: PageSession | null = null;
afterEach(() => {
  open?.destroy();
  open = null;
});

const surfaces = (session: PageSession) => session.app.marked().map((mention) => mention.surface);

describe('a page’s session with the extension', () => {
  it('marks the first mention of each name and reports every mention to the toolbar', async () => {
    const page = await openPage(DEFAULT_SETTINGS);
    open = page.session;
    expect(surfaces(page.session)).toEqual(['Istanbul', 'Rustem Umjerow', 'Wladimir Medinski']);
    expect(page.reported.at(-1)).toEqual(['active', 5]);
  });

  it('summarises the page for the popup: each name once, with its count', async () => {
    const page = await openPage(DEFAULT_SETTINGS);
    open = page.session;
    const answer = page.session.handleCommand({ type: 'page-mentions' });
    expect(answer?.mentions?.map((mention) => [mention.surface, mention.count])).toEqual([
      ['Istanbul', 1],
      ['Rustem Umjerow', 2],
      ['Wladimir Medinski', 2],
    ]);
    expect(page.session.handleCommand({ type: 'something-else' })).toBeUndefined();
  });

  it('lists a name the page fills with soft hyphens as the name, and the list still passes the popup’s check', async () => {
    const page = await openPage(
      DEFAULT_SETTINGS,
      'www.spiegel.de',
      `In Istanbul traf sich Rustem Um${'\u00ad'.repeat(1000)}jerow.`,
    );
    open = page.session;
    const answer = page.session.handleCommand({ type: 'page-mentions' });
    expect(answer?.mentions?.map((mention) => mention.surface)).toEqual(['Istanbul', 'Rustem Umjerow']);
    expect(PageMentionsAnswerSchema.safeParse(answer).success).toBe(true);
    expect(page.session.handleCommand({ type: 'step-mention', direction: 'sideways' })).toBeUndefined();
  });

  it('stays off on a site the reader switched off, and comes on when they switch it back', async () => {
    const page = await openPage({ ...DEFAULT_SETTINGS, sites: { enabled: [], disabled: ['spiegel.de'] } });
    open = page.session;
    expect(page.session.app.marked()).toEqual([]);
    expect(page.reported.at(-1)).toEqual(['off', 0]);
    expect(page.session.handleCommand({ type: 'step-mention', direction: 'next' })).toMatchObject({
      state: 'off',
      found: false,
    });
    await page.setSettings(DEFAULT_SETTINGS);
    expect(surfaces(page.session)).toHaveLength(3);
    expect(page.reported.at(-1)).toEqual(['active', 5]);
  });

  it('does not run on a site that is neither curated nor enabled', async () => {
    const page = await openPage(DEFAULT_SETTINGS, 'blog.example.org');
    open = page.session;
    expect(page.reported.at(-1)).toEqual(['off', 0]);
  });

  it('rests while paused and comes back by itself when the pause ends', async () => {
    const start = Date.parse('2025-06-02T10:00:00Z');
    const page = await openPage({ ...DEFAULT_SETTINGS, pausedUntil: start + 60_000 });
    open = page.session;
    expect(page.reported.at(-1)).toEqual(['paused', 0]);
    await page.advance(30_000);
    expect(page.session.app.marked()).toEqual([]);
    await page.advance(31_000);
    expect(surfaces(page.session)).toHaveLength(3);
    expect(page.reported.at(-1)).toEqual(['active', 5]);
  });

  it('follows category and marking changes without rescanning the page', async () => {
    const page = await openPage(DEFAULT_SETTINGS);
    open = page.session;
    const before = page.session.app.mentions();
    await page.setSettings({
      ...DEFAULT_SETTINGS,
      marking: 'all',
      categories: { ...DEFAULT_SETTINGS.categories, places: false },
    });
    expect(page.session.app.mentions()).toBe(before);
    expect(surfaces(page.session)).toEqual(['Rustem Umjerow', 'Wladimir Medinski', 'Umjerow', 'Medinski']);
    expect(page.reported.at(-1)).toEqual(['active', 4]);
  });

  it('follows a live page: new text is scanned, removed text loses its marks, changed text is read again', async () => {
    const page = await openPage(DEFAULT_SETTINGS);
    open = page.session;
    const update = document.createElement('p');
    update.textContent = 'Neu: Selenskyj und Putin äußerten sich.';
    document.querySelector('article')?.append(update);
    await expect.poll(() => surfaces(page.session)).toContain('Selenskyj');
    expect(page.reported.at(-1)).toEqual(['active', 7]);

    update.firstChild!.nodeValue = 'Neu: nichts.';
    await expect.poll(() => surfaces(page.session)).not.toContain('Selenskyj');
    update.firstChild!.nodeValue = 'Neu: Putin.';
    await expect.poll(() => surfaces(page.session)).toContain('Putin');

    update.remove();
    await expect.poll(() => surfaces(page.session)).toEqual(['Istanbul', 'Rustem Umjerow', 'Wladimir Medinski']);
  });

  it('marks a name first in the article even when the page names it earlier outside it', async () => {
    const page = await openPage(DEFAULT_SETTINGS);
    open = page.session;
    const teaser = document.createElement('div');
    teaser.textContent = 'Medinski in der Kopfzeile';
    document.body.prepend(teaser);
    await expect.poll(() => page.session.app.mentions().length).toBe(6);
    const medinski = page.session.app.marked().find((mention) => mention.entityId === 'medinsky');
    expect(medinski?.region).toBe('main');
    expect(medinski?.surface).toBe('Wladimir Medinski');
  });
});
