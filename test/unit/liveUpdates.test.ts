// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { pageChangesOf, watchPage, type PageChanges } from '../../lib/page/liveUpdates';

const record = (fields: Partial<MutationRecord>): MutationRecord =>
  ({
    type: 'childList',
    addedNodes: [] as unknown as NodeList,
    removedNodes: [] as unknown as NodeList,
    ...fields,
  }) as MutationRecord;
const nodes = (...list: Node[]) => list as unknown as NodeList;

describe('pageChangesOf', () => {
  it('keeps the outermost added nodes, leaves out our host, and text changes inside added nodes', () => {
    const article = document.createElement('article');
    const paragraph = Object.assign(document.createElement('p'), { textContent: 'Selenskyj' });
    const other = Object.assign(document.createElement('p'), { textContent: 'Putin' });
    article.append(paragraph);
    document.body.replaceChildren(article, other);
    const host = document.createElement('dossier-overlay');
    document.documentElement.appendChild(host);
    const changes = pageChangesOf(
      [
        record({ target: document.body, addedNodes: nodes(article) }),
        record({ target: article, addedNodes: nodes(paragraph) }),
        record({ target: document.documentElement, addedNodes: nodes(host) }),
        record({ type: 'characterData', target: paragraph.firstChild! }),
        record({ type: 'characterData', target: other.firstChild! }),
      ],
      host,
    );
    expect(changes).toEqual({ added: [article], changedText: [other.firstChild], removed: false });
  });
});

describe('watchPage', () => {
  it('takes a batch of 150 000 records (an endless feed) without overflowing the call stack', () => {
    let deliver: (batch: MutationRecord[]) => void = () => undefined;
    class FakeObserver {
      constructor(callback: (batch: MutationRecord[]) => void) {
        deliver = callback;
      }
      observe() {}
      disconnect() {}
    }
    const frames: Array<() => void> = [];
    const seen: PageChanges[] = [];
    const win = {
      document,
      location: { href: 'https://example.org/feed' },
      MutationObserver: FakeObserver,
      addEventListener() {},
      removeEventListener() {},
    } as unknown as Window & typeof globalThis;
    const stop = watchPage({
      win,
      ownHost: () => null,
      requestFrame: (callback) => void frames.push(callback),
      onChanges: (changes) => void seen.push(changes),
    });
    const feed = document.createElement('div');
    document.body.replaceChildren(feed);
    const item = document.createElement('p');
    feed.appendChild(item);
    const batch = Array.from({ length: 150_000 }, () => record({ target: feed, addedNodes: nodes(item) }));
    expect(() => deliver(batch)).not.toThrow();
    frames.forEach((frame) => frame());
    expect(seen).toEqual([{ added: [item], changedText: [], removed: false, urlChanged: false }]);
    stop();
  });
});
