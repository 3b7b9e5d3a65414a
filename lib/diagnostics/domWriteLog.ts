/**
 * Test build only: every DOM-changing call the content script makes, recorded
 * where it is made. The content script runs in an isolated world whose DOM
 * prototypes are its own, so wrapping them records our writes and never the
 * page's: the harmlessness suite attributes each write instead of inferring it
 * from a diff against a run without the extension (which every page timer races).
 */
export interface DomWrite {
  method: string;
  /** nodeName of the node written to. */
  target: string;
  /** For insertions: the nodeName of what was inserted. */
  added?: string;
}

type Ownership = (node: Node) => boolean;

/**
 * Methods that change the node they are called on (or, for insertions, its children). These are names to
 * watch, not calls we make: the markup-parsing ones (insertAdjacentHTML, setHTMLUnsafe, innerHTML, outerHTML)
 * are listed so that the test build would record it if our code ever used them, which the lint rule forbids.
 */
const METHODS: Record<'Node' | 'Element' | 'CharacterData', readonly string[]> = {
  Node: ['appendChild', 'insertBefore', 'removeChild', 'replaceChild', 'normalize'],
  Element: [
    'setAttribute',
    'setAttributeNS',
    'removeAttribute',
    'removeAttributeNS',
    'toggleAttribute',
    'setAttributeNode',
    'removeAttributeNode',
    'append',
    'prepend',
    'before',
    'after',
    'replaceWith',
    'remove',
    'replaceChildren',
    'insertAdjacentElement',
    'insertAdjacentHTML',
    'insertAdjacentText',
    'attachShadow',
    'setHTMLUnsafe',
  ],
  CharacterData: ['appendData', 'deleteData', 'insertData', 'replaceData', 'before', 'after', 'replaceWith', 'remove'],
};
/** Property setters that change a node; patched on whichever prototype defines them (browsers and DOM implementations differ). */
const SETTERS: readonly string[] = [
  'textContent',
  'nodeValue',
  'data',
  'innerHTML',
  'outerHTML',
  'className',
  'id',
  'slot',
  'innerText',
  'outerText',
  'hidden',
  'title',
  'lang',
  'dir',
];
const MAX_WRITES = 500;

/**
 * Starts recording in `win` (the content script's own window). `isOurs` says whether a node belongs to
 * the extension's host (the host itself or anything under it, shadow root included); writes to nodes
 * that are ours or not in the page's document (built before insertion) are not the page's concern and
 * are not kept.
 */
export function recordDomWrites(win: Window & typeof globalThis, isOurs: Ownership): { writes: () => DomWrite[] } {
  const writes: DomWrite[] = [];
  // Only the outermost call counts: a DOM implementation may build one write from others (textContent from appendChild).
  let depth = 0;
  const note = (target: Node, method: string, added?: unknown) => {
    if (depth > 0 || !target.isConnected || isOurs(target) || writes.length >= MAX_WRITES) return;
    writes.push({ method, target: target.nodeName, ...(added instanceof win.Node ? { added: added.nodeName } : {}) });
  };
  const within = <T>(work: () => T): T => {
    depth += 1;
    try {
      return work();
    } finally {
      depth -= 1;
    }
  };
  const prototypes = {
    Node: win.Node.prototype,
    Element: win.Element.prototype,
    CharacterData: win.CharacterData.prototype,
  } as const;
  for (const [owner, names] of Object.entries(METHODS) as Array<[keyof typeof METHODS, readonly string[]]>) {
    const prototype = prototypes[owner] as unknown as Record<string, unknown>;
    for (const name of names) {
      const original = prototype[name];
      if (typeof original !== 'function') continue;
      prototype[name] = function (this: Node, ...args: unknown[]) {
        // Removal and replacement change the parent, which is what the page sees.
        const target =
          name === 'remove' || name === 'before' || name === 'after' || name === 'replaceWith'
            ? (this.parentNode ?? this)
            : this;
        note(
          target,
          name,
          args.find((arg) => arg instanceof win.Node),
        );
        return within(() => (original as (...values: unknown[]) => unknown).apply(this, args));
      };
    }
  }
  for (const prototype of [
    win.Node.prototype,
    win.Element.prototype,
    win.CharacterData.prototype,
    win.HTMLElement.prototype,
    win.Text.prototype,
  ]) {
    for (const name of SETTERS) {
      const descriptor = Object.getOwnPropertyDescriptor(prototype, name);
      const set = descriptor?.set;
      if (!descriptor || !set) continue;
      Object.defineProperty(prototype, name, {
        ...descriptor,
        set(this: Node, value: unknown) {
          note(this, `set ${name}`);
          within(() => set.call(this, value));
        },
      });
    }
  }
  return { writes: () => writes.slice() };
}

/** Whether a node is the extension's host or lies under it (through its shadow root). */
export function underHost(hostName: string): Ownership {
  const upper = hostName.toUpperCase();
  // The host may carry a random suffix when the page defined our name itself.
  const isHost = (name: string) => name === upper || name.startsWith(`${upper}-`);
  return (node) => {
    for (
      let current: Node | null = node;
      current;
      current = current.parentNode ?? (current instanceof ShadowRoot ? current.host : null)
    ) {
      if (isHost(current.nodeName)) return true;
    }
    return false;
  };
}
