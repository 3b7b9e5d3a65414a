import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { startFixtureServer, type FixtureServer } from '../tools/fixtureServer';
import { launchFirefoxWithExtension, type FirefoxWithExtension } from '../tools/firefox';

let server: FixtureServer;
let firefox: FirefoxWithExtension;

beforeAll(async () => {
  server = await startFixtureServer();
  firefox = await launchFirefoxWithExtension();
});

afterAll(async () => {
  await firefox?.browser.close();
  await server?.close();
});

function highlightedTexts(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    // Whatever style the reader chose: every highlight registered under one of our names, in document order.
    const ranges = [...CSS.highlights].filter(([name]) => name.startsWith('dossier-')).flatMap(([, highlight]) => [...highlight] as Range[]);
    return ranges.sort((a, b) => a.compareBoundaryPoints(Range.START_TO_START, b)).map((range) => range.toString());
  });
}

async function waitFor<T>(read: () => Promise<T>, accept: (value: T) => boolean, timeoutMs = 10_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let value = await read();
  while (!accept(value) && Date.now() < deadline) {
    await new Promise((done) => setTimeout(done, 100));
    value = await read();
  }
  return value;
}

describe('smoke test in Firefox', () => {
  it('highlights mentions and opens a card on hover', async () => {
    const page = await firefox.browser.newPage();
    await page.goto(server.url('article-en.html'));
    const texts = await waitFor(() => highlightedTexts(page), (value) => value.length > 0);
    expect(texts).toContain('Rustem Umerov');

    const point = await page.evaluate(() => {
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const at = node.nodeValue?.indexOf('Rustem Umerov') ?? -1;
        if (at < 0) continue;
        const range = document.createRange();
        range.setStart(node, at);
        range.setEnd(node, at + 'Rustem Umerov'.length);
        const rect = range.getBoundingClientRect();
        return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
      }
      return null;
    });
    expect(point).not.toBeNull();
    await page.mouse.move(5, 5);
    await page.mouse.move(point!.x - 3, point!.y, { steps: 4 });
    await page.mouse.move(point!.x, point!.y, { steps: 2 });

    const cardText = () =>
      page.evaluate(() => document.querySelector('dossier-overlay')?.shadowRoot?.querySelector('[data-testid="card-roles"]')?.textContent ?? null);
    expect(await waitFor(cardText, (value) => value !== null)).toContain("Secretary of Ukraine's National Security and Defence Council");
    await page.close();
  });
});
