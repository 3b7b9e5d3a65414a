import type { z } from 'zod';
import { DatasetSchema, type Dataset } from './schema';
import { contentHash } from './hash';
import { checkIntegrity } from './integrity';

export type VersionedDataset = Dataset & { version: string };

export type DatasetResult = { ok: true; dataset: VersionedDataset } | { ok: false; problems: string[] };

/** How many problems a message lists; the first ones are what a curator needs to start. */
export const MAX_LISTED_PROBLEMS = 8;

/** `entities[3].roles[0].sources` — the path a curator needs to find the broken row. */
function formatPath(path: PropertyKey[]): string {
  return path.reduce<string>((out, key) => (typeof key === 'number' ? `${out}[${key}]` : out ? `${out}.${String(key)}` : String(key)), '');
}

export function describeIssues(issues: z.core.$ZodIssue[]): string[] {
  return issues.map((issue) => `${formatPath(issue.path) || '(root)'}: ${issue.message}`);
}

/**
 * Validates a whole dataset (shape, then the links between its tables) and
 * stamps it with a content hash as its version, so a store can tell whether
 * its copy is current.
 */
export function validateDataset(raw: unknown, version?: string): DatasetResult {
  const parsed = DatasetSchema.safeParse(raw);
  if (!parsed.success) return { ok: false, problems: describeIssues(parsed.error.issues) };
  const problems = checkIntegrity(parsed.data);
  if (problems.length > 0) return { ok: false, problems };
  return { ok: true, dataset: { ...parsed.data, version: version ?? contentHash(JSON.stringify(raw)) } };
}
