/**
 * What the harmlessness suite (corpus.test.ts) reads from a page, the same way
 * with and without the extension, so the two runs can be compared.
 */
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { CHROMIUM_PATH, assertChromium } from '../tools/chromium';
import type { RecordedMutation } from './pageHelpers';

const RECORDS = '__dossierHarmlessMutations';
const MESSAGES = '__dossierHarmlessMessages';

/**
 * Installed with page.addInitScript, so it runs in the page's main world before
 * any page script. It starts observing at DOMContentLoaded: the parser's own
 * insertions would drown everything, and a content script runs later anyway
 * (document_idle). Plain JS in a string: a serialised function could pick up
 * the test transformer's helpers, which the page does not have.
 */
export const MUTATION_RECORDER = `(() => {
  const records = [];
  window.${RECORDS} = records;
  const messages = [];
  window.${MESSAGES} = messages;
  // Every message posted to the page, as text: the extension must post none.
  window.addEventListener('message', (event) => {
    let text;
    try { text = typeof event.data === 'string' ? event.data : JSON.stringify(event.data); } catch { text = String(event.data); }
    if (messages.length < 1000) messages.push(String(text).slice(0, 300));
  }, true);
  const observer = new MutationObserver((batch) => {
    for (const record of batch) {
      const target = record.target;
      records.push({
        type: record.type,
        target: target.nodeName,
        targetIsOverlay: target.nodeName === 'DOSSIER-OVERLAY' || !!(target.closest && target.closest('dossier-overlay')),
        added: Array.from(record.addedNodes, (node) => node.nodeName),
        removed: Array.from(record.removedNodes, (node) => node.nodeName),
        attribute: record.attributeName,
      });
    }
  });
  document.addEventListener('DOMContentLoaded', () => observer.observe(document, { subtree: true, childList: true, attributes: true, characterData: true }), { once: true });
})();`;

export function recordsOf(page: Page): Promise<RecordedMutation[]> {
  return page.evaluate(
    (name) => ((window as unknown as Record<string, RecordedMutation[] | undefined>)[name] ?? []).slice(),
    RECORDS,
  );
}

/** Messages the page received that come from the extension: they name its id or WXT's events. */
export async function messagesSeenBy(page: Page, extensionId: string): Promise<string[]> {
  const all = await page.evaluate(
    (name) => ((window as unknown as Record<string, string[] | undefined>)[name] ?? []).slice(),
    MESSAGES,
  );
  return all.filter((text) => text.includes(extensionId) || text.includes('wxt:'));
}

/** Attribute changes on our own host are allowed (DESIGN.md, decision 2); everything else counts. */
export function outsideOverlay(records: RecordedMutation[]): RecordedMutation[] {
  return records.filter((record) => !(record.targetIsOverlay && record.type === 'attributes'));
}

export const HOST_INSERTION: RecordedMutation = {
  type: 'childList',
  target: 'HTML',
  targetIsOverlay: false,
  added: ['DOSSIER-OVERLAY'],
  removed: [],
  attribute: null,
};

export function describeRecord(record: RecordedMutation): string {
  const parts = [`${record.type} on ${record.target}`];
  if (record.added.length) parts.push(`+${record.added.join(',')}`);
  if (record.removed.length) parts.push(`-${record.removed.join(',')}`);
  if (record.attribute) parts.push(`@${record.attribute}`);
  return parts.join(' ');
}

export interface Box {
  element: string;
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface PageLook {
  text: string;
  boxes: Box[];
  scrollWidth: number;
  scrollHeight: number;
}

/**
 * The page as a reader sees it: its text, the size of the document and the
 * boxes of the first 20 sized elements of body plus 20 spread over the rest
 * (where the article, and so most mentions, usually is). Boxes are in
 * document coordinates, rounded to 1/100 px, so the scroll position does not matter.
 */
export function lookOf(page: Page): Promise<PageLook> {
  return page.evaluate(() => {
    const sized: Element[] = [];
    const body = document.body;
    if (body) {
      const walker = document.createTreeWalker(body, NodeFilter.SHOW_ELEMENT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const element = node as Element;
        if (element.closest('dossier-overlay')) continue;
        const rect = element.getBoundingClientRect();
        if (rect.width > 0 && rect.height > 0) sized.push(element);
      }
    }
    const rest = sized.slice(20);
    const step = Math.max(1, Math.floor(rest.length / 20));
    const chosen = [...sized.slice(0, 20), ...rest.filter((_, index) => index % step === 0).slice(0, 20)];
    const round = (value: number) => Math.round(value * 100) / 100;
    const boxes = chosen.map((element) => {
      const rect = element.getBoundingClientRect();
      const id = element.id ? `#${element.id}` : '';
      return {
        element: `${element.tagName.toLowerCase()}${id}[${sized.indexOf(element)}]`,
        x: round(rect.x + scrollX),
        y: round(rect.y + scrollY),
        width: round(rect.width),
        height: round(rect.height),
      };
    });
    return {
      text: body?.innerText ?? '',
      boxes,
      scrollWidth: document.documentElement.scrollWidth,
      scrollHeight: document.documentElement.scrollHeight,
    };
  });
}

/** Where two texts part, with a little context on both sides; null when equal. */
export function firstDifference(expected: string, actual: string): string | null {
  if (expected === actual) return null;
  let at = 0;
  while (at < expected.length && at < actual.length && expected[at] === actual[at]) at += 1;
  const around = (text: string) => JSON.stringify(text.slice(Math.max(0, at - 40), at + 40));
  return `texts differ at ${at} (lengths ${expected.length} / ${actual.length}): without ${around(expected)}, with ${around(actual)}`;
}

/** The marked ranges as the page sees the shared registry: text and position, in document order. */
export function highlightSignature(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const ranges = [...CSS.highlights]
      .filter(([name]) => name.startsWith('dossier-'))
      .flatMap(([name, highlight]) => ([...highlight] as Range[]).map((range) => ({ name, range })));
    ranges.sort((a, b) => a.range.compareBoundaryPoints(Range.START_TO_START, b.range));
    return ranges.map(({ name, range }) => `${name}:${range.startOffset}:${range.toString()}`);
  });
}

/**
 * Scrolls the n-th marked range into view and returns the centre of its first
 * line if the pointer would really land on its text there (not hidden, not
 * under a sticky header or a cookie layer); null otherwise. Scrolling changes
 * no DOM, so it does not disturb the mutation record.
 */
export function pointOnMarked(page: Page, index: number): Promise<{ x: number; y: number; text: string } | null> {
  return page.evaluate((wanted) => {
    const ranges = [...CSS.highlights]
      .filter(([name]) => name.startsWith('dossier-'))
      .flatMap(([, highlight]) => [...highlight] as Range[]);
    ranges.sort((a, b) => a.compareBoundaryPoints(Range.START_TO_START, b));
    const range = ranges[wanted];
    const holder = range?.startContainer.parentElement;
    if (!range || !holder) return null;
    holder.scrollIntoView({ block: 'center', behavior: 'instant' });
    const rect = range.getClientRects()[0];
    if (
      !rect ||
      rect.width < 2 ||
      rect.height < 2 ||
      rect.top < 0 ||
      rect.bottom > innerHeight ||
      rect.left < 0 ||
      rect.right > innerWidth
    )
      return null;
    const x = rect.left + rect.width / 2;
    const y = rect.top + rect.height / 2;
    const caret = document.caretPositionFromPoint(x, y);
    if (!caret || caret.offsetNode !== range.startContainer) return null;
    return { x, y, text: range.toString() };
  }, index);
}

export interface PlainBrowser {
  browser: Browser;
  context: BrowserContext;
  close: () => Promise<void>;
}

/**
 * The same Chromium without any extension, with the same viewport, locale and
 * network rule as launchChromiumWithExtension: the "before" of every comparison.
 */
export async function launchPlainChromium(locale = 'en-US'): Promise<PlainBrowser> {
  assertChromium();
  const browser = await chromium.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      `--lang=${locale}`,
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
  const context = await browser.newContext({ locale, viewport: { width: 1100, height: 800 } });
  // Mirrors the rule in test/tools/chromium.ts: only the local fixture servers are reachable.
  await context.route('**/*', (route) => {
    const url = new URL(route.request().url());
    const local = url.hostname === '127.0.0.1' || url.hostname === 'localhost' || url.protocol === 'data:';
    return local ? route.continue() : route.abort();
  });
  return { browser, context, close: () => browser.close() };
}
