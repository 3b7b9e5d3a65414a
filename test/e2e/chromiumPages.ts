/** Pages the Chromium suites open again and again: a fixture article once it is marked, the options, a language choice. */
import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import type { ExtensionSuite } from './harness';
import { highlightedTexts } from './pageHelpers';

/** A fixture article, returned once the extension has marked something on it. */
export async function openArticle(suite: ExtensionSuite, name: string): Promise<Page> {
  const page = await suite.browser.context.newPage();
  await page.goto(suite.server.url(name));
  await expect.poll(() => highlightedTexts(page), { timeout: 10_000 }).not.toEqual([]);
  return page;
}

export async function openOptions(suite: ExtensionSuite): Promise<Page> {
  const options = await suite.browser.context.newPage();
  await options.goto(`chrome-extension://${suite.browser.extensionId}/options.html`);
  await options.getByTestId('options').waitFor();
  return options;
}

/** Every change on the options page saves at once and says so. */
export async function savedOn(options: Page): Promise<void> {
  await options.getByTestId('save-status').filter({ hasText: /Saved|Gespeichert/ }).waitFor();
}

/** Chooses the language on the options page, as a reader would, and closes it. */
export async function setLanguage(suite: ExtensionSuite, choice: 'de' | 'en' | 'browser'): Promise<void> {
  const options = await openOptions(suite);
  await options.getByTestId(`language-${choice}`).check();
  await savedOn(options);
  await options.close();
}
