/**
 * How fast a card opens in Chromium with the test build: the pointer rests on
 * every marked mention of two fixture articles, twice, and the content script
 * records each opening (test build only): whether the card opened with its
 * content, how long the opening task took, and how long until the next frame,
 * the one that shows the card. The aim is one frame (16.7 ms at 60 Hz) after
 * the hover delay. Figures only; nothing is asserted.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import type { CardOpenTiming } from '../../lib/content/pageApp';
import { pointOnMarked } from '../e2e/harmless';
import { seam, tabIdOf } from '../e2e/seam';
import { CHROMIUM_PATH, launchChromiumWithExtension, TEST_BUILD_DIR } from '../tools/chromium';
import { startFixtureServer } from '../tools/fixtureServer';
import { median, percentile } from './stats';

const ARTICLES = ['article-2025-05-16-en.html', 'article-de.html'];
const ROUNDS = 2;
const FRAME_MS = 1000 / 60;
/** The default hover delay (300 ms) and some room for the answer of the background. */
const REST_MS = 450;
const CLOSE_MS = 450;

async function markedCount(page: Page): Promise<number> {
  await page.waitForFunction(() => [...CSS.highlights].some(([name]) => name.startsWith('dossier-')), undefined, {
    timeout: 10_000,
  });
  return page.evaluate(() =>
    [...CSS.highlights]
      .filter(([name]) => name.startsWith('dossier-'))
      .reduce((sum, [, highlight]) => sum + highlight.size, 0),
  );
}

export async function benchCardOpen(): Promise<void> {
  if (!existsSync(CHROMIUM_PATH)) {
    console.log(`card-open benchmark: skipped, no Chromium at ${CHROMIUM_PATH}`);
    return;
  }
  if (!existsSync(join(TEST_BUILD_DIR, 'manifest.json'))) {
    console.log(`card-open benchmark: skipped, no test build at ${TEST_BUILD_DIR} (npm run build:test)`);
    return;
  }
  const server = await startFixtureServer();
  const browser = await launchChromiumWithExtension();
  const timings: CardOpenTiming[] = [];
  try {
    for (const article of ARTICLES) {
      const page = await browser.context.newPage();
      const url = server.url(article);
      await page.goto(url);
      const marks = await markedCount(page);
      for (let round = 0; round < ROUNDS; round++) {
        for (let index = 0; index < marks; index++) {
          const point = await pointOnMarked(page, index);
          if (!point) continue;
          // A pointer that moves and then rests, as a reader's does.
          await page.mouse.move(5, 5);
          await page.mouse.move(point.x - 3, point.y, { steps: 3 });
          await page.mouse.move(point.x, point.y);
          await page.waitForTimeout(REST_MS);
          await page.mouse.move(5, 5);
          await page.waitForTimeout(CLOSE_MS);
        }
      }
      const tabId = await tabIdOf(browser.serviceWorker, url);
      const answer = await seam<{ diagnostics?: { cardOpens?: CardOpenTiming[] } }>(
        browser.serviceWorker,
        'pageDiagnostics',
        tabId,
      );
      timings.push(...(answer.diagnostics?.cardOpens ?? []));
      await page.close();
    }
  } finally {
    await browser.close();
    await server.close();
  }
  const ready = timings.filter((timing) => timing.ready).length;
  const tasks = timings.map((timing) => timing.taskMs);
  const frames = timings.map((timing) => timing.frameMs);
  const withinFrame = timings.filter((timing) => timing.ready && timing.frameMs <= FRAME_MS).length;
  console.log(
    `card opening in Chromium (test build), ${timings.length} hovers on ${ARTICLES.length} fixture articles, ${ROUNDS} rounds over every mark:`,
  );
  console.log(`  opened with content (data fetched during the hover delay): ${ready} of ${timings.length}`);
  console.log(
    `  opening task: median ${median(tasks).toFixed(1)} ms, p95 ${percentile(tasks, 95).toFixed(1)} ms, max ${Math.max(...tasks).toFixed(1)} ms`,
  );
  console.log(
    `  delay end → next frame (the card shows): median ${median(frames).toFixed(1)} ms, p95 ${percentile(frames, 95).toFixed(1)} ms, max ${Math.max(...frames).toFixed(1)} ms`,
  );
  console.log(
    `  shown with content within one frame (${FRAME_MS.toFixed(1)} ms): ${withinFrame} of ${timings.length} (target: all)`,
  );
}
