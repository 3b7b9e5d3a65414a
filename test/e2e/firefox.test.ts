import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { ARTICLE_DE_HIGHLIGHTS, HOST_INSERTION, ISTANBUL_2025_ROUNDS, UMEROV_ROLES_SPRING_2025 } from './expectations';
import { useExtensionInFirefox } from './firefoxHarness';
import { FIREFOX_TEST_BUILD_DIR } from '../tools/firefox';
import { centreOfWord, highlightedTexts, hoverWord, recordedMutations } from './pageHelpers';

/*
 * The Chromium suites' scenarios, in Debian's Firefox ESR with the Firefox MV3 test build installed as a
 * temporary add-on. A temporary add-on is gone after a browser restart, so persistence across restarts
 * (restart.test.ts, store.test.ts) is proved in Chromium only.
 */
const suite = useExtensionInFirefox();

// A test that fails leaves no tab behind: a second tab with the same address would take its tab id.
const opened: Page[] = [];
afterEach(async () => {
  await Promise.all(opened.splice(0).map((page) => page.close().catch(() => undefined)));
});

/*
 * The content script times its own work on the page's main thread (Firefox, like Chromium, does not attribute
 * content-script work in long-task entries); the figures of the pages opened here are printed at the end.
 * They are figures, not assertions: a shared machine can stretch any task (DOSSIER_STRICT_TASKS=1 asserts 50 ms).
 */
interface TaskFigures {
  tasks: number;
  longestMs: number;
  longestLabel: string;
  longestByKind: Record<string, number>;
}
const taskFigures: Array<{ page: string; figures: TaskFigures }> = [];

async function noteTasks(name: string, page: Page): Promise<void> {
  const answer = await suite
    .seam<{ diagnostics?: { tasks?: TaskFigures } } | undefined>('pageDiagnostics', await suite.tabIdOf(page.url()))
    .catch(() => undefined);
  const figures = answer?.diagnostics?.tasks;
  if (figures) taskFigures.push({ page: name, figures });
}

afterAll(() => {
  const scanSlice = (figures: TaskFigures) =>
    Math.max(
      0,
      ...Object.entries(figures.longestByKind)
        .filter(([kind]) => kind.startsWith('scan-'))
        .map(([, ms]) => ms),
    );
  console.log(
    [
      `Firefox: the content script's tasks on ${taskFigures.length} pages (measured inside it):`,
      `${'page'.padEnd(34)} ${'tasks'.padStart(6)} ${'scan slice ms'.padStart(14)} ${'longest ms'.padStart(11)}  longest task`,
      ...taskFigures.map(
        ({ page, figures }) =>
          `${page.padEnd(34)} ${String(figures.tasks).padStart(6)} ${scanSlice(figures).toFixed(1).padStart(14)} ${figures.longestMs.toFixed(1).padStart(11)}  ${figures.longestLabel}`,
      ),
    ].join('\n'),
  );
  if (process.env.DOSSIER_STRICT_TASKS === '1')
    for (const { page, figures } of taskFigures)
      expect(figures.longestMs, `${page}: longest task`).toBeLessThanOrEqual(50);
});

/** Cards answer through the event page and Firefox paints a little later than Chromium: wait up to 5 s. */
const poll = <T>(read: () => Promise<T>) => expect.poll(read);

async function newTab(): Promise<Page> {
  const page = await suite.firefox.browser.newPage();
  opened.push(page);
  return page;
}

async function extensionTab(path: string): Promise<Page> {
  const page = await suite.extensionPage(path);
  opened.push(page);
  return page;
}

async function openArticle(name: string): Promise<Page> {
  const page = await newTab();
  await page.goto(suite.server.url(name));
  await expect.poll(() => highlightedTexts(page), { timeout: 10_000 }).not.toEqual([]);
  return page;
}

/** Text of `[data-testid=testId]` inside the card's shadow root (open in the test build), or null. */
function overlayText(page: Page, testId: string, within = 'entity-card'): Promise<string | null> {
  return page.evaluate(
    ({ scope, id }) =>
      document
        .querySelector('dossier-overlay')
        ?.shadowRoot?.querySelector(
          `[data-testid="${scope}"] [data-testid="${id}"], [data-testid="${scope}"][data-testid="${id}"]`,
        )?.textContent ?? null,
    { scope: within, id: testId },
  );
}

function overlayCount(page: Page, testId: string): Promise<number> {
  return page.evaluate(
    (id) =>
      document.querySelector('dossier-overlay')?.shadowRoot?.querySelectorAll(`[data-testid="${id}"]`).length ?? 0,
    testId,
  );
}

const cardText = (page: Page, testId: string) => overlayText(page, testId);
/** Run in the page: whether focus is inside the round card (the card reports it is ready by taking focus). */
const roundCardHasFocus = () =>
  document.activeElement?.localName === 'dossier-overlay' &&
  !!document.activeElement.shadowRoot?.activeElement?.closest('[data-testid="round-card"]');
const resultIds = (popup: Page) =>
  popup.$$eval('[data-testid="search-result"]', (rows) => rows.map((row) => row.getAttribute('data-round-id')));

/** Checks one control on the options page, as a reader would, and waits until it is saved. */
async function setOption(testId: string): Promise<void> {
  const options = await extensionTab('options.html');
  await options.waitForSelector('[data-testid="options"]');
  await options.click(`[data-testid="${testId}"]`);
  await poll(() => options.$eval('[data-testid="save-status"]', (node) => node.textContent)).toMatch(
    /Saved|Gespeichert/,
  );
  await options.close();
}

describe('the extension in Firefox', () => {
  it('runs its background as an MV3 event page, with the test seam on the page’s globalThis', async () => {
    // WXT writes background.scripts for Firefox: Firefox MV3 has event pages, not service workers.
    const manifest = JSON.parse(readFileSync(join(FIREFOX_TEST_BUILD_DIR, 'manifest.json'), 'utf8')) as {
      manifest_version: number;
      background: Record<string, unknown>;
    };
    expect(manifest.manifest_version).toBe(3);
    expect(manifest.background).toEqual({ scripts: ['background.js'] });
    const page = await extensionTab('options.html');
    const background = await page.evaluate(async () => {
      const runtime = (
        globalThis as unknown as { browser: { runtime: { getBackgroundPage(): Promise<Window | null> } } }
      ).browser.runtime;
      const window = await runtime.getBackgroundPage();
      return window
        ? {
            url: window.location.pathname,
            hasDocument: window.document.nodeType === Node.DOCUMENT_NODE,
            seam: 'dossierTest' in window,
          }
        : null;
    });
    expect(background).toEqual({ url: '/_generated_background_page.html', hasDocument: true, seam: true });
    expect(await suite.seam('seedOutcome')).toBe('seeded');
    expect(await suite.seam('errors')).toEqual([]);
  });

  it('highlights the same ranges as Chromium on the German article', async () => {
    const page = await openArticle('article-de.html');
    // The event phrase in the headline may be marked a moment after the names.
    await poll(() => highlightedTexts(page)).toEqual(ARTICLE_DE_HIGHLIGHTS);
    await noteTasks('article-de.html (read)', page);
    await page.close();
  });

  it('paints the underline inside ::highlight() (Firefox 146 and later), and nothing when the style is none', async () => {
    const page = await openArticle('article-de.html');
    await poll(() => highlightedTexts(page)).toContain('Wladimir Medinski');
    const { x, y } = await centreOfWord(page, 'Wladimir Medinski');
    // The name's line box and a few pixels below it, where the dotted underline goes.
    const clip = { x: Math.round(x - 60), y: Math.round(y - 12), width: 120, height: 30 };
    const marked = await page.screenshot({ clip, encoding: 'base64' });
    await setOption('style-none');
    await poll(() => highlightedTexts(page)).toEqual([]);
    await page.bringToFront();
    const plain = await page.screenshot({ clip, encoding: 'base64' });
    expect(plain).not.toBe(marked);
    await setOption('style-underline');
    await poll(() => highlightedTexts(page)).toEqual(ARTICLE_DE_HIGHLIGHTS);
    await page.bringToFront();
    await poll(() => page.screenshot({ clip, encoding: 'base64' })).toBe(marked);
  });

  it('opens a card on hover with the role held on the article’s date, and a round card for an event phrase', async () => {
    const page = await openArticle('article-de.html');
    await hoverWord(page, 'Rustem Umjerow');
    await poll(() => cardText(page, 'card-name')).toBe('Rustem Umerov');
    // The article is dated 2 June 2025: Umerov was still defence minister then.
    expect(await cardText(page, 'card-roles')).toBe(UMEROV_ROLES_SPRING_2025.en);
    expect(await cardText(page, 'card-date')).toContain('2 June 2025');
    await page.keyboard.press('Escape');
    await poll(() => overlayCount(page, 'entity-card')).toBe(0);

    await hoverWord(page, 'Gesprächsrunde');
    await poll(() => overlayText(page, 'round-when', 'round-card')).toMatch(/^2 June 2025/);
    expect(await overlayText(page, 'round-heads', 'round-card')).toContain('Rustem Umerov');
    await noteTasks('article-de.html (two cards opened)', page);
    await page.close();
  });

  it('gives Umerov the role of each article’s date: defence minister on 16 May 2025, NSDC secretary on 23 July 2025', async () => {
    const early = await openArticle('article-2025-05-16-en.html');
    await hoverWord(early, 'Rustem Umerov');
    await poll(() => cardText(early, 'card-roles')).toBe(UMEROV_ROLES_SPRING_2025.en);
    expect(await cardText(early, 'card-role-now')).toMatch(
      /^Now: .*Secretary of Ukraine's National Security and Defence Council/,
    );
    expect(await cardText(early, 'card-date')).toContain('16 May 2025');
    expect(await cardText(early, 'card-rounds')).toContain('16 May 2025');
    await early.close();

    const later = await openArticle('article-en.html');
    await hoverWord(later, 'Rustem Umerov');
    await poll(() => cardText(later, 'card-roles')).toMatch(
      /^Secretary of Ukraine's National Security and Defence Council/,
    );
    expect(await cardText(later, 'card-date')).toContain('23 July 2025');
    expect(
      await later.evaluate(
        () =>
          document
            .querySelector('dossier-overlay')
            ?.shadowRoot?.querySelectorAll('[data-testid="card-sources"] a[href^="https://"]').length ?? 0,
      ),
    ).toBeGreaterThan(0);
    expect(await cardText(later, 'card-dataset')).toMatch(/^Dossier data \S+, as of /);
    await noteTasks('article-en.html (card opened)', later);
    await later.close();
  });

  it('changes nothing in the page but the insertion of its one host', async () => {
    const page = await openArticle('article-de.html');
    expect(await recordedMutations(page)).toEqual([]);
    await hoverWord(page, 'Medinski');
    await poll(() => cardText(page, 'card-name')).not.toBeNull();
    await page.keyboard.press('Escape');
    await hoverWord(page, 'Kremlsprecher');
    await poll(() => cardText(page, 'card-name')).toBe('Dmitry Peskov');
    const outside = (await recordedMutations(page)).filter(
      (record) => !record.targetIsOverlay || record.type !== 'attributes',
    );
    expect(outside).toEqual([HOST_INSERTION]);
    await page.close();
  });

  it('survives a page that keeps clearing the highlight registry', async () => {
    const page = await newTab();
    await page.goto(suite.server.url('hostile.html'));
    // The page empties the highlight registry itself: the content script's own count says when it has marked.
    const tabId = await suite.tabIdOf(page.url());
    await poll(() =>
      suite.seam<{ diagnostics?: { marked?: number } } | undefined>('pageDiagnostics', tabId).then(
        (answer) => answer?.diagnostics?.marked ?? 0,
        () => 0,
      ),
    ).toBeGreaterThan(0);
    await hoverWord(page, 'Umjerow');
    await poll(() => cardText(page, 'card-name')).toBe('Rustem Umerov');
    await noteTasks('hostile.html (card opened)', page);
    await page.close();
  });

  it('steps through the marked names with the keyboard command, focus inside the card, and returns focus on Escape', async () => {
    const page = await openArticle('article-de.html');
    const tabId = await suite.tabIdOf(page.url());
    await page.bringToFront();
    // Browser shortcuts cannot be pressed by the driver: the seam runs what Alt+Shift+J runs.
    await suite.seam('runCommand', 'next-mention', tabId);
    await poll(() => overlayCount(page, 'round-card')).toBe(1);
    await poll(() => overlayText(page, 'announcer', 'announcer')).toBe(
      '9 marked names on this page. The same shortcut moves to the next one; Escape closes the card.',
    );
    // The card takes focus once it is placed.
    await poll(() => page.evaluate(roundCardHasFocus)).toBe(true);
    await suite.seam('runCommand', 'next-mention', tabId);
    await poll(() => cardText(page, 'card-name')).toBe('Rustem Umerov');
    await suite.seam('runCommand', 'previous-mention', tabId);
    await poll(() => overlayCount(page, 'round-card')).toBe(1);
    // Tab only once the card has taken focus (it does so once placed): before that, Tab moves from the page.
    await poll(() => page.evaluate(roundCardHasFocus)).toBe(true);
    await page.keyboard.press('Tab');
    expect(
      await page.evaluate(() => document.activeElement?.shadowRoot?.activeElement?.getAttribute('aria-label') ?? null),
    ).toBe('Close');
    await page.keyboard.press('Escape');
    await poll(() => overlayCount(page, 'round-card')).toBe(0);
    expect(await page.evaluate(() => document.activeElement === document.body)).toBe(true);
    await page.close();
  });

  it('searches the rounds in the popup: "Istanbul 2025" lists the three 2025 rounds newest first', async () => {
    const popup = await extensionTab('popup.html');
    await popup.waitForSelector('[data-testid="timeline"]');
    expect(await popup.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('search-input');
    await popup.keyboard.type('Istanbul 2025');
    await poll(() => resultIds(popup).then((ids) => ids.slice(0, 3))).toEqual(ISTANBUL_2025_ROUNDS);
    expect(await popup.$eval('[data-testid="search-result"] mark', (mark) => mark.textContent)).toBe('Istanbul');
    await popup.keyboard.press('ArrowDown');
    await popup.keyboard.press('Enter');
    await poll(() => popup.$eval('[data-testid="detail-title"]', (node) => node.textContent).catch(() => null)).toBe(
      'Third Istanbul round 2025',
    );
    await popup.close();
  });

  it('lists what the page mentions in the popup, opens the next mention’s card, and switches the site off and on', async () => {
    const page = await openArticle('article-de.html');
    const tabId = await suite.tabIdOf(page.url());
    const popup = await extensionTab(`popup.html?tab=${tabId}`);
    await poll(() => popup.$eval('[data-testid="on-this-page"] h2', (node) => node.textContent).catch(() => null)).toBe(
      'On this page (12)',
    );
    expect(await popup.$eval('[data-testid="site-state"]', (node) => node.textContent)).toBe(
      'Dossier is on for 127.0.0.1.',
    );
    const people = await popup.$$eval('[data-testid="on-this-page"] .page-group', (groups) =>
      groups
        .filter((group) => group.textContent?.includes('People'))
        .flatMap((group) => [...group.querySelectorAll('button')].map((button) => button.textContent ?? '')),
    );
    expect(people.slice(0, 2)).toEqual(['Kremlsprecher 2', 'Rustem Umjerow 2']);
    await popup.click('[data-testid="on-this-page"] button[aria-label^="Rustem Umjerow, 2 times"]');
    await poll(() => cardText(page, 'card-name')).toBe('Rustem Umerov');

    await popup.click('[data-testid="site-turn-off"]');
    await poll(() => highlightedTexts(page)).toEqual([]);
    await poll(() => suite.seam('badge', tabId)).toBe('off');
    await popup.click('[data-testid="site-turn-on"]');
    await poll(() => highlightedTexts(page)).toEqual(ARTICLE_DE_HIGHLIGHTS);
    await popup.close();
    await page.close();
  });

  it('switches an open card to German when the options page changes the language, without a reload', async () => {
    const page = await openArticle('article-de.html');
    await hoverWord(page, 'Rustem Umjerow');
    await poll(() => cardText(page, 'card-roles')).toBe(UMEROV_ROLES_SPRING_2025.en);

    await setOption('language-de');
    await poll(() => cardText(page, 'card-roles')).toBe(UMEROV_ROLES_SPRING_2025.de);
    expect(await cardText(page, 'card-name')).toBe('Rustem Umjerow');
    expect(
      await page.evaluate(
        () =>
          document.querySelector('dossier-overlay')?.shadowRoot?.querySelector('[data-testid="entity-card"] h3')
            ?.textContent ?? null,
      ),
    ).toBe('Amt am 2. Juni 2025');

    await setOption('language-browser');
    await poll(() => cardText(page, 'card-roles')).toBe(UMEROV_ROLES_SPRING_2025.en);
    await page.close();
  });

  it('answers from the bundled data in memory when IndexedDB cannot be opened, and says so in the popup', async () => {
    expect(await suite.seam('reopenStoreWithoutIndexedDb')).toBe('memory');
    const page = await openArticle('article-en.html');
    await hoverWord(page, 'Rustem Umerov');
    await poll(() => cardText(page, 'card-roles')).toMatch(
      /^Secretary of Ukraine's National Security and Defence Council/,
    );
    const popup = await extensionTab('popup.html');
    await poll(() =>
      popup.$eval('[data-testid="dataset-info"]', (node) => node.textContent).catch(() => null),
    ).toContain('Read from the extension (browser storage unavailable)');
    await popup.close();
    await page.close();

    // The failure was logged once, and it is the only thing logged in the whole run.
    const errors = await suite.seam<Array<{ context: string; message: string }>>('errors');
    expect(errors.map(({ context, message }) => `${context}: ${message}`)).toEqual([
      expect.stringMatching(/^background: IndexedDB unavailable, answering from the bundled data: .*insecure/),
    ]);

    expect(await suite.seam('reopenStore')).toBe('current');
    const restored = await extensionTab('popup.html');
    await poll(() =>
      restored.$eval('[data-testid="dataset-info"]', (node) => node.textContent).catch(() => null),
    ).toContain('Stored in this browser');
    await restored.close();
  });
});
