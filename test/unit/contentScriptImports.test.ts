import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

// What the content script reaches, followed through every import from its entry: the lint rule sees one
// import at a time, this sees the whole walk (a value import of a Zod-free module that imports Zod by value).
const ROOT = process.cwd();
const ENTRY = 'entrypoints/content/index.ts';
const IMPORT = /^\s*(import|export)\s+(type\s+)?([^'";]*?)\s*from\s*['"]([^'"]+)['"]|^\s*import\s+['"]([^'"]+)['"]/gm;

interface Edge {
  target: string;
  typeOnly: boolean;
}

function resolveFile(fromFile: string, source: string): string | null {
  const base = path.join(path.dirname(fromFile), source);
  const found = ['', '.ts', '.tsx', '/index.ts']
    .map((ending) => base + ending)
    .find((file) => existsSync(path.join(ROOT, file)) && /\.tsx?$/.test(file));
  return found ?? null;
}

function edgesOf(file: string): Edge[] {
  const source = readFileSync(path.join(ROOT, file), 'utf8');
  const edges: Edge[] = [];
  for (const match of source.matchAll(IMPORT)) {
    const specifier = match[4] ?? match[5] ?? '';
    const clause = match[3] ?? '';
    const inlineTypesOnly =
      /^\{[^}]*\}$/.test(clause.trim()) &&
      clause
        .replace(/[{}\s]/g, '')
        .split(',')
        .filter(Boolean)
        .every((name) => name.startsWith('type'));
    const typeOnly = Boolean(match[2]) || (clause.trim().length > 0 && inlineTypesOnly);
    if (specifier.startsWith('.')) {
      const target = resolveFile(file, specifier);
      if (target) edges.push({ target: path.normalize(target), typeOnly });
    } else if (!specifier.includes(':')) edges.push({ target: `package:${specifier.split('/')[0]}`, typeOnly });
  }
  return edges;
}

function reachable(followTypes: boolean): Set<string> {
  const seen = new Set<string>([ENTRY]);
  const queue = [ENTRY];
  for (let file = queue.shift(); file !== undefined; file = queue.shift()) {
    for (const edge of edgesOf(file)) {
      if ((edge.typeOnly && !followTypes) || seen.has(edge.target)) continue;
      seen.add(edge.target);
      if (!edge.target.startsWith('package:')) queue.push(edge.target);
    }
  }
  return seen;
}

const under = (set: Set<string>, prefixes: string[]) =>
  [...set].filter((item) => prefixes.some((prefix) => item.startsWith(prefix)));

describe('what the content script imports', () => {
  const byValue = reachable(false);
  const byAny = reachable(true);

  it('runs no Zod, Dexie, store or schema module', () => {
    console.info(`content script: ${byValue.size} modules by value, ${byAny.size} with types`);
    expect(byValue.size).toBeGreaterThan(20);
    expect(
      under(byValue, [
        'package:zod',
        'package:dexie',
        'lib/schema/',
        'lib/db/',
        'lib/dataset/schema',
        'lib/messaging/protocol',
      ]),
    ).toEqual([]);
  });

  it('does not even name the store, Dexie, the background or the extension pages in its types', () => {
    expect(under(byAny, ['package:dexie', 'lib/db/', 'lib/background/', 'lib/ui/'])).toEqual([]);
    // The walk does follow types: the protocol's types are what the messages carry.
    expect(byAny.has(path.normalize('lib/messaging/protocol.ts'))).toBe(true);
  });
});
