import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { ISTANBUL_2025_ROUNDS } from './expectations';
import { useExtensionInChromium } from './harness';
import { setLanguage } from './chromiumPages';

const suite = useExtensionInChromium('en-US');

async function openPopup(): Promise<Page> {
  const popup = await suite.browser.context.newPage();
  await popup.setViewportSize({ width: 420, height: 700 });
  await popup.goto(`chrome-extension://${suite.browser.extensionId}/popup.html`);
  await popup.getByTestId('timeline').waitFor();
  return popup;
}

const resultIds = (popup: Page) =>
  popup.getByTestId('search-result').evaluateAll((rows) => rows.map((row) => row.getAttribute('data-round-id')));
const axeViolations = async (popup: Page) =>
  (await new AxeBuilder({ page: popup }).analyze()).violations.map(
    (violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`,
  );

describe('the popup search in Chromium', () => {
  it('finds rounds in English, in the right order, with the search box focused on open', async () => {
    const popup = await openPopup();
    expect(await popup.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('search-input');
    await popup.keyboard.type('Istanbul 2025');
    await expect.poll(() => resultIds(popup).then((ids) => ids.slice(0, 3))).toEqual(ISTANBUL_2025_ROUNDS);
    expect(await popup.getByTestId('search-result').first().locator('mark').first().textContent()).toBe('Istanbul');

    await popup.getByTestId('search-input').fill('Alaska');
    await expect.poll(() => resultIds(popup).then((ids) => ids[0])).toBe('anchorage-2025-08-15');
    await popup.getByTestId('search-input').fill('prisoner exchange');
    await expect.poll(() => resultIds(popup)).toContain('swap-2025-05-23');
    expect(await resultIds(popup)).toContain('istanbul-2025-07-23');
    expect(await axeViolations(popup)).toEqual([]);
    await popup.close();
  });

  it('opens a round with ArrowDown and Enter, returns with Escape, and passes axe with the detail open', async () => {
    const popup = await openPopup();
    // The first opening kept the index for this dataset version; this one loads it.
    const version = await popup.evaluate(() => localStorage.getItem('dossier-search-index')?.split('\n')[0]);
    await expect.poll(() => popup.getByTestId('dataset-info').textContent()).toContain(`Version ${version}`);
    await popup.keyboard.type('Istanbul 2025');
    await expect.poll(() => resultIds(popup).then((ids) => ids[0])).toBe('istanbul-2025-07-23');
    await popup.keyboard.press('ArrowDown');
    expect(await popup.getByTestId('search-input').getAttribute('aria-activedescendant')).toBe(
      'round-option-istanbul-2025-07-23',
    );
    await popup.keyboard.press('Enter');
    await expect.poll(() => popup.getByTestId('detail-title').textContent()).toBe('Third Istanbul round 2025');
    expect(await popup.getByTestId('detail-delegations').textContent()).toContain('Medinsky');
    expect(await popup.getByTestId('card-sources').getByRole('link').count()).toBeGreaterThan(0);
    expect(await axeViolations(popup)).toEqual([]);

    await popup.keyboard.press('Escape');
    await popup.getByTestId('search-input').waitFor();
    // Focus returns to the search box once the list is back: a state to wait for, not an instant.
    await expect
      .poll(() => popup.evaluate(() => document.activeElement?.getAttribute('data-testid')))
      .toBe('search-input');
    expect(await popup.getByTestId('search-input').inputValue()).toBe('Istanbul 2025');
    await popup.keyboard.press('Escape');
    await expect.poll(() => popup.getByTestId('search-input').inputValue()).toBe('');
    await popup.getByTestId('timeline').waitFor();
    await popup.close();
  });

  it('answers German queries in the German interface', async () => {
    await setLanguage(suite, 'de');
    const popup = await openPopup();
    await expect.poll(() => popup.getByTestId('search-input').getAttribute('placeholder')).toContain('Ort, Person');
    await popup.keyboard.type('Istanbul 2025');
    await expect.poll(() => resultIds(popup).then((ids) => ids.slice(0, 3))).toEqual(ISTANBUL_2025_ROUNDS);
    expect(await popup.getByTestId('search-result').first().getByTestId('result-meta').textContent()).toBe(
      '23. Juli 2025 · Çırağan-Palast, Istanbul · Direkte Gespräche',
    );

    await popup.getByTestId('search-input').fill('Gefangenenaustausch');
    await expect.poll(() => resultIds(popup)).toContain('istanbul-2025-06-02');
    expect(await resultIds(popup)).toContain('swap-2025-05-23');
    await popup.getByTestId('search-input').fill('Alaska');
    await expect.poll(() => resultIds(popup).then((ids) => ids[0])).toBe('anchorage-2025-08-15');
    await popup.getByTestId('search-input').fill('Genf 2024');
    await expect
      .poll(() => popup.getByTestId('search-status').textContent())
      .toMatch(/^Keine Runde erwähnt „Genf“ im Zeitraum 2024 — \d+ im Jahr 2026/);
    expect(await axeViolations(popup)).toEqual([]);
    await popup.close();
    await setLanguage(suite, 'browser');
  });

  it('logged no background errors along the way', async () => {
    const errors = await suite.browser.serviceWorker.evaluate(() =>
      (globalThis as unknown as { dossierTest: { errors: () => unknown[] } }).dossierTest.errors(),
    );
    expect(errors).toEqual([]);
  });
});
