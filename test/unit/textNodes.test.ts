// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { collectTextNodes } from '../../lib/page/textNodes';
import { mentionRangesIn } from '../../lib/page/mentionRanges';
import { compileLexicon } from '../../lib/match/lexicon';
import { miniDataset } from '../fixtures/miniDataset';
import { lexiconSourceOf } from '../../lib/match/source';

describe('collectTextNodes', () => {
  it('skips scripts, form fields, editable, hidden and our own host', () => {
    document.body.replaceChildren();
    const article = document.createElement('article');
    article.append('Selenskyj spricht.');
    const script = document.createElement('script');
    script.textContent = 'var Putin = 1;';
    const textarea = document.createElement('textarea');
    textarea.value = 'Putin';
    textarea.textContent = 'Putin';
    const editable = document.createElement('div');
    editable.contentEditable = 'true';
    editable.textContent = 'Witkoff';
    const hidden = document.createElement('div');
    hidden.setAttribute('aria-hidden', 'true');
    hidden.textContent = 'Peskow';
    const host = document.createElement('dossier-overlay');
    host.textContent = 'Medinski';
    document.body.append(article, script, textarea, editable, hidden, host);

    const texts = collectTextNodes(document.body, host).map((node) => node.nodeValue);
    expect(texts).toEqual(['Selenskyj spricht.']);
  });

  it('turns mentions into ranges over the original text without changing the DOM', () => {
    document.body.replaceChildren();
    const paragraph = document.createElement('p');
    paragraph.textContent = 'Gespräch zwischen Umjerow und Medinski.';
    document.body.append(paragraph);
    const before = new XMLSerializer().serializeToString(document.body);
    const mentions = mentionRangesIn(
      collectTextNodes(document.body),
      compileLexicon(lexiconSourceOf(miniDataset())),
      {
        date: '2025-06-02',
        lang: 'de',
      },
      'main',
    );
    expect(mentions.map((mention) => mention.range.toString())).toEqual(['Umjerow', 'Medinski']);
    expect(new XMLSerializer().serializeToString(document.body)).toBe(before);
  });
});
