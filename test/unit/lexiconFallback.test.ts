// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { startPageSession, type PageSession, type PageSessionEnvironment } from '../../lib/content/pageSession';
import { createGuard } from '../../lib/diagnostics/guard';
import { lexiconSourceOf, type LexiconSource } from '../../lib/match/source';
import { DEFAULT_SETTINGS } from '../../lib/settings/schema';
import { miniDataset } from '../fixtures/miniDataset';

/** An imported lexicon the automaton cannot hold (300 distinct characters), counting how often it is read. */
function brokenLexicon(): { source: LexiconSource; reads: () => number } {
  const base = lexiconSourceOf(miniDataset());
  const chars = Array.from({ length: 300 }, (_, index) => String.fromCharCode(0x4e00 + index)).join('');
  const entities = [
    ...base.entities,
    {
      id: 'filler',
      type: 'term' as const,
      aliases: [0, 100, 200].map((start) => ({ text: chars.slice(start, start + 100), lang: 'any' as const })),
    },
  ];
  let reads = 0;
  const source: LexiconSource = {
    ...base,
    version: 'imported-broken',
    get entities() {
      reads += 1;
      return entities;
    },
  };
  return { source, reads: () => reads };
}

let open: PageSession | null = null;
afterEach(() => {
  open?.destroy();
  open = null;
});

const describeError = (error: unknown) => (error instanceof Error ? error.message : String(error));

/** A page whose background answers with a lexicon that cannot be compiled; `reporting` says how errors leave the page. */
async function openPage(reporting: (reports: string[]) => Pick<PageSessionEnvironment, 'report' | 'wrap'>) {
  const paragraph = document.createElement('p');
  paragraph.textContent = 'In Istanbul trafen sich Rustem Umjerow und Wladimir Medinski.';
  const article = document.createElement('article');
  article.append(paragraph);
  document.body.replaceChildren(article);
  Object.defineProperty(window, 'location', {
    value: new URL('https://www.spiegel.de/politik/artikel.html'),
    configurable: true,
  });
  const broken = brokenLexicon();
  const reports: string[] = [];
  // The page starts with the bundled names; the import arrives with the first refresh.
  let imported = false;
  const session = await startPageSession({
    win: window as unknown as Window & typeof globalThis,
    bundledLexicon: lexiconSourceOf(miniDataset()),
    navigatorLanguage: 'de-DE',
    curatedHosts: ['spiegel.de'],
    loadSettings: async () => DEFAULT_SETTINGS,
    loadLexicon: async () => (imported ? broken.source : null),
    reportState: () => undefined,
    fetchCard: async () => ({ ok: false, error: 'not in this test' }),
    fetchRound: async () => ({ ok: false, error: 'not in this test' }),
    timers: {
      setTimeout: (callback, ms) => setTimeout(callback, ms) as unknown as number,
      clearTimeout: (id) => clearTimeout(id),
    },
    listen: (type, listener, options) => window.addEventListener(type, listener as EventListener, options),
    requestFrame: (callback) => void setTimeout(callback, 0),
    shadowMode: 'open',
    cardCss: '',
    now: () => new Date('2025-06-02T10:00:00Z'),
    ...reporting(reports),
  });
  open = session;
  await session.app.scanned();
  imported = true;
  await session.refreshLexicon();
  await session.app.scanned();
  return { session, article, broken, reports };
}

describe('an imported lexicon that cannot be compiled', () => {
  it('is reported once and replaced by the bundled one; later page changes do not compile it again', async () => {
    const { session, article, broken, reports } = await openPage((reports) => ({
      report: (error) => void reports.push(describeError(error)),
    }));
    expect(session.app.marked().map((mention) => mention.surface)).toEqual([
      'Istanbul',
      'Rustem Umjerow',
      'Wladimir Medinski',
    ]);
    expect(reports).toEqual([
      expect.stringMatching(
        /^the imported dataset's names \(version imported-broken\) could not be compiled; using the bundled ones: .*254 distinct characters/,
      ),
    ]);
    const readsAfterFailure = broken.reads();
    expect(readsAfterFailure).toBeGreaterThan(0);

    // Each change to the page is scanned with the bundled names, without compiling the broken ones again.
    for (const name of ['Kremlchef', 'Medinski']) {
      const added = document.createElement('p');
      added.textContent = `Später sprach der ${name}.`;
      article.append(added);
      await expect.poll(() => session.app.mentions().some((mention) => mention.node.parentNode === added)).toBe(true);
    }
    expect(broken.reads()).toBe(readsAfterFailure);
    expect(reports).toHaveLength(1);

    // The same broken dataset asked for again (another tab imported it) is not compiled again either.
    await session.refreshLexicon();
    await session.app.scanned();
    expect(session.app.marked().map((mention) => mention.surface)).toContain('Rustem Umjerow');
    expect(broken.reads()).toBe(readsAfterFailure);
    expect(reports).toHaveLength(1);
  });

  it('reaches the error log through the callback guard when the page gives no reporter of its own', async () => {
    const { session, reports } = await openPage((reports) => ({
      wrap: createGuard((error) => void reports.push(describeError(error))),
    }));
    expect(session.app.marked().map((mention) => mention.surface)).toEqual([
      'Istanbul',
      'Rustem Umjerow',
      'Wladimir Medinski',
    ]);
    expect(reports).toEqual([
      expect.stringMatching(/^the imported dataset's names \(version imported-broken\) could not be compiled/),
    ]);
  });
});
