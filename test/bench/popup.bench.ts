/**
 * `npm run bench` (popup part): how long the real popup of the test build
 * takes in Chromium from navigation to the frame that shows the timeline's
 * rounds, on a first opening (no index kept in localStorage) and on later
 * openings (the index loaded from it). Beside the wall-clock time it gives the
 * CPU time of the popup's main thread and of the background's service worker
 * up to that frame, from a Chromium trace: on a busy machine the wall clock
 * mostly measures the other work, the CPU time still the popup's own. Figures
 * with their budget; nothing asserted.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { BrowserContext } from 'playwright-core';
import { CHROMIUM_PATH, launchChromiumWithExtension, TEST_BUILD_DIR } from '../tools/chromium';
import { budgetWord, machineLoad, median } from './stats';

/** Popup first render (navigation → the frame with the timeline), in ms. */
export const POPUP_FIRST_RENDER_BUDGET_MS = 100;
/** Openings after the cold one; the median counts. */
const OPENINGS = 5;
const INDEX_KEY = 'dossier-search-index';
/** After each opening: the index is made after the paint and may take a while on a busy machine. */
const SETTLE_MS = 1500;

interface Probe {
  /** The timeline's first round entered the DOM, ms after navigation start. */
  inserted: number;
  /** The frame after that was produced (requestAnimationFrame, then a task), ms after navigation start. */
  painted: number;
  /** When the first answer of each message type arrived, ms after navigation start. */
  answers: Record<string, number>;
}

export interface PopupOpening extends Probe {
  /** CPU time of the popup's main thread from navigation to `painted`, ms. */
  popupCpu: number;
  /** CPU time of the background's service worker in the same span, ms. */
  backgroundCpu: number;
  /** Whether the popup kept an index for the next opening. */
  kept: boolean;
}

/**
 * Runs inside the popup before its own script: notes when the first timeline
 * row appears and the frame that follows, and when the background's answers
 * arrive. A string, so that no bundler helper leaks into the page.
 */
const PROBE = `(() => {
  const record = { answers: {} };
  window.__popupBench = record;
  const runtime = globalThis.chrome && chrome.runtime;
  const send = runtime && runtime.sendMessage;
  if (send) {
    runtime.sendMessage = function (message, ...rest) {
      const answer = send.call(this, message, ...rest);
      const type = message && message.type;
      if (answer && typeof answer.then === 'function' && type && !(type in record.answers))
        answer.then(() => (record.answers[type] = performance.now()), () => undefined);
      return answer;
    };
  }
  const observer = new MutationObserver(() => {
    if (!document.querySelector('[data-testid="timeline"] [role="option"]')) return;
    observer.disconnect();
    record.inserted = performance.now();
    requestAnimationFrame(() => setTimeout(() => (record.painted = performance.now()), 0));
  });
  observer.observe(document, { childList: true, subtree: true });
})();`;

/** One event of a Chromium trace, as far as it is read here (times in µs). */
interface TraceEvent {
  name: string;
  cat: string;
  ph: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  tdur?: number;
  args?: { name?: string; data?: { documentLoaderURL?: string } };
}

/** CPU time (µs) of the outermost tasks a thread started in [from, to): nested events are inside their task's. */
function threadCpu(events: TraceEvent[], pid: number, tid: number, from: number, to: number): number {
  const tasks = events
    .filter((event) => event.pid === pid && event.tid === tid && event.ph === 'X')
    .filter((event) => event.cat.split(',').includes('toplevel'))
    .sort((a, b) => a.ts - b.ts);
  let end = -Infinity;
  let cpu = 0;
  for (const task of tasks) {
    if (task.ts < end) continue;
    end = task.ts + (task.dur ?? 0);
    if (task.ts >= from && task.ts < to) cpu += task.tdur ?? 0;
  }
  return cpu;
}

/** The popup's and the service worker's CPU time up to the frame with the timeline. */
function cpuUpToPaint(events: TraceEvent[], painted: number): { popupCpu: number; backgroundCpu: number } {
  const start = events.find(
    (event) => event.name === 'navigationStart' && event.args?.data?.documentLoaderURL?.endsWith('/popup.html'),
  );
  if (!start) return { popupCpu: Number.NaN, backgroundCpu: Number.NaN };
  // performance.now() counts from the navigation's start, the trace in µs of its own clock.
  const to = start.ts + painted * 1000;
  const worker = events.find((event) => event.name === 'thread_name' && event.args?.name === 'ServiceWorker thread');
  return {
    popupCpu: threadCpu(events, start.pid, start.tid, start.ts, to) / 1000,
    backgroundCpu: worker ? threadCpu(events, worker.pid, worker.tid, start.ts, to) / 1000 : Number.NaN,
  };
}

async function openPopup(context: BrowserContext, extensionId: string): Promise<PopupOpening> {
  const page = await context.newPage();
  await page.setViewportSize({ width: 420, height: 700 });
  await page.addInitScript(PROBE);
  const cdp = await context.newCDPSession(page);
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', (chunk) => events.push(...(chunk.value as unknown as TraceEvent[])));
  const complete = new Promise<void>((resolve) => cdp.once('Tracing.tracingComplete', () => resolve()));
  await cdp.send('Tracing.start', {
    traceConfig: { includedCategories: ['toplevel', 'blink.user_timing', '__metadata'] },
    transferMode: 'ReportEvents',
  });
  await page.goto(`chrome-extension://${extensionId}/popup.html`);
  await page.waitForFunction(
    () => typeof (window as { __popupBench?: Partial<Probe> }).__popupBench?.painted === 'number',
    undefined,
    { timeout: 30_000 },
  );
  // The index is made right after the paint; let it finish before the next opening.
  await page.waitForTimeout(SETTLE_MS);
  await cdp.send('Tracing.end');
  await complete;
  const probe = await page.evaluate(() => (window as unknown as { __popupBench: Probe }).__popupBench);
  const kept = await page.evaluate((key) => localStorage.getItem(key) !== null, INDEX_KEY);
  await page.close();
  return { ...probe, ...cpuUpToPaint(events, probe.painted), kept };
}

/** Removes the kept index from the extension origin's localStorage, from the options page (which never writes it). */
async function forgetIndex(context: BrowserContext, extensionId: string): Promise<void> {
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/options.html`);
  await page.evaluate((key) => localStorage.removeItem(key), INDEX_KEY);
  await page.close();
  // Extension pages share one renderer thread: let the options page's work end before the popup is timed.
  await new Promise((resolve) => setTimeout(resolve, SETTLE_MS));
}

const ms = (value: number) => `${value.toFixed(1)} ms`;
const budget = (value: number) =>
  `(budget ≤ ${POPUP_FIRST_RENDER_BUDGET_MS} ms: ${budgetWord(value, POPUP_FIRST_RENDER_BUDGET_MS)})`;

function report(label: string, runs: PopupOpening[]): void {
  // A trace that missed its events gives NaN; the other runs still count.
  const of = (pick: (run: PopupOpening) => number) => median(runs.map(pick).filter(Number.isFinite));
  const painted = of((run) => run.painted);
  const cpu = of((run) => run.popupCpu);
  const catalog = of((run) => run.answers['search-catalog'] ?? Number.NaN);
  console.log(`  BUDGET popup first render, ${label}: ${ms(painted)} wall clock ${budget(painted)}`);
  console.log(
    `    popup main thread CPU to that frame ${ms(cpu)} ${budget(cpu)}; background CPU meanwhile ${ms(of((run) => run.backgroundCpu))}; catalog answer at ${ms(catalog)}, rows in the DOM at ${ms(of((run) => run.inserted))}`,
  );
}

export async function benchPopup(options: { extensionDir?: string } = {}): Promise<void> {
  const extensionDir = options.extensionDir ?? TEST_BUILD_DIR;
  if (!existsSync(CHROMIUM_PATH)) {
    console.log(`popup benchmark: skipped, no Chromium at ${CHROMIUM_PATH}`);
    return;
  }
  if (!existsSync(join(extensionDir, 'manifest.json'))) {
    console.log(`popup benchmark: skipped, no test build at ${extensionDir} (npm run build:test)`);
    return;
  }
  // A fresh profile: the very first opening has neither a kept index nor compiled code, and the background
  // is still storing the bundled dataset.
  const browser = await launchChromiumWithExtension({ extensionDir });
  const cold: PopupOpening[] = [];
  const first: PopupOpening[] = [];
  const later: PopupOpening[] = [];
  try {
    cold.push(await openPopup(browser.context, browser.extensionId));
    for (let run = 0; run < OPENINGS; run++) {
      await forgetIndex(browser.context, browser.extensionId);
      first.push(await openPopup(browser.context, browser.extensionId));
    }
    for (let run = 0; run < OPENINGS; run++) later.push(await openPopup(browser.context, browser.extensionId));
  } finally {
    await browser.close();
  }
  console.log(
    `popup first render in Chromium (test build, traced), navigation → the frame showing the timeline; ${machineLoad()}:`,
  );
  report('very first opening in a new profile (no kept index, background just installed)', cold);
  report(`first opening, kept index removed, median of ${OPENINGS}`, first);
  report(`later opening, index kept, median of ${OPENINGS}`, later);
  console.log(`  index kept for the next opening: ${cold.every((run) => run.kept) ? 'yes' : 'no'}`);
}
