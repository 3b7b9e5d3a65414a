// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { KeyboardSteps } from '../../lib/content/keyboardSteps';
import { LexiconSupply } from '../../lib/content/lexiconSupply';
import { PageMarks, type PageDisplay } from '../../lib/content/pageMarks';
import type { PlacedMention } from '../../lib/page/mentionRanges';
import { PageReader } from '../../lib/content/pageReader';
import { lexiconSourceOf, type LexiconSource } from '../../lib/match/source';
import type { CardShell } from '../../lib/cardShell/cardShell';
import type { HoverIntent } from '../../lib/cardShell/hoverIntent';
import { DEFAULT_SETTINGS } from '../../lib/settings/schema';
import { miniDataset } from '../fixtures/miniDataset';

/*
 * The page app's parts, each alone: what startPageApp composes. The whole is exercised by the
 * session tests and the E2E suites; here each part's own rule is pinned down.
 */
const win = window as unknown as Window & typeof globalThis;
const display: PageDisplay = {
  categories: DEFAULT_SETTINGS.categories,
  marking: 'first',
  highlightStyle: 'underline',
  cardTrigger: 'hover',
  hoverDelayMs: 150,
};
const bundled = lexiconSourceOf(miniDataset());

afterEach(() => {
  document.body.replaceChildren();
});

function article(...paragraphs: string[]): HTMLElement {
  const element = document.createElement('article');
  element.append(...paragraphs.map((text) => Object.assign(document.createElement('p'), { textContent: text })));
  document.body.replaceChildren(element);
  return element;
}

/** A reader over `marks` that runs its slices at once (no page to yield to). */
function readerOver(
  marks: PageMarks,
  lexicon = new LexiconSupply(bundled, () => undefined),
  report: (error: unknown) => void = () => undefined,
) {
  return new PageReader({
    doc: document,
    marks,
    lexicon,
    scheduler: {
      now: () => performance.now(),
      yieldToPage: () => Promise.resolve(),
      measure: (_label, work) => work(),
    },
    context: () => ({ date: '2025-06-02', dateKnown: true, lang: 'de' }),
    ownHost: () => null,
    report,
  });
}

describe('PageMarks', () => {
  it('marks the first mention of each name, counts every shown one, and tells the badge after each change', () => {
    const counts: number[] = [];
    const marks = new PageMarks(win, null, display, true, (count) => counts.push(count));
    const text = document.createTextNode('Umjerow … Umjerow');
    document.body.replaceChildren(text);
    const mention = (start: number): PlacedMention => {
      const range = document.createRange();
      range.setStart(text, start);
      range.setEnd(text, start + 7);
      return {
        entityId: 'umerov',
        type: 'person',
        start,
        end: start + 7,
        surface: 'Umjerow',
        node: text,
        range,
        region: 'main',
      };
    };
    marks.add([mention(10), mention(0)]);
    expect(marks.mentions.map((found) => found.start)).toEqual([0, 10]);
    expect(marks.marked.map((found) => found.start)).toEqual([0]);
    expect(marks.shownCount()).toBe(2);
    marks.display = { ...display, marking: 'all' };
    marks.apply();
    expect(marks.marked).toHaveLength(2);
    marks.active = false;
    marks.apply();
    expect(marks.marked).toEqual([]);
    expect(counts).toEqual([2, 2, 0]);
  });

  it('drops the mentions whose text changed or left the page, and says whether any did', () => {
    const marks = new PageMarks(win, null, display, true);
    const text = document.createTextNode('Umjerow');
    document.body.replaceChildren(text);
    const range = document.createRange();
    range.selectNodeContents(text);
    marks.add([
      { entityId: 'umerov', type: 'person', start: 0, end: 7, surface: 'Umjerow', node: text, range, region: 'main' },
    ]);
    expect(marks.dropStale(new Set())).toBe(false);
    expect(marks.dropStale(new Set([text]))).toBe(true);
    expect(marks.mentions).toEqual([]);
  });
});

describe('PageReader', () => {
  it('reads the page, then what it adds, and forgets what it removed', async () => {
    const marks = new PageMarks(win, null, display, true);
    const reader = readerOver(marks);
    const page = article('Rustem Umjerow traf Wladimir Medinski.');
    await reader.readAll();
    expect(marks.mentions.map((mention) => mention.entityId)).toEqual(['umerov', 'medinsky']);
    const added = Object.assign(document.createElement('p'), { textContent: 'Später sprach Umjerow erneut.' });
    page.append(added);
    reader.readChanges({ added: [added], changedText: [] }, () => undefined);
    await vi.waitFor(() => expect(reader.readsRunning()).toBe(0));
    expect(marks.mentions.map((mention) => mention.entityId)).toEqual(['umerov', 'medinsky', 'umerov']);
    const dropped = vi.fn();
    const first = page.querySelector('p')?.firstChild as Text;
    page.querySelector('p')?.remove();
    reader.readChanges({ added: [], changedText: [first] }, dropped);
    expect(dropped).toHaveBeenCalledOnce();
    expect(marks.mentions.map((mention) => mention.entityId)).toEqual(['umerov']);
  });

  it('does not follow changes before the page was read, nor while switched off', async () => {
    const marks = new PageMarks(win, null, display, false);
    const reader = readerOver(marks);
    const page = article('Rustem Umjerow');
    reader.readChanges({ added: [page], changedText: [] }, () => undefined);
    expect(reader.readsRunning()).toBe(0);
    expect(marks.mentions).toEqual([]);
  });

  it('reports a read that fails instead of leaving the rejection to the page', async () => {
    const reported: unknown[] = [];
    const broken = {
      ...bundled,
      version: 'broken',
      entities: [{ id: 'x', type: 'term', aliases: [{ text: 'ab', lang: 'any' }] }],
      offices: null,
    } as unknown as LexiconSource;
    const marks = new PageMarks(win, null, display, true);
    const reader = readerOver(marks, new LexiconSupply(broken, () => undefined), (error) => reported.push(error));
    article('Rustem Umjerow');
    await reader.readAll();
    expect(reported).toHaveLength(1);
  });
});

describe('LexiconSupply', () => {
  it('falls back to the first names when another cannot be compiled, and reports that once', () => {
    const reports: unknown[] = [];
    const supply = new LexiconSupply(bundled, (error) => reports.push(error));
    const broken = { ...bundled, version: 'imported', offices: null } as unknown as LexiconSource;
    expect(supply.replace(broken)).toBe(true);
    expect(supply.replace(broken)).toBe(false);
    const run = () => {
      const steps = supply.steps();
      for (let step = steps.next(); ; step = steps.next()) if (step.done) return step.value;
    };
    expect(run().source.version).toBe(bundled.version);
    expect(run().source.version).toBe(bundled.version);
    expect(reports).toHaveLength(1);
  });
});

describe('KeyboardSteps', () => {
  function stepsOver(mentions: PlacedMention[]) {
    const marks = new PageMarks(win, null, { ...display, marking: 'all' }, true);
    marks.add(mentions);
    let open: PlacedMention | null = null;
    const announced: string[] = [];
    const prefetched: string[] = [];
    const shell = { announce: (text: string) => announced.push(text) } as unknown as CardShell;
    const hover = {
      openNow: (mention: PlacedMention) => void (open = mention),
    } as unknown as HoverIntent<PlacedMention>;
    const steps = new KeyboardSteps(
      win,
      marks,
      shell,
      () => hover,
      () => open,
      () => 'en',
      (mention) => prefetched.push(mention.surface),
    );
    return { steps, announced, prefetched };
  }

  function paragraphsOf(names: string[]): PlacedMention[] {
    const texts = names.map((name) => document.createTextNode(name));
    document.body.replaceChildren(
      ...texts.map((text) => Object.assign(document.createElement('p')).appendChild(text).parentNode as Node),
    );
    return texts.map((node): PlacedMention => {
      const range = document.createRange();
      range.selectNodeContents(node);
      return {
        entityId: node.data.toLowerCase(),
        type: 'person',
        start: 0,
        end: node.length,
        surface: node.data,
        node,
        range,
        region: 'main',
      };
    });
  }

  it('asks for the cards a next press would open (both neighbours) as soon as a step opens one', () => {
    const { steps, prefetched } = stepsOver(paragraphsOf(['Umjerow', 'Medinski', 'Witkoff', 'Dmitrijew']));
    steps.step('next');
    expect(prefetched).toEqual(['Medinski', 'Dmitrijew']);
    prefetched.length = 0;
    steps.step('next');
    expect(prefetched).toEqual(['Witkoff', 'Umjerow']);
  });

  it('steps forward and back around the marked names, announcing their number once, and gives focus back', () => {
    const texts = ['Umjerow', 'Medinski'].map((name) => document.createTextNode(name));
    const button = document.createElement('button');
    document.body.replaceChildren(
      button,
      ...texts.map((text) => Object.assign(document.createElement('p'), {}).appendChild(text).parentNode as Node),
    );
    const mentions = texts.map((node, index): PlacedMention => {
      const range = document.createRange();
      range.selectNodeContents(node);
      return {
        entityId: index === 0 ? 'umerov' : 'medinsky',
        type: 'person',
        start: 0,
        end: node.length,
        surface: node.data,
        node,
        range,
        region: 'main',
      };
    });
    const { steps, announced } = stepsOver(mentions);
    button.focus();
    expect(steps.step('next')?.entityId).toBe('umerov');
    expect(steps.opensWithFocus).toBe(true);
    expect(steps.step('next')?.entityId).toBe('medinsky');
    expect(steps.step('next')?.entityId).toBe('umerov');
    expect(steps.step('previous')?.entityId).toBe('medinsky');
    expect(announced).toHaveLength(1);
    steps.giveFocusBack();
    expect(document.activeElement).toBe(button);
    expect(steps.opensWithFocus).toBe(false);
  });
});
