import { afterAll, beforeAll, expect } from 'vitest';
import type { Page } from 'puppeteer-core';
import { startFixtureServer, type FixtureServer } from '../tools/fixtureServer';
import { launchFirefoxWithExtension, type FirefoxWithExtension } from '../tools/firefox';

export interface FirefoxSuite {
  server: FixtureServer;
  firefox: FirefoxWithExtension;
  /** Opens popup.html, options.html … of the installed add-on in a new tab. */
  extensionPage(path: string): Promise<Page>;
  /** Calls `globalThis.dossierTest[method]` on the background event page (test build only). */
  seam<T>(method: string, ...args: unknown[]): Promise<T>;
  /** The id of the tab showing a URL, as the extension sees it. */
  tabIdOf(url: string): Promise<number>;
}

interface SeamWindow {
  browser: {
    runtime: { getBackgroundPage(): Promise<{ dossierTest: Record<string, (...args: unknown[]) => unknown> } | null> };
    tabs: { query(filter: object): Promise<Array<{ id?: number; url?: string }>> };
  };
}

/**
 * One fixture server and one Firefox with the test build per test file. The background is an event
 * page here, not a service worker, and WebDriver BiDi cannot evaluate in it: an extension page asks
 * `runtime.getBackgroundPage()` (Firefox has it for event pages) and calls the seam there.
 */
export function useExtensionInFirefox(): FirefoxSuite {
  let seamPage: Page | undefined;
  const suite = {
    extensionPage: async (path: string) => {
      const page = await suite.firefox.browser.newPage();
      const url = `${suite.firefox.origin}/${path}`;
      // Firefox loads the moz-extension:// page, but Puppeteer never sees that navigation finish
      // (it waits until its timeout): read the document's own address and state instead.
      void page.goto(url, { timeout: 1_000 }).catch(() => undefined);
      await expect
        .poll(() => page.evaluate(() => `${location.href} ${document.readyState}`).catch(() => ''), { timeout: 10_000 })
        .toBe(`${url} complete`);
      return page;
    },
    seam: async <T>(method: string, ...args: unknown[]): Promise<T> => {
      seamPage ??= await suite.extensionPage('options.html');
      // Serialized inside the page: the answer is an object of the background's compartment.
      const answer = await seamPage.evaluate(
        async ({ name, values }) => {
          const background = await (globalThis as unknown as SeamWindow).browser.runtime.getBackgroundPage();
          const method = background?.dossierTest[name];
          if (!method) throw new Error(`no test seam ${name} on the background page`);
          return JSON.stringify((await method(...values)) ?? null);
        },
        { name: method, values: args },
      );
      return JSON.parse(answer) as T;
    },
    tabIdOf: async (url: string) => {
      seamPage ??= await suite.extensionPage('options.html');
      const id = await seamPage.evaluate(async (wanted) => {
        const tabs = await (globalThis as unknown as SeamWindow).browser.tabs.query({});
        return tabs.find((tab) => tab.url === wanted)?.id ?? null;
      }, url);
      if (id === null) throw new Error(`no tab shows ${url}`);
      return id;
    },
  } as FirefoxSuite;
  beforeAll(async () => {
    suite.server = await startFixtureServer();
    suite.firefox = await launchFirefoxWithExtension();
  });
  afterAll(async () => {
    await suite.firefox?.browser.close();
    await suite.server?.close();
  });
  return suite;
}
