/** Pages the Chromium suites open again and again: a fixture article once it is marked, the options, a language choice. */
import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import type { ExtensionSuite } from './harness';
import { highlightedTexts } from './pageHelpers';
import { seam, tabIdOf } from './seam';

/** A fixture article, returned once the extension has marked something on it. */
export async function openArticle(suite: ExtensionSuite, name: string): Promise<Page> {
  const page = await suite.browser.context.newPage();
  await page.goto(suite.server.url(name));
  await expect.poll(() => highlightedTexts(page)).not.toEqual([]);
  return page;
}

/**
 * Waits until the content script reports marks on the page: for pages that empty the highlight
 * registry themselves, where what is painted cannot tell.
 */
export async function untilMarked(suite: ExtensionSuite, page: Page): Promise<void> {
  const worker = suite.browser.serviceWorker;
  const marked = async () => {
    const answer = await seam<{ diagnostics?: { marked?: number } } | undefined>(
      worker,
      'pageDiagnostics',
      await tabIdOf(worker, page.url()),
    ).catch(() => undefined);
    return answer?.diagnostics?.marked ?? 0;
  };
  await expect.poll(marked).toBeGreaterThan(0);
}

/** Waits until the content script has handled a pointer frame over `entityId` (or over nothing): its decision is made. */
export async function untilPointerOver(
  suite: ExtensionSuite,
  page: Page,
  entityId: string | null,
  framesBefore: number,
): Promise<void> {
  const worker = suite.browser.serviceWorker;
  const last = async () => {
    const answer = await seam<{ diagnostics?: { pointerFrames?: number; lastPointer?: string | null } } | undefined>(
      worker,
      'pageDiagnostics',
      await tabIdOf(worker, page.url()),
    ).catch(() => undefined);
    const frames = answer?.diagnostics?.pointerFrames ?? 0;
    return frames > framesBefore ? (answer?.diagnostics?.lastPointer ?? null) : 'no new frame';
  };
  await expect.poll(last).toBe(entityId);
}

/** How many pointer frames the content script has handled so far. */
export async function pointerFrames(suite: ExtensionSuite, page: Page): Promise<number> {
  const worker = suite.browser.serviceWorker;
  const answer = await seam<{ diagnostics?: { pointerFrames?: number } } | undefined>(
    worker,
    'pageDiagnostics',
    await tabIdOf(worker, page.url()),
  ).catch(() => undefined);
  return answer?.diagnostics?.pointerFrames ?? 0;
}

export async function openOptions(suite: ExtensionSuite): Promise<Page> {
  const options = await suite.browser.context.newPage();
  await options.goto(`chrome-extension://${suite.browser.extensionId}/options.html`);
  await options.getByTestId('options').waitFor();
  return options;
}

/** Every change on the options page saves at once and says so. */
export async function savedOn(options: Page): Promise<void> {
  await options
    .getByTestId('save-status')
    .filter({ hasText: /Saved|Gespeichert/ })
    .waitFor();
}

/** Chooses the language on the options page, as a reader would, and closes it. */
export async function setLanguage(suite: ExtensionSuite, choice: 'de' | 'en' | 'browser'): Promise<void> {
  const options = await openOptions(suite);
  await options.getByTestId(`language-${choice}`).check();
  await savedOn(options);
  await options.close();
}
