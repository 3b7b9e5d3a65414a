/**
 * Finds the text nodes a reader can see and that belong to the page's
 * content. Takes the document as a parameter so it runs under any DOM.
 */
const SKIPPED_TAGS = new Set([
  'SCRIPT',
  'STYLE',
  'NOSCRIPT',
  'TEMPLATE',
  'CODE',
  'PRE',
  'TEXTAREA',
  'INPUT',
  'SELECT',
  'OPTION',
  'BUTTON',
  'SVG',
  'MATH',
  'IFRAME',
  'CANVAS',
  'NAV',
  'FOOTER',
  'ASIDE',
]);
/** Page furniture rather than the article: menus, site footers, sidebars, search. */
const SKIPPED_ROLES = new Set(['navigation', 'contentinfo', 'menu', 'menubar', 'search', 'complementary']);
const BYLINE = /(?:^|[\s_-])(?:byline|author|autor)(?:$|[\s_-])/i;
/** Teaser lists and recommendation boxes: other articles' headlines, not this one's text. */
const TEASERS =
  /(?:^|[\s_-])(?:teasers?|related|recommend(?:ed|ations?)?|more-stories|outbrain|taboola|newsletter|promo)(?:$|[\s_-])/i;

/** Where the article is: scanned first, and the place whose first mention of a name gets marked. */
export const MAIN_CONTENT_SELECTOR = 'article, main, [role="main"], [itemprop="articleBody"]';

export function isSkippedElement(element: Element, ownHost: Element | null): boolean {
  if (element === ownHost) return true;
  if (SKIPPED_TAGS.has(element.tagName.toUpperCase())) return true;
  if (element.hasAttribute('hidden') || element.getAttribute('aria-hidden') === 'true') return true;
  if (SKIPPED_ROLES.has(element.getAttribute('role') ?? '')) return true;
  if (
    BYLINE.test(element.getAttribute('class') ?? '') ||
    element.getAttribute('rel') === 'author' ||
    element.getAttribute('itemprop') === 'author'
  )
    return true;
  if (TEASERS.test(element.getAttribute('class') ?? '') || TEASERS.test(element.id)) return true;
  // Editable regions belong to the reader's own typing; never paint over them.
  if ((element as HTMLElement).isContentEditable) return true;
  return false;
}

/** Whether a node sits inside a subtree the walk skips (for text that arrives later, outside a walk). */
export function isInsideSkipped(node: Node, ownHost: Element | null): boolean {
  for (
    let element = node.nodeType === 1 ? (node as Element) : node.parentElement;
    element;
    element = element.parentElement
  ) {
    if (isSkippedElement(element, ownHost)) return true;
  }
  return false;
}

/**
 * The text nodes under `root` in document order, lazily, so a caller can stop
 * after a few milliseconds and go on later. `exclude`d subtrees (already
 * scanned main content) are passed over.
 */
export function* walkTextNodes(
  root: Node,
  ownHost: Element | null = null,
  exclude: ReadonlySet<Node> = new Set(),
): Generator<Text> {
  const doc = root.ownerDocument ?? (root as Document);
  // NodeFilter constants are read from the document's window so this works in any realm.
  const filterApi = doc.defaultView?.NodeFilter ?? NodeFilter;
  if (root.nodeType === 3) {
    const value = root.nodeValue;
    if (value && value.trim().length > 1) yield root as Text;
    return;
  }
  const walker = doc.createTreeWalker(root, filterApi.SHOW_ELEMENT | filterApi.SHOW_TEXT, {
    acceptNode(node) {
      if (node.nodeType === 1)
        return exclude.has(node) || isSkippedElement(node as Element, ownHost)
          ? filterApi.FILTER_REJECT
          : filterApi.FILTER_SKIP;
      return node.nodeValue && node.nodeValue.trim().length > 1 ? filterApi.FILTER_ACCEPT : filterApi.FILTER_SKIP;
    },
  });
  for (let node = walker.nextNode(); node; node = walker.nextNode()) yield node as Text;
}

export function collectTextNodes(root: Node, ownHost: Element | null = null): Text[] {
  return [...walkTextNodes(root, ownHost)];
}

/** The article's containers, outermost only, in document order; empty when the page marks none. */
export function mainContentRoots(body: Element): Element[] {
  const found = [...body.querySelectorAll(MAIN_CONTENT_SELECTOR)];
  return found.filter((element) => !found.some((other) => other !== element && other.contains(element)));
}
