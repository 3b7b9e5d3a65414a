import { isInsideSkipped } from './textNodes';

export interface PageChanges {
  /** Nodes that arrived (outermost only), to be scanned. */
  added: Node[];
  /** Text nodes whose text changed: their mentions are dropped and the nodes scanned again. */
  changedText: Text[];
  /** Something left the page: mentions in detached nodes must go. */
  removed: boolean;
  /** The address changed (SPA navigation): the article, and maybe its date, is another. */
  urlChanged: boolean;
}

export interface LiveUpdatesEnvironment {
  win: Window & typeof globalThis;
  ownHost: () => Element | null;
  requestFrame: (callback: () => void) => void;
  onChanges: (changes: PageChanges) => void;
  /** Wraps the observer's and listener's callbacks (errors reported, time measured). */
  wrap?: <Args extends unknown[]>(callback: (...args: Args) => void, label: string) => (...args: Args) => void;
}

/** Whether `node` lies under one of `roots` (not counting itself): a walk up its ancestors, not a test against every root. */
function underAny(node: Node, roots: ReadonlySet<Node>): boolean {
  for (let parent = node.parentNode; parent; parent = parent.parentNode) if (roots.has(parent)) return true;
  return false;
}

/**
 * What a batch of mutation records means for the scan: the outermost added nodes still in the page
 * (not ours, not in skipped regions), the changed text nodes outside them, whether anything left.
 * Linear in the records: an endless feed that appends thousands of nodes per frame must not cost
 * thousands squared.
 */
export function pageChangesOf(batch: readonly MutationRecord[], host: Element | null): Omit<PageChanges, 'urlChanged'> {
  const added = new Set<Node>();
  const changedText = new Set<Text>();
  let removed = false;
  for (const record of batch) {
    if (record.type === 'characterData' && record.target.nodeType === 3) changedText.add(record.target as Text);
    for (const node of record.addedNodes) added.add(node);
    if (record.removedNodes.length > 0) removed = true;
  }
  const ours = (node: Node) => host !== null && (node === host || host.contains(node));
  const roots = new Set(
    [...added].filter(
      (node) => node.isConnected && !ours(node) && !underAny(node, added) && !isInsideSkipped(node, host),
    ),
  );
  const texts = [...changedText].filter(
    (node) => node.isConnected && !roots.has(node) && !underAny(node, roots) && !isInsideSkipped(node, host),
  );
  return { added: [...roots], changedText: texts, removed };
}

/**
 * Follows a live page (live blogs, "load more", infinite scroll, SPA
 * navigation) with one MutationObserver, batching its records per frame so a
 * page that changes constantly costs one small scan per frame at most.
 * Returns the function that stops watching.
 */
export function watchPage(env: LiveUpdatesEnvironment): () => void {
  const { win } = env;
  const doc = win.document;
  let records: MutationRecord[] = [];
  let scheduled = false;
  let url = win.location.href;

  const flush = () => {
    scheduled = false;
    const batch = records;
    records = [];
    const changes = pageChangesOf(batch, env.ownHost());
    const urlChanged = win.location.href !== url;
    url = win.location.href;
    if (changes.added.length === 0 && changes.changedText.length === 0 && !changes.removed && !urlChanged) return;
    env.onChanges({ ...changes, urlChanged });
  };
  const schedule = () => {
    if (scheduled) return;
    scheduled = true;
    env.requestFrame(wrap(flush, 'live-scan'));
  };

  const wrap = env.wrap ?? (<Args extends unknown[]>(callback: (...args: Args) => void) => callback);
  const observer = new win.MutationObserver(
    wrap((batch: MutationRecord[]) => {
      const host = env.ownHost();
      // Our own host's insertion is the one change we make; it is not news.
      const relevant = batch.filter(
        (record) =>
          !(
            host &&
            (record.target === host ||
              host.contains(record.target) ||
              ([...record.addedNodes].every((node) => node === host) && record.addedNodes.length > 0))
          ),
      );
      if (relevant.length === 0) return;
      // One by one: spreading a batch of 100 000 records into push() overflows the call stack.
      for (const record of relevant) records.push(record);
      schedule();
    }, 'mutations'),
  );
  observer.observe(doc.documentElement, { childList: true, subtree: true, characterData: true });
  // History navigation without DOM changes still changes the article's address.
  const onPopState = wrap(() => schedule(), 'popstate');
  win.addEventListener('popstate', onPopState);
  return () => {
    observer.disconnect();
    win.removeEventListener('popstate', onPopState);
    records = [];
  };
}
