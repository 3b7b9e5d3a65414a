import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useExtensionInChromium } from './harness';
import { openArticle, openOptions, pointerFrames, savedOn, untilPointerOver } from './chromiumPages';
import { seam, tabIdOf } from './seam';
import { highlightedTexts, hoverWord } from './pageHelpers';
import { miniDatasetRaw } from '../fixtures/miniDataset';

const suite = useExtensionInChromium('en-US');

const card = (page: Page) => page.getByTestId('entity-card');

describe('options in Chromium', () => {
  it('is a form that passes axe, in light and dark, in English and German', async () => {
    const options = await openOptions(suite);
    for (const colorScheme of ['light', 'dark'] as const) {
      await options.emulateMedia({ colorScheme });
      const axe = await new AxeBuilder({ page: options }).analyze();
      expect(axe.violations.map((violation) => `${colorScheme}: ${violation.id}`)).toEqual([]);
    }
    await options.getByTestId('language-de').check();
    await expect.poll(() => options.getByRole('heading', { level: 1 }).textContent()).toBe('Dossier – Einstellungen');
    expect((await new AxeBuilder({ page: options }).analyze()).violations.map((violation) => violation.id)).toEqual([]);
    await options.getByTestId('language-browser').check();
    await savedOn(options);
    await options.close();
  });

  it('turning a category off removes its highlights in an open tab, and back on restores them', async () => {
    const page = await openArticle(suite, 'article-de.html');
    expect(await highlightedTexts(page)).toEqual(expect.arrayContaining(['Istanbul', 'Kiew']));
    const options = await openOptions(suite);
    await options.getByTestId('category-places').uncheck();
    await savedOn(options);
    await expect.poll(() => highlightedTexts(page)).not.toContain('Kiew');
    const texts = await highlightedTexts(page);
    expect(texts).not.toContain('Istanbul');
    expect(texts).toContain('Selenskyj');
    await options.getByTestId('category-places').check();
    await expect.poll(() => highlightedTexts(page)).toContain('Kiew');
    await options.close();
    await page.close();
  });

  it('marks every mention, or paints them with a background, when the reader chooses so', async () => {
    const page = await openArticle(suite, 'article-de.html');
    const options = await openOptions(suite);
    await options.getByTestId('marking-all').check();
    await expect.poll(() => highlightedTexts(page)).toContain('Dmitri Peskow');
    await options.getByTestId('style-background').check();
    await expect
      .poll(() =>
        page.evaluate(
          () => CSS.highlights.has('dossier-background-light') && !CSS.highlights.has('dossier-underline-light'),
        ),
      )
      .toBe(true);
    await options.getByTestId('marking-first').check();
    await options.getByTestId('style-underline').check();
    await savedOn(options);
    await expect.poll(() => page.evaluate(() => CSS.highlights.has('dossier-underline-light'))).toBe(true);
    await options.close();
    await page.close();
  });

  it('with no highlight at all, the keyboard command still opens the next card with focus inside', async () => {
    const page = await openArticle(suite, 'article-de.html');
    const options = await openOptions(suite);
    await options.getByTestId('style-none').check();
    await savedOn(options);
    await expect.poll(() => highlightedTexts(page)).toEqual([]);
    const tabId = await tabIdOf(suite.browser.serviceWorker, page.url());
    await page.bringToFront();
    await seam(suite.browser.serviceWorker, 'runCommand', 'next-mention', tabId);
    await expect.poll(() => page.getByTestId('round-card').count()).toBe(1);
    await seam(suite.browser.serviceWorker, 'runCommand', 'next-mention', tabId);
    await expect
      .poll(() =>
        card(page)
          .getByTestId('card-name')
          .textContent()
          .catch(() => null),
      )
      .toBe('Rustem Umerov');
    // Focus is inside the card, within the overlay's shadow root.
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('DOSSIER-OVERLAY');
    await page.keyboard.press('Escape');
    await expect.poll(() => card(page).count()).toBe(0);
    await options.getByTestId('style-underline').check();
    await options.close();
    await page.close();
  });

  it('opens cards on hover only while Shift is held when the reader chooses so', async () => {
    const page = await openArticle(suite, 'article-de.html');
    const options = await openOptions(suite);
    await options.getByTestId('trigger-hover-modifier').check();
    await savedOn(options);
    await page.bringToFront();
    const framesBefore = await pointerFrames(suite, page);
    await hoverWord(page, 'Rustem Umjerow');
    // The content script has decided on the pointer over the name: without Shift, no card is on its way.
    await untilPointerOver(suite, page, 'umerov', framesBefore);
    expect(await card(page).count()).toBe(0);
    await page.keyboard.down('Shift');
    await hoverWord(page, 'Rustem Umjerow');
    await expect
      .poll(() =>
        card(page)
          .getByTestId('card-name')
          .textContent()
          .catch(() => null),
      )
      .toBe('Rustem Umerov');
    await page.keyboard.up('Shift');
    await options.getByTestId('trigger-hover').check();
    await options.close();
    await page.close();
  });

  it('opens cards on click only when the reader chooses so', async () => {
    const page = await openArticle(suite, 'article-de.html');
    const options = await openOptions(suite);
    await options.getByTestId('trigger-click').check();
    await savedOn(options);
    await page.bringToFront();
    const framesBefore = await pointerFrames(suite, page);
    await hoverWord(page, 'Rustem Umjerow');
    // The pointer over the name was handled: in click mode no card opens for it.
    await untilPointerOver(suite, page, 'umerov', framesBefore);
    expect(await card(page).count()).toBe(0);
    const box = await page.evaluate(() => {
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const at = node.nodeValue?.indexOf('Rustem Umjerow') ?? -1;
        if (at < 0) continue;
        const range = document.createRange();
        range.setStart(node, at + 2);
        range.setEnd(node, at + 3);
        const rect = range.getBoundingClientRect();
        return { x: rect.x + rect.width / 2, y: rect.y + rect.height / 2 };
      }
      return null;
    });
    await page.mouse.click(box!.x, box!.y);
    await expect
      .poll(() =>
        card(page)
          .getByTestId('card-name')
          .textContent()
          .catch(() => null),
      )
      .toBe('Rustem Umerov');
    // The pointer rested on the name before the click: the card's data was there, and the card opened with it.
    const { diagnostics } = await seam<{ diagnostics: { cardOpens: Array<{ ready: boolean }> } }>(
      suite.browser.serviceWorker,
      'pageDiagnostics',
      await tabIdOf(suite.browser.serviceWorker, page.url()),
    );
    expect(diagnostics.cardOpens.at(-1)?.ready).toBe(true);
    // A card opened by a click does not close because the pointer leaves the word.
    const framesAway = await pointerFrames(suite, page);
    await page.mouse.move(5, 5, { steps: 3 });
    await untilPointerOver(suite, page, null, framesAway);
    expect(await card(page).count()).toBe(1);
    await options.getByTestId('trigger-hover').check();
    await options.close();
    await page.close();
  });

  it('switching a site off removes every highlight there and shows “off” on the icon; pausing does the same for an hour', async () => {
    const page = await openArticle(suite, 'article-de.html');
    const tabId = await tabIdOf(suite.browser.serviceWorker, page.url());
    await expect.poll(() => seam<string>(suite.browser.serviceWorker, 'badge', tabId)).toBe('12');
    const options = await openOptions(suite);
    await options.getByTestId('site-input').fill(suite.server.url('article-de.html'));
    await options.getByTestId('site-disable').click();
    await expect.poll(() => options.getByTestId('disabled-sites').textContent()).toContain('127.0.0.1');
    await expect.poll(() => highlightedTexts(page)).toEqual([]);
    await expect.poll(() => seam<string>(suite.browser.serviceWorker, 'badge', tabId)).toBe('off');
    await options.getByRole('button', { name: 'Remove 127.0.0.1' }).click();
    await expect.poll(() => highlightedTexts(page)).not.toEqual([]);

    await options.getByTestId('pause').click();
    await expect.poll(() => highlightedTexts(page)).toEqual([]);
    await expect.poll(() => seam<string>(suite.browser.serviceWorker, 'badge', tabId)).toBe('❚❚');
    expect(await options.getByTestId('paused-until').textContent()).toMatch(/^Paused everywhere until \d\d:\d\d\.$/);
    await options.getByTestId('resume').click();
    await expect.poll(() => highlightedTexts(page)).not.toEqual([]);
    await options.close();
    await page.close();
  });

  it('enables a site that is not on the list: registers its script for real and runs it in the open tab', async () => {
    const url = suite.server.url('article-en.html').replace('127.0.0.1', 'localhost');
    const page = await suite.browser.context.newPage();
    await page.goto(url, { waitUntil: 'load' });
    // No script is registered for this host yet, so none runs there.
    expect(await seam(suite.browser.serviceWorker, 'registeredScripts')).toEqual([]);
    expect(await highlightedTexts(page)).toEqual([]);
    const tabId = await tabIdOf(suite.browser.serviceWorker, url);
    // The permission prompt cannot be clicked by a test; the test build holds the permission and runs the same handler.
    expect(await seam(suite.browser.serviceWorker, 'enableSite', 'localhost', tabId)).toEqual({
      ok: true,
      enabled: true,
    });
    await expect.poll(() => highlightedTexts(page), { timeout: 10_000 }).toContain('Rustem Umerov');
    expect(await seam<string[]>(suite.browser.serviceWorker, 'registeredScripts')).toEqual(['dossier-site:localhost']);
    // A fresh page on that site gets the registered script without any help.
    const fresh = await suite.browser.context.newPage();
    await fresh.goto(url);
    await expect.poll(() => highlightedTexts(fresh), { timeout: 10_000 }).toContain('Rustem Umerov');
    const options = await openOptions(suite);
    expect(await options.getByTestId('enabled-sites').textContent()).toContain('localhost');
    await options.getByRole('button', { name: 'Remove localhost' }).click();
    await expect.poll(() => seam<string[]>(suite.browser.serviceWorker, 'registeredScripts')).toEqual([]);
    await expect.poll(() => highlightedTexts(fresh)).toEqual([]);
    await options.close();
    await fresh.close();
    await page.close();
  });

  it('imports through the page: a broken file is refused with its problems and cards still work; a valid one changes highlights and cards; reset restores', async () => {
    const page = await openArticle(suite, 'article-de.html');
    const options = await openOptions(suite);
    await options.getByTestId('dataset-file').setInputFiles({
      name: 'broken.json',
      mimeType: 'application/json',
      buffer: Buffer.from('{"meta": {"name": "broken"}}'),
    });
    await expect
      .poll(() => options.getByTestId('data-status').textContent())
      .toContain('The file was refused and the data in use is unchanged');
    expect(await options.getByTestId('import-problems').locator('li').first().textContent()).toMatch(/^meta\./);
    await page.bringToFront();
    await hoverWord(page, 'Rustem Umjerow');
    await expect
      .poll(() =>
        card(page)
          .getByTestId('card-name')
          .textContent()
          .catch(() => null),
      )
      .toBe('Rustem Umerov');
    await page.keyboard.press('Escape');

    const raw = structuredClone(miniDatasetRaw);
    raw.meta.asOf = new Date().toISOString().slice(0, 10); // newer than the bundled data, and not past tomorrow
    const medinsky = raw.entities.find((entity) => entity.id === 'medinsky')!;
    medinsky.name.en = 'Vladimir Medinsky (imported)';
    medinsky.aliases.push({
      text: 'Präsidentenberater',
      lang: 'de',
      caseSensitive: false,
      needsContext: false,
      ambiguousWith: [],
      kind: 'role',
    });
    await options
      .getByTestId('dataset-file')
      .setInputFiles({ name: 'newer.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(raw)) });
    await expect.poll(() => options.getByTestId('data-status').textContent()).toContain('Imported version');
    expect(await options.getByTestId('dataset-summary').textContent()).toContain('a dataset you imported');
    // The open tab follows without a reload.
    await expect.poll(() => highlightedTexts(page), { timeout: 10_000 }).toContain('Präsidentenberater');
    await page.bringToFront();
    await hoverWord(page, 'Präsidentenberater');
    await expect
      .poll(() =>
        card(page)
          .getByTestId('card-name')
          .textContent()
          .catch(() => null),
      )
      .toBe('Vladimir Medinsky (imported)');
    await page.keyboard.press('Escape');

    await options.getByTestId('dataset-reset').click();
    await expect
      .poll(() => options.getByTestId('data-status').textContent())
      .toContain('bundled dataset is in use again');
    await expect.poll(() => highlightedTexts(page), { timeout: 10_000 }).not.toContain('Präsidentenberater');
    expect(await highlightedTexts(page)).toContain('Wladimir Medinski');
    await options.close();
    await page.close();
  });

  it('clears the reader’s settings and site lists after asking once more', async () => {
    const options = await openOptions(suite);
    await options.getByTestId('language-de').check();
    await options.getByTestId('category-terms').uncheck();
    await savedOn(options);
    await options.getByTestId('clear-data').click();
    await options.getByTestId('clear-confirm').click();
    await expect.poll(() => options.getByTestId('clear-status').textContent()).toMatch(/Cleared|Gelöscht/);
    await expect.poll(() => options.getByTestId('category-terms').isChecked()).toBe(true);
    expect(await options.getByTestId('language-browser').isChecked()).toBe(true);
    await options.close();
  });

  it('logged no content-script or background errors along the way', async () => {
    expect(await seam(suite.browser.serviceWorker, 'errors')).toEqual([]);
  });
});
