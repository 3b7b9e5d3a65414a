import type { Worker } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useExtensionInChromium } from './harness';
import { highlightedTexts, hoverWord } from './pageHelpers';
import { miniDatasetRaw } from '../fixtures/miniDataset';

/** What the test build's service worker offers tests (see entrypoints/background.ts). */
interface TestSeam {
  seedOutcome(): Promise<string>;
  reopenStore(): Promise<string>;
  importDataset(text: string): Promise<{ ok: boolean; problems?: string[] }>;
  resetDataset(): Promise<void>;
  markStoreOutdated(): Promise<unknown>;
  errors(): unknown[];
}
function seam<M extends keyof TestSeam>(
  worker: Worker,
  method: M,
  arg?: string,
): Promise<Awaited<ReturnType<TestSeam[M]>>> {
  return worker.evaluate(
    ({ name, value }) =>
      (globalThis as unknown as { dossierTest: Record<string, (arg?: string) => unknown> }).dossierTest[name]!(value),
    { name: method as string, value: arg },
  ) as Promise<Awaited<ReturnType<TestSeam[M]>>>;
}

/** A dataset to import: the test dataset, newer, with Medinsky renamed and known by one more name. */
function importableDataset(): string {
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
  return JSON.stringify(raw);
}

const suite = useExtensionInChromium('en-US');

async function datasetInfo(): Promise<Record<string, unknown>> {
  const popup = await suite.browser.context.newPage();
  await popup.goto(`chrome-extension://${suite.browser.extensionId}/popup.html`);
  const info = await popup.evaluate(() => {
    const runtime = (
      globalThis as unknown as {
        chrome: { runtime: { sendMessage(message: unknown): Promise<{ info: Record<string, unknown> }> } };
      }
    ).chrome.runtime;
    return runtime.sendMessage({ type: 'dataset-info' });
  });
  await popup.close();
  return info.info;
}

describe('the dataset store in Chromium', () => {
  it('seeds IndexedDB on install and keeps the data when the service worker restarts', async () => {
    const before = await datasetInfo();
    expect(before).toMatchObject({ storage: 'indexeddb', origin: 'bundled' });
    expect(before.roundCount).toBeGreaterThan(0);

    const page = await suite.browser.context.newPage();
    await suite.browser.serviceWorker.evaluate(() => Object.assign(globalThis, { beforeRestart: true }));
    const cdp = await suite.browser.context.newCDPSession(page);
    await cdp.send('ServiceWorker.enable');
    await cdp.send('ServiceWorker.stopAllWorkers');
    // A message wakes a fresh worker, which finds the store current and does not seed again.
    const after = await datasetInfo();
    expect(after).toEqual(before);
    const worker = suite.browser.context.serviceWorkers()[0]!;
    expect(await worker.evaluate(() => 'beforeRestart' in globalThis)).toBe(false);
    expect(await seam(worker, 'seedOutcome')).toBe('current');
    suite.browser.serviceWorker = worker;
    await page.close();
  });

  it('re-seeds when an update brings a dataset newer than the stored one', async () => {
    await seam(suite.browser.serviceWorker, 'markStoreOutdated');
    expect(await seam(suite.browser.serviceWorker, 'reopenStore')).toBe('seeded');
    expect(await seam(suite.browser.serviceWorker, 'reopenStore')).toBe('current');
  });

  it('replaces an older imported dataset on update and says so on the options page', async () => {
    const older = JSON.parse(importableDataset()) as { meta: { asOf: string } };
    older.meta.asOf = '2026-01-01';
    expect(await seam(suite.browser.serviceWorker, 'importDataset', JSON.stringify(older))).toMatchObject({ ok: true });
    await seam(suite.browser.serviceWorker, 'markStoreOutdated');
    expect(await seam(suite.browser.serviceWorker, 'reopenStore')).toBe('seeded');
    const options = await suite.browser.context.newPage();
    await options.goto(`chrome-extension://${suite.browser.extensionId}/options.html`);
    await expect
      .poll(() =>
        options
          .getByTestId('import-replaced')
          .textContent()
          .catch(() => null),
      )
      .toContain('bundled dataset is in use again');
    await options.close();
    await seam(suite.browser.serviceWorker, 'resetDataset');
  });

  it('imports a dataset whose names reach the highlights and the cards, refuses a bad one, and resets', async () => {
    const refused = await seam(suite.browser.serviceWorker, 'importDataset', '{"meta": {"name": "broken"}}');
    expect(refused.ok).toBe(false);
    expect(refused.problems?.[0]).toMatch(/^meta\./);

    const imported = await seam(suite.browser.serviceWorker, 'importDataset', importableDataset());
    expect(imported).toMatchObject({ ok: true });
    const page = await suite.browser.context.newPage();
    await page.goto(suite.server.url('article-de.html'));
    // The imported dataset knows "Präsidentenberater" as a name for Medinsky; the bundled one does not.
    await expect.poll(() => highlightedTexts(page), { timeout: 10_000 }).toContain('Präsidentenberater');
    // Only the first mention of a name is marked: here that is the new name.
    await hoverWord(page, 'Präsidentenberater');
    await expect
      .poll(() =>
        page
          .getByTestId('card-name')
          .textContent()
          .catch(() => null),
      )
      .toBe('Vladimir Medinsky (imported)');
    await page.close();

    await seam(suite.browser.serviceWorker, 'resetDataset');
    const fresh = await suite.browser.context.newPage();
    await fresh.goto(suite.server.url('article-de.html'));
    await expect.poll(() => highlightedTexts(fresh), { timeout: 10_000 }).toContain('Wladimir Medinski');
    expect(await highlightedTexts(fresh)).not.toContain('Präsidentenberater');
    await fresh.close();
    expect(await seam(suite.browser.serviceWorker, 'errors')).toEqual([]);
  });
});
