/**
 * What these helpers need of a page: Playwright's (Chromium) and Puppeteer's
 * (Firefox over WebDriver BiDi) both fit, so both suites measure the same way.
 */
export interface DrivenPage {
  evaluate<R>(pageFunction: (arg: string) => R, arg: string): Promise<Awaited<R>>;
  mouse: { move(x: number, y: number, options?: { steps?: number }): Promise<void> };
}

/** Centre of the first occurrence of `word` in the page's text, found from the test's side. */
export async function centreOfWord(page: DrivenPage, word: string): Promise<{ x: number; y: number }> {
  const point = await page.evaluate((needle) => {
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const at = node.nodeValue?.indexOf(needle) ?? -1;
      if (at < 0 || node.parentElement?.closest('textarea, script, style')) continue;
      const range = document.createRange();
      range.setStart(node, at);
      range.setEnd(node, at + needle.length);
      // Fonts differ between browsers, so a name may wrap at a line's end; the centre of its bounding
      // box would then fall between the lines, off the text: aim at its first line box.
      const rect = range.getClientRects()[0] ?? range.getBoundingClientRect();
      return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
    }
    return null;
  }, word);
  if (!point) throw new Error(`"${word}" is not on the page`);
  return point;
}

/** Hover intent needs a pointer that moves and then rests, as a reader's does. */
export async function hoverWord(page: DrivenPage, word: string): Promise<void> {
  const { x, y } = await centreOfWord(page, word);
  await page.mouse.move(5, 5);
  await page.mouse.move(x - 3, y, { steps: 4 });
  await page.mouse.move(x, y, { steps: 2 });
}

/** Ranges registered under our highlight name, as the page sees the shared registry. */
export function highlightedTexts(page: DrivenPage): Promise<string[]> {
  return page.evaluate(() => {
    // Whatever style the reader chose: every highlight registered under one of our names, in document order.
    const ranges = [...CSS.highlights]
      .filter(([name]) => name.startsWith('dossier-'))
      .flatMap(([, highlight]) => [...highlight] as Range[]);
    return ranges.sort((a, b) => a.compareBoundaryPoints(Range.START_TO_START, b)).map((range) => range.toString());
  }, '');
}

export interface RecordedMutation {
  type: string;
  target: string;
  targetIsOverlay: boolean;
  added: string[];
  removed: string[];
  attribute: string | null;
}

export function recordedMutations(page: DrivenPage): Promise<RecordedMutation[]> {
  return page.evaluate(() => (window as unknown as { __mutations: RecordedMutation[] }).__mutations, '');
}
