import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromiumWithExtension, type ExtensionBrowser } from '../tools/chromium';
import { startFixtureServer, type FixtureServer } from '../tools/fixtureServer';
import { highlightedTexts } from './pageHelpers';

let server: FixtureServer;
beforeAll(async () => {
  server = await startFixtureServer();
});
afterAll(async () => {
  await server?.close();
});

async function openOptions(browser: ExtensionBrowser): Promise<Page> {
  const options = await browser.context.newPage();
  await options.goto(`chrome-extension://${browser.extensionId}/options.html`);
  await options.getByTestId('options').waitFor();
  return options;
}

describe('settings across a browser restart (same profile)', () => {
  it('keeps every choice and the sites the reader enabled', async () => {
    const profile = mkdtempSync(join(tmpdir(), 'dossier-restart-'));
    const first = await launchChromiumWithExtension({ userDataDir: profile });
    try {
      const options = await openOptions(first);
      await options.getByTestId('language-de').check();
      await options.getByTestId('category-places').uncheck();
      await options.getByTestId('marking-all').check();
      await options.getByTestId('style-background').check();
      await options.getByTestId('trigger-hover-modifier').check();
      await options.getByTestId('site-input').fill('example.org');
      await options.getByTestId('site-disable').click();
      await options.getByTestId('save-status').filter({ hasText: 'Gespeichert' }).waitFor();
      await first.serviceWorker.evaluate(() =>
        (
          globalThis as unknown as { dossierTest: { enableSite(host: string): Promise<unknown> } }
        ).dossierTest.enableSite('localhost'),
      );
      await expect.poll(() => options.getByTestId('enabled-sites').textContent()).toContain('localhost');
    } finally {
      await first.close();
    }

    const second = await launchChromiumWithExtension({ userDataDir: profile });
    try {
      const options = await openOptions(second);
      expect(await options.getByRole('heading', { level: 1 }).textContent()).toBe('Dossier – Einstellungen');
      expect(await options.getByTestId('category-places').isChecked()).toBe(false);
      expect(await options.getByTestId('marking-all').isChecked()).toBe(true);
      expect(await options.getByTestId('style-background').isChecked()).toBe(true);
      expect(await options.getByTestId('trigger-hover-modifier').isChecked()).toBe(true);
      expect(await options.getByTestId('disabled-sites').textContent()).toContain('example.org');
      expect(await options.getByTestId('enabled-sites').textContent()).toContain('localhost');

      // The settings act on pages after the restart: no places, every mention, and the enabled site still runs.
      const page = await second.context.newPage();
      await page.goto(server.url('article-de.html'));
      await expect.poll(() => highlightedTexts(page), { timeout: 10_000 }).toContain('Dmitri Peskow');
      expect(await highlightedTexts(page)).not.toContain('Kiew');
      const optIn = await second.context.newPage();
      await optIn.goto(server.url('article-en.html').replace('127.0.0.1', 'localhost'));
      await expect.poll(() => highlightedTexts(optIn), { timeout: 10_000 }).toContain('Rustem Umerov');
    } finally {
      await second.close();
    }
  });
});
