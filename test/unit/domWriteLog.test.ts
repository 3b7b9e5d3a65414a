// @vitest-environment happy-dom
import { beforeAll, describe, expect, it } from 'vitest';
import { recordDomWrites, underHost } from '../../lib/diagnostics/domWriteLog';

/** The harmlessness suite's attribution: what the content script writes, and only that, outside its host. */
describe('recordDomWrites', () => {
  let log: ReturnType<typeof recordDomWrites>;
  beforeAll(() => {
    log = recordDomWrites(window as unknown as Window & typeof globalThis, underHost('dossier-overlay'));
  });

  it('records the host insertion and writes to the page, not writes inside the host or to detached nodes', () => {
    const host = document.createElement('dossier-overlay');
    host.setAttribute('style', 'all: initial');
    const shadow = host.attachShadow({ mode: 'open' });
    const card = document.createElement('div');
    card.textContent = 'card';
    shadow.appendChild(card);
    document.documentElement.appendChild(host);
    card.setAttribute('role', 'dialog');
    host.setAttribute('data-open', '');
    expect(log.writes()).toEqual([{ method: 'appendChild', target: 'HTML', added: 'DOSSIER-OVERLAY' }]);

    const paragraph = document.createElement('p');
    document.body.appendChild(paragraph);
    paragraph.textContent = 'changed';
    document.body.setAttribute('class', 'marked');
    paragraph.remove();
    expect(log.writes().slice(1)).toEqual([
      { method: 'appendChild', target: 'BODY', added: 'P' },
      { method: 'set textContent', target: 'P' },
      { method: 'setAttribute', target: 'BODY' },
      { method: 'remove', target: 'BODY' },
    ]);
  });
});
