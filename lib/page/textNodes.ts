/**
 * Collects the text nodes a reader can see and that belong to the page's
 * content. Takes the document as a parameter so it runs under any DOM.
 */
const SKIPPED_TAGS = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'CODE', 'PRE', 'TEXTAREA', 'INPUT', 'SELECT', 'OPTION', 'BUTTON', 'SVG', 'MATH', 'IFRAME', 'CANVAS', 'NAV', 'FOOTER']);
/** Page furniture rather than the article: menus, site footers, author lines. */
const SKIPPED_ROLES = new Set(['navigation', 'contentinfo', 'menu', 'menubar', 'search']);
const BYLINE = /(?:^|[\s_-])(?:byline|author|autor)(?:$|[\s_-])/i;

function isSkippedElement(element: Element, ownHost: Element | null): boolean {
  if (element === ownHost) return true;
  if (SKIPPED_TAGS.has(element.tagName.toUpperCase())) return true;
  if (element.hasAttribute('hidden') || element.getAttribute('aria-hidden') === 'true') return true;
  if (SKIPPED_ROLES.has(element.getAttribute('role') ?? '')) return true;
  if (BYLINE.test(element.getAttribute('class') ?? '') || element.getAttribute('rel') === 'author' || element.getAttribute('itemprop') === 'author') return true;
  // Editable regions belong to the reader's own typing; never paint over them.
  if ((element as HTMLElement).isContentEditable) return true;
  return false;
}

export function collectTextNodes(root: Node, ownHost: Element | null = null): Text[] {
  const doc = root.ownerDocument ?? (root as Document);
  // NodeFilter constants are read from the document's window so this works in any realm.
  const filterApi = doc.defaultView?.NodeFilter ?? NodeFilter;
  const walker = doc.createTreeWalker(root, filterApi.SHOW_ELEMENT | filterApi.SHOW_TEXT, {
    acceptNode(node) {
      if (node.nodeType === 1) return isSkippedElement(node as Element, ownHost) ? filterApi.FILTER_REJECT : filterApi.FILTER_SKIP;
      return node.nodeValue && node.nodeValue.trim().length > 1 ? filterApi.FILTER_ACCEPT : filterApi.FILTER_SKIP;
    },
  });
  const nodes: Text[] = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) nodes.push(node as Text);
  return nodes;
}
