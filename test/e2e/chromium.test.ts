import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useExtensionInChromium } from './harness';
import { openArticle, setLanguage, untilMarked } from './chromiumPages';
import { ARTICLE_DE_HIGHLIGHTS, HOST_INSERTION, UMEROV_ROLES_SPRING_2025 } from './expectations';
import { highlightedTexts, hoverWord, recordedMutations } from './pageHelpers';

const suite = useExtensionInChromium('en-US');

const card = (page: Page) => page.getByTestId('entity-card');

describe('the extension in Chromium', () => {
  it('highlights the mentions on a German article, and none in form fields', async () => {
    const page = await openArticle(suite, 'article-de.html');
    const texts = await highlightedTexts(page);
    expect(texts).toEqual(ARTICLE_DE_HIGHLIGHTS);
    await page.close();
  });

  it('opens a card on hover with the role held on the article’s date', async () => {
    const page = await openArticle(suite, 'article-de.html');
    await hoverWord(page, 'Rustem Umjerow');
    await expect
      .poll(() =>
        card(page)
          .getByTestId('card-name')
          .textContent()
          .catch(() => null),
      )
      .toBe('Rustem Umerov');
    // The article is dated 2 June 2025: Umerov was still defence minister then.
    expect(await card(page).getByTestId('card-roles').textContent()).toBe(UMEROV_ROLES_SPRING_2025.en);
    expect(await card(page).getByTestId('card-date').textContent()).toContain('2 June 2025');

    const axe = await new AxeBuilder({ page }).include('dossier-overlay').analyze();
    expect(axe.violations.map((violation) => violation.id)).toEqual([]);

    await page.keyboard.press('Escape');
    await expect.poll(() => card(page).count()).toBe(0);
    await page.close();
  });

  it('opens a round card for an event phrase, resolved against the article’s date', async () => {
    const page = await openArticle(suite, 'article-de.html');
    await hoverWord(page, 'Gesprächsrunde');
    const roundCard = page.getByTestId('round-card');
    await expect
      .poll(() =>
        roundCard
          .getByTestId('round-when')
          .textContent()
          .catch(() => null),
      )
      .toMatch(/^2 June 2025/);
    expect(await roundCard.getByTestId('round-heads').textContent()).toContain('Rustem Umerov');
    await page.close();
  });

  it('gives the same person a later role on a later article', async () => {
    const page = await openArticle(suite, 'article-en.html');
    await hoverWord(page, 'Rustem Umerov');
    await expect
      .poll(() =>
        card(page)
          .getByTestId('card-roles')
          .textContent()
          .then(
            (text) => text ?? '',
            () => '',
          ),
      )
      .toContain("Secretary of Ukraine's National Security and Defence Council");
    await page.close();
  });

  it('changes nothing in the page but the insertion of its one host', async () => {
    const page = await openArticle(suite, 'article-de.html');
    expect(await recordedMutations(page)).toEqual([]);
    await hoverWord(page, 'Medinski');
    await card(page).getByTestId('card-name').waitFor();
    // The open card may cover the next paragraph; close it as a reader would.
    await page.keyboard.press('Escape');
    await hoverWord(page, 'Kremlsprecher');
    await expect.poll(() => card(page).getByTestId('card-name').textContent()).toBe('Dmitry Peskov');
    const outside = (await recordedMutations(page)).filter(
      (record) => !record.targetIsOverlay || record.type !== 'attributes',
    );
    expect(outside).toEqual([HOST_INSERTION]);
    await page.close();
  });

  it('survives a page that keeps clearing the highlight registry', async () => {
    const page = await suite.browser.context.newPage();
    await page.goto(suite.server.url('hostile.html'));
    await untilMarked(suite, page);
    await hoverWord(page, 'Umjerow');
    await expect
      .poll(() =>
        card(page)
          .getByTestId('card-name')
          .textContent()
          .catch(() => null),
      )
      .toBe('Rustem Umerov');
    await page.close();
  });

  it('opens the popup and the options page from the extension id, in English and in German', async () => {
    const popup = await suite.browser.context.newPage();
    await popup.goto(`chrome-extension://${suite.browser.extensionId}/popup.html`);
    await expect
      .poll(() => popup.getByTestId('dataset-info').textContent())
      .toMatch(/\d+ entries, as of 25 November 2026/);
    expect(await popup.getByTestId('dataset-info').textContent()).toContain('Stored in this browser');
    expect((await new AxeBuilder({ page: popup }).analyze()).violations.map((violation) => violation.id)).toEqual([]);

    const options = await suite.browser.context.newPage();
    await options.goto(`chrome-extension://${suite.browser.extensionId}/options.html`);
    expect(await options.getByRole('heading', { level: 1 }).textContent()).toBe('Dossier settings');
    expect((await new AxeBuilder({ page: options }).analyze()).violations.map((violation) => violation.id)).toEqual([]);
    await options.getByTestId('language-de').check();
    await expect.poll(() => options.getByRole('heading', { level: 1 }).textContent()).toBe('Dossier – Einstellungen');
    expect(await options.getByTestId('save-status').textContent()).toBe('Gespeichert.');

    // The popup that was already open follows the setting without a reload.
    await expect
      .poll(() => popup.getByTestId('dataset-info').textContent())
      .toMatch(/\d+ Einträge, Stand 25\. November 2026/);
    await options.getByTestId('language-browser').check();
    await expect.poll(() => options.getByRole('heading', { level: 1 }).textContent()).toBe('Dossier settings');
    await popup.close();
    await options.close();
  });

  it('switches the card’s language with the setting, also in an open tab', async () => {
    const page = await openArticle(suite, 'article-de.html');
    await setLanguage(suite, 'de');
    await hoverWord(page, 'Rustem Umjerow');
    await expect
      .poll(() =>
        card(page)
          .getByTestId('card-name')
          .textContent()
          .catch(() => null),
      )
      .toBe('Rustem Umjerow');
    expect(await card(page).getByTestId('card-roles').textContent()).toBe(UMEROV_ROLES_SPRING_2025.de);
    expect(await card(page).getByRole('heading', { level: 3 }).first().textContent()).toBe('Amt am 2. Juni 2025');

    await setLanguage(suite, 'en');
    await expect
      .poll(() =>
        card(page)
          .getByRole('heading', { level: 3 })
          .first()
          .textContent()
          .catch(() => null),
      )
      .toBe('Role on 2 June 2025');
    await setLanguage(suite, 'browser');
    await page.close();
  });

  it('logged no content-script or background errors along the way', async () => {
    const errors = await suite.browser.serviceWorker.evaluate(() =>
      (globalThis as unknown as { dossierTest: { errors: () => unknown[] } }).dossierTest.errors(),
    );
    expect(errors).toEqual([]);
  });
});
