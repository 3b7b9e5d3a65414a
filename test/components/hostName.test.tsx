import { afterEach, describe, expect, it } from 'vitest';
import { CardShell, createShadowHost, OVERLAY_HOST_TAG } from '../../lib/cardShell/cardShell';

afterEach(() => {
  for (const element of document.documentElement.querySelectorAll('*')) {
    if (element.localName.startsWith(OVERLAY_HOST_TAG)) element.remove();
  }
});

describe('the card’s host on a page that defined our tag name itself', () => {
  it('uses our name when the page left it alone', () => {
    expect(createShadowHost(document, 'open').host.localName).toBe(OVERLAY_HOST_TAG);
  });

  it('still shows the card, under a name the page could not guess, when the page’s element takes the shadow root', () => {
    // A hostile page: its element of our name attaches a closed shadow root of its own at creation.
    class PageOwned extends HTMLElement {
      constructor() {
        super();
        this.attachShadow({ mode: 'closed' });
      }
    }
    customElements.define(OVERLAY_HOST_TAG, PageOwned);
    const overlay = new CardShell(document, { shadowMode: 'open', css: '' });
    const node = document.createTextNode('Rustem Umerov');
    document.body.replaceChildren(node);
    const range = document.createRange();
    range.selectNodeContents(node);
    overlay.show(range, <p data-testid="probe">card</p>);
    const host = overlay.hostElement!;
    expect(host.localName).toMatch(new RegExp(`^${OVERLAY_HOST_TAG}-[0-9a-z]+$`));
    expect(host.parentNode).toBe(document.documentElement);
    expect(host.shadowRoot?.querySelector('[data-testid="probe"]')?.textContent).toBe('card');
  });
});
