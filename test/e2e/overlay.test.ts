import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useExtensionInChromium } from './harness';
import { openArticle } from './chromiumPages';
import { seam, tabIdOf } from './seam';
import { highlightedTexts, hoverWord } from './pageHelpers';
import { UMEROV_ROLES_SPRING_2025 } from './expectations';

const suite = useExtensionInChromium('en-US');

const card = (page: Page) => page.getByTestId('entity-card');
const cardText = (page: Page, testId: string) =>
  card(page)
    .getByTestId(testId)
    .textContent()
    .catch(() => null);

describe('golden fixtures: the role on the article’s date', () => {
  it('Umerov on a page dated 16 May 2025 is defence minister, and the card says what he is now', async () => {
    const page = await openArticle(suite, 'article-2025-05-16-en.html');
    await hoverWord(page, 'Rustem Umerov');
    await expect.poll(() => cardText(page, 'card-roles')).toBe(UMEROV_ROLES_SPRING_2025.en);
    expect(await cardText(page, 'card-role-now')).toMatch(
      /^Now: .*Secretary of Ukraine's National Security and Defence Council/,
    );
    expect(await cardText(page, 'card-date')).toContain('16 May 2025');
    expect(await card(page).getByTestId('card-rounds').textContent()).toContain('16 May 2025');
    await page.close();
  });

  it('Umerov on a page dated 23 July 2025 is NSDC secretary', async () => {
    const page = await openArticle(suite, 'article-en.html');
    await hoverWord(page, 'Rustem Umerov');
    await expect
      .poll(() => cardText(page, 'card-roles'))
      .toMatch(/^Secretary of Ukraine's National Security and Defence Council/);
    expect(await cardText(page, 'card-date')).toContain('23 July 2025');
    // Sources are links, and the footer names the data used.
    expect(await card(page).getByTestId('card-sources').locator('a').count()).toBeGreaterThan(0);
    expect(await cardText(page, 'card-dataset')).toMatch(/^Dossier data \S+, as of /);
    await page.close();
  });
});

describe('the card’s actions', () => {
  it('copies a cited Markdown summary and opens the full entry in an extension page', async () => {
    await suite.browser.context.grantPermissions(['clipboard-read', 'clipboard-write'], {
      origin: suite.server.origin,
    });
    const page = await openArticle(suite, 'article-en.html');
    await hoverWord(page, 'Rustem Umerov');
    await card(page).getByTestId('card-copy').click();
    await expect.poll(() => cardText(page, 'card-copied')).toBe('Copied as Markdown.');
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied.split('\n')[0]).toMatch(
      /^\*\*Rustem Umerov\*\* — Secretary of Ukraine's National Security and Defence Council.* \(as of 23 July 2025\)$/,
    );
    expect(copied).toMatch(/Sources: \[[^\]]+\]\(https:\/\//);

    const opened = suite.browser.context.waitForEvent('page');
    await card(page).getByTestId('card-open').click();
    const entry = await opened;
    await entry.waitForLoadState();
    expect(entry.url()).toContain('/entry.html?kind=entity&id=');
    await expect
      .poll(() =>
        entry
          .getByTestId('card-name')
          .textContent()
          .catch(() => null),
      )
      .toBe('Rustem Umerov');
    expect(await entry.getByTestId('card-roles').textContent()).toMatch(
      /^Secretary of Ukraine's National Security and Defence Council/,
    );
    expect((await new AxeBuilder({ page: entry }).analyze()).violations.map((violation) => violation.id)).toEqual([]);
    await entry.close();
    await page.close();
  });
});

describe('keyboard and assistive technology', () => {
  it('steps forward and back through the marked names, announces their number once, keeps focus in the card and returns it on Escape', async () => {
    const page = await openArticle(suite, 'article-de.html');
    const tabId = await tabIdOf(suite.browser.serviceWorker, page.url());
    await page.bringToFront();
    await seam(suite.browser.serviceWorker, 'runCommand', 'next-mention', tabId);
    await expect.poll(() => page.getByTestId('round-card').count()).toBe(1);
    await expect
      .poll(() => page.getByTestId('announcer').textContent())
      .toBe('9 marked names on this page. The same shortcut moves to the next one; Escape closes the card.');
    await seam(suite.browser.serviceWorker, 'runCommand', 'next-mention', tabId);
    await expect.poll(() => cardText(page, 'card-name')).toBe('Rustem Umerov');
    await seam(suite.browser.serviceWorker, 'runCommand', 'previous-mention', tabId);
    await expect.poll(() => page.getByTestId('round-card').count()).toBe(1);
    // The card takes focus once it is placed: only then does Tab move within it.
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.shadowRoot?.activeElement?.getAttribute('role') ?? null))
      .toBe('dialog');
    // Tab moves within the card: the close button, then its links and buttons.
    await page.keyboard.press('Tab');
    expect(
      await page.evaluate(() => document.activeElement?.shadowRoot?.activeElement?.getAttribute('aria-label') ?? null),
    ).toBe('Close');
    await page.keyboard.press('Escape');
    await expect.poll(() => page.getByTestId('round-card').count()).toBe(0);
    expect(await page.evaluate(() => document.activeElement === document.body)).toBe(true);
    expect(
      (await new AxeBuilder({ page }).include('dossier-overlay').analyze()).violations.map((violation) => violation.id),
    ).toEqual([]);
    await page.close();
  });

  it('keeps the site’s root font size out of the card and marks a dark page with the dark highlight', async () => {
    const page = await openArticle(suite, 'dark.html');
    expect(await page.evaluate(() => [...CSS.highlights.keys()].filter((name) => name.startsWith('dossier-')))).toEqual(
      ['dossier-underline-dark'],
    );
    await hoverWord(page, 'Rustem Umerov');
    await expect.poll(() => cardText(page, 'card-name')).toBe('Rustem Umerov');
    const fontSize = await page.evaluate(() => {
      const title = document.querySelector('dossier-overlay')?.shadowRoot?.querySelector('.card');
      return title ? getComputedStyle(title).fontSize : null;
    });
    // The page sets html { font-size: 10px }; the card keeps its own 14px.
    expect(fontSize).toBe('14px');
    await page.close();
  });
});

describe('live pages', () => {
  it('marks text that arrives later, drops marks whose text went away, and re-reads the date after an SPA navigation', async () => {
    const page = await openArticle(suite, 'article-en.html');
    await page.evaluate(() => {
      const update = document.createElement('p');
      update.id = 'live-update';
      update.textContent = 'Update: Sergei Lavrov spoke in Moscow about the talks.';
      document.querySelector('article')?.append(update);
    });
    await expect.poll(() => highlightedTexts(page)).toContain('Sergei Lavrov');
    await page.evaluate(() => document.getElementById('live-update')?.remove());
    await expect.poll(() => highlightedTexts(page)).not.toContain('Sergei Lavrov');

    // A single-page app moves to an article of 16 May 2025: the same name now has the older role.
    await page.evaluate(() => {
      document.querySelector('script[type="application/ld+json"]')?.remove();
      const meta = document.createElement('meta');
      meta.setAttribute('property', 'article:published_time');
      meta.setAttribute('content', '2025-05-16T12:00:00Z');
      document.head.append(meta);
      history.pushState(null, '', '/spa/2025/05/16/first-talks');
      const article = document.querySelector('article');
      if (article) article.textContent = 'Defence minister Rustem Umerov led the delegation in Istanbul.';
    });
    await expect.poll(() => highlightedTexts(page)).toContain('Rustem Umerov');
    await hoverWord(page, 'Rustem Umerov');
    await expect.poll(() => cardText(page, 'card-roles')).toBe(UMEROV_ROLES_SPRING_2025.en);
    await page.close();
  });
});

describe('live pages: the fixtures of the harmlessness suite', () => {
  it('live blog: entries the page appends later are marked', async () => {
    const page = await openArticle(suite, 'live-blog.html');
    await expect
      .poll(() => highlightedTexts(page), { timeout: 15_000 })
      .toEqual(expect.arrayContaining(['Steve Witkoff', 'Zelensky']));
    expect(await highlightedTexts(page)).toContain('Rustem Umerov');
    await page.close();
  });

  it('load more: paragraphs added after a click are marked; earlier marks stay', async () => {
    const page = await openArticle(suite, 'load-more.html');
    expect(await highlightedTexts(page)).not.toContain('Selenskyj');
    await page.click('#load-more');
    await expect
      .poll(() => highlightedTexts(page))
      .toEqual(expect.arrayContaining(['Selenskyj', 'Kremlsprecher', 'Rustem Umjerow']));
    await page.close();
  });

  it('SPA: after pushState replaces the article, its marks and counts are the new article’s', async () => {
    const page = await openArticle(suite, 'spa.html');
    const before = await highlightedTexts(page);
    expect(before).toContain('Rustem Umerov');
    await page.click('#next');
    // The new headline names Witkoff first, so that is the marked mention.
    await expect.poll(() => highlightedTexts(page)).toContain('Witkoff');
    expect(await highlightedTexts(page)).not.toContain('Rustem Umerov');
    const tabId = await tabIdOf(suite.browser.serviceWorker, page.url());
    const { diagnostics } = await seam<{ diagnostics: { mentions: number; marked: number } }>(
      suite.browser.serviceWorker,
      'pageDiagnostics',
      tabId,
    );
    // No range of the replaced article lingers: a detached range would read as an empty string.
    const texts = await highlightedTexts(page);
    expect(texts).not.toContain('');
    expect(diagnostics.marked).toBe(texts.length);
    await page.close();
  });
});

describe('the popup: on this page', () => {
  it('lists what the page mentions, grouped and counted, and shows the next mention’s card', async () => {
    const page = await openArticle(suite, 'article-de.html');
    const tabId = await tabIdOf(suite.browser.serviceWorker, page.url());
    const popup = await suite.browser.context.newPage();
    await popup.goto(`chrome-extension://${suite.browser.extensionId}/popup.html?tab=${tabId}`);
    const section = popup.getByTestId('on-this-page');
    await expect
      .poll(() =>
        section
          .locator('h2')
          .textContent()
          .catch(() => null),
      )
      .toBe('On this page (12)');
    const people = await section
      .locator('.page-group')
      .filter({ hasText: 'People' })
      .locator('button')
      .allTextContents();
    // The most mentioned first; equal counts alphabetically.
    expect(people.slice(0, 2)).toEqual(['Kremlsprecher 2', 'Rustem Umjerow 2']);
    expect(await popup.getByTestId('site-state').textContent()).toBe('Dossier is on for 127.0.0.1.');
    expect((await new AxeBuilder({ page: popup }).analyze()).violations.map((violation) => violation.id)).toEqual([]);

    await section.getByRole('button', { name: /^Rustem Umjerow, 2 times/ }).click();
    await expect.poll(() => cardText(page, 'card-name')).toBe('Rustem Umerov');

    // Switching the site off from the popup takes the marks away at once.
    await popup.getByTestId('site-turn-off').click();
    await expect.poll(() => highlightedTexts(page)).toEqual([]);
    await expect
      .poll(() => popup.getByTestId('site-state').textContent())
      .toBe('You switched Dossier off for 127.0.0.1.');
    await popup.getByTestId('site-turn-on').click();
    await expect.poll(() => highlightedTexts(page)).not.toEqual([]);
    await popup.close();
    await page.close();
  });

  it('logged no content-script or background errors along the way', async () => {
    expect(await seam(suite.browser.serviceWorker, 'errors')).toEqual([]);
  });
});
