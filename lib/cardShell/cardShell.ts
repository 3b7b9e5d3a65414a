import { computePosition, flip, inline, offset, shift, size } from '@floating-ui/dom';
import { render, type ComponentChild } from 'preact';

export interface CardOverlayOptions {
  /** Closed in the release build so the page cannot read the card; open in the test build. */
  shadowMode: ShadowRootMode;
  /** The card's stylesheet, applied inside the shadow root only. */
  css: string;
  /** Wraps callbacks the browser calls later (errors reported, time measured). */
  wrap?: <Args extends unknown[]>(callback: (...args: Args) => void, label: string) => (...args: Args) => void;
}

export const OVERLAY_HOST_TAG = 'dossier-overlay';

/**
 * A host and its shadow root under our tag name, or, when the page has defined that name as a custom
 * element of its own (its constructor attached a shadow root or disabled shadows, so ours cannot be
 * attached), under a name with a random suffix that no page can have defined in advance.
 */
export function createShadowHost(
  doc: Document,
  mode: ShadowRootMode,
  random: () => number = Math.random,
): { host: HTMLElement; shadow: ShadowRoot } {
  const attach = (name: string) => {
    const host = doc.createElement(name);
    try {
      return { host, shadow: host.attachShadow({ mode }) };
    } catch {
      return null;
    }
  };
  const suffix = () => Math.floor(random() * 2 ** 32).toString(36);
  // A few tries: in a document where no element can take a shadow root (an SVG or XML page) we give up.
  for (let tries = 0, name = OVERLAY_HOST_TAG; tries < 4; tries += 1, name = `${OVERLAY_HOST_TAG}-${suffix()}`) {
    const made = attach(name);
    if (made) return made;
  }
  throw new Error('no element of this document can hold the card (attachShadow refused)');
}

/**
 * Owns the single node the extension adds to a page: a host whose shadow root
 * holds the card. It is created on first use, so a page where no card opens
 * is never changed. Components only render; positioning lives here.
 */
export class CardShell {
  private host: HTMLElement | null = null;
  private mount: HTMLElement | null = null;
  private anchor: Range | null = null;
  private liveRegion: HTMLElement | null = null;
  private placement: ResizeObserver | null = null;
  private focusWhenPlaced = false;

  constructor(
    private readonly doc: Document,
    private readonly options: CardOverlayOptions,
  ) {}

  get hostElement(): HTMLElement | null {
    return this.host;
  }

  /** True when the event happened inside the card (shadow DOM hides the inner target). */
  containsEvent(event: Event): boolean {
    return this.host !== null && event.composedPath().includes(this.host);
  }

  /**
   * Shows the card for a word. It is placed once the browser has laid it out
   * (a ResizeObserver runs after layout): measuring right after inserting it
   * would force a synchronous layout of the whole page inside our task.
   */
  show(anchor: Range, content: ComponentChild): void {
    const mount = this.ensureMount();
    this.anchor = anchor;
    render(content, mount);
    mount.style.visibility = 'hidden';
    mount.hidden = false;
    this.placeAfterLayout();
  }

  /** Re-renders the open card (data arrived, language changed) without moving the anchor. */
  update(content: ComponentChild): void {
    if (!this.mount || !this.anchor) return;
    render(content, this.mount);
    // A new size is reported by the observer; the same size needs no new place.
  }

  private placeAfterLayout(): void {
    const mount = this.mount;
    if (!mount) return;
    const view = this.doc.defaultView;
    if (!this.placement && view && typeof view.ResizeObserver === 'function') {
      const wrap = this.options.wrap ?? (<Args extends unknown[]>(callback: (...args: Args) => void) => callback);
      this.placement = new view.ResizeObserver(wrap(() => void this.position(), 'card-place'));
    }
    if (!this.placement) return void this.position();
    // Observing again reports the current size once more: the card is placed for its new word.
    this.placement.unobserve(mount);
    this.placement.observe(mount);
  }

  /**
   * Says something to screen readers through a polite live region in our
   * shadow root: highlights are invisible to assistive technology, so the
   * keyboard path announces what it found.
   */
  announce(text: string): void {
    this.ensureMount();
    if (!this.liveRegion) return;
    // Cleared first so the same sentence is announced again.
    this.liveRegion.textContent = '';
    const region = this.liveRegion;
    this.doc.defaultView?.setTimeout(() => (region.textContent = text), 50);
  }

  /** The card's box on screen, or null when no card is shown. */
  cardBox(): DOMRect | null {
    return this.mount && !this.mount.hidden && this.anchor ? this.mount.getBoundingClientRect() : null;
  }

  /** Whether the word the card belongs to is still (partly) in the viewport. */
  anchorVisible(): boolean {
    if (!this.anchor) return false;
    const view = this.doc.defaultView;
    const rect = this.anchor.getBoundingClientRect();
    const height = view?.innerHeight ?? 0;
    const width = view?.innerWidth ?? 0;
    return (
      rect.bottom > 0 && rect.top < height && rect.right > 0 && rect.left < width && (rect.width > 0 || rect.height > 0)
    );
  }

  /** Places the card against its word again (the page scrolled). */
  reposition(): void {
    void this.position();
  }

  /** Moves focus into the card (keyboard use), onto the card itself so a screen reader reads its label first. */
  focusCard(): void {
    // A card not yet placed is invisible and cannot take focus: it does once it is placed.
    if (this.mount?.style.visibility === 'hidden') {
      this.focusWhenPlaced = true;
      return;
    }
    const card = this.mount?.querySelector<HTMLElement>('[role="dialog"], [role="status"]');
    if (!card) return;
    if (!card.hasAttribute('tabindex')) card.setAttribute('tabindex', '-1');
    card.focus({ preventScroll: true });
  }

  hide(): void {
    this.focusWhenPlaced = false;
    if (!this.mount) return;
    render(null, this.mount);
    this.mount.hidden = true;
    this.anchor = null;
  }

  destroy(): void {
    this.placement?.disconnect();
    this.placement = null;
    this.hide();
    this.host?.remove();
    this.host = null;
    this.mount = null;
    this.liveRegion = null;
  }

  private ensureMount(): HTMLElement {
    if (this.mount) return this.mount;
    const { host, shadow } = createShadowHost(this.doc, this.options.shadowMode);
    // Styled before insertion so the page observes exactly one mutation: this insertion.
    host.style.setProperty('all', 'initial');
    host.style.setProperty('position', 'fixed');
    host.style.setProperty('inset', '0 auto auto 0');
    host.style.setProperty('z-index', '2147483647');
    const style = this.doc.createElement('style');
    style.textContent = this.options.css;
    const mount = this.doc.createElement('div');
    mount.style.position = 'fixed';
    mount.style.top = '0';
    mount.style.left = '0';
    mount.style.overflowY = 'auto';
    mount.style.borderRadius = '8px';
    const liveRegion = this.doc.createElement('div');
    liveRegion.setAttribute('role', 'status');
    liveRegion.setAttribute('aria-live', 'polite');
    liveRegion.setAttribute('data-testid', 'announcer');
    // Visually hidden, still read: the usual clip pattern.
    liveRegion.style.cssText =
      'position:absolute;width:1px;height:1px;margin:-1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap;border:0;';
    this.liveRegion = liveRegion;
    shadow.append(style, mount, liveRegion);
    this.doc.documentElement.append(host);
    this.host = host;
    this.mount = mount;
    return mount;
  }

  private async position(): Promise<void> {
    const { mount, anchor } = this;
    if (!mount || !anchor) return;
    const reference = {
      getBoundingClientRect: () => anchor.getBoundingClientRect(),
      getClientRects: () => anchor.getClientRects(),
    };
    const { x, y } = await computePosition(reference, mount, {
      strategy: 'fixed',
      placement: 'bottom-start',
      middleware: [
        inline(),
        offset(6),
        flip(),
        shift({ padding: 8 }),
        // A long card scrolls inside itself rather than running off the screen.
        size({
          padding: 8,
          apply({ availableHeight }) {
            mount.style.maxHeight = `${Math.max(120, Math.floor(availableHeight))}px`;
          },
        }),
      ],
    });
    // The anchor may have changed while floating-ui measured.
    if (this.anchor !== anchor) return;
    mount.style.left = `${Math.round(x)}px`;
    mount.style.top = `${Math.round(y)}px`;
    mount.style.visibility = 'visible';
    if (this.focusWhenPlaced) {
      this.focusWhenPlaced = false;
      this.focusCard();
    }
  }
}
