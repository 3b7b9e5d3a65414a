import type { Entity, EntityType } from '../dataset/schema';
import { foldAlias } from './fold';

export interface LexiconEntry {
  entityId: string;
  type: EntityType;
  /** The alias as written in the dataset, for case-sensitive checks. */
  original: string;
  caseSensitive: boolean;
}

/**
 * A trie over folded aliases: one walk from each word start finds every alias
 * beginning there, so the whole text is scanned once for all names.
 */
export interface TrieNode {
  next: Map<string, TrieNode>;
  entries: LexiconEntry[];
}

export interface Lexicon {
  root: TrieNode;
  aliasCount: number;
}

function emptyNode(): TrieNode {
  return { next: new Map(), entries: [] };
}

export type LexiconSource = ReadonlyArray<Pick<Entity, 'id' | 'type' | 'aliases'>>;

export function compileLexicon(entities: LexiconSource): Lexicon {
  const root = emptyNode();
  let aliasCount = 0;
  for (const entity of entities) {
    for (const alias of entity.aliases) {
      let node = root;
      for (const char of foldAlias(alias.text)) {
        let child = node.next.get(char);
        if (!child) {
          child = emptyNode();
          node.next.set(char, child);
        }
        node = child;
      }
      node.entries.push({ entityId: entity.id, type: entity.type, original: alias.text, caseSensitive: alias.caseSensitive });
      aliasCount++;
    }
  }
  return { root, aliasCount };
}
