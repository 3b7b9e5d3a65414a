import type { IsoDate } from '../dataset/schema';
import { firstOfArticle } from './articleScope';
import { parseDateString } from './dateString';

type JsonLdKey = 'datePublished' | 'dateCreated' | 'dateModified';
// A block wrapped as XHTML pages and older templates wrap scripts:
// <![CDATA[ … ]]>, //<![CDATA[ … //]]>, <!-- … -->.
const WRAPPER_START = /^\s*(?:(?:\/\/|\/\*)\s*)?(?:<!\[CDATA\[|<!--)(?:\s*\*\/)?/;
const WRAPPER_END = /(?:(?:\/\/|\/\*)\s*)?(?:\]\]>|-->)(?:\s*\*\/)?\s*$/;

/** The JSON-LD objects of the page, depth-first in document order; a broken block is skipped, not fatal. */
export function jsonLdObjects(doc: Document): Record<string, unknown>[] {
  const objects: Record<string, unknown>[] = [];
  const walk = (value: unknown, depth: number) => {
    if (depth > 12) return;
    if (Array.isArray(value)) for (const item of value) walk(item, depth + 1);
    else if (value && typeof value === 'object') {
      objects.push(value as Record<string, unknown>);
      for (const child of Object.values(value)) if (child && typeof child === 'object') walk(child, depth + 1);
    }
  };
  for (const script of doc.querySelectorAll('script[type="application/ld+json"]')) {
    try {
      walk(JSON.parse((script.textContent ?? '').replace(WRAPPER_START, '').replace(WRAPPER_END, '')), 0);
    } catch {
      continue;
    }
  }
  return objects;
}

function jsonLdValue(value: unknown): string | undefined {
  if (typeof value === 'string') return value;
  if (Array.isArray(value)) return jsonLdValue(value[0]);
  if (value && typeof value === 'object' && '@value' in value) return jsonLdValue(value['@value']);
  return undefined;
}

/** The first valid date under `key`, from an article-typed object if one has it, else from any object. */
export function jsonLdDate(objects: Record<string, unknown>[], key: JsonLdKey, now: Date): IsoDate | undefined {
  return firstOfArticle(
    objects.map((object) => ({
      date: parseDateString(jsonLdValue(object[key]), now),
      types: [object['@type']].flat(),
    })),
  );
}
