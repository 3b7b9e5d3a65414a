import type { z } from 'zod';
import { DatasetSchema, type Dataset } from './schema';
import { contentHash } from './hash';

export type VersionedDataset = Dataset & { version: string };

export type DatasetResult = { ok: true; dataset: VersionedDataset } | { ok: false; problems: string[] };

const MAX_LISTED_PROBLEMS = 5;

/** `entities[3].roles[0].sources` — the path a curator needs to find the broken row. */
function formatPath(path: PropertyKey[]): string {
  return path.reduce<string>((out, key) => (typeof key === 'number' ? `${out}[${key}]` : out ? `${out}.${String(key)}` : String(key)), '');
}

export function describeIssues(issues: z.core.$ZodIssue[]): string[] {
  return issues.slice(0, MAX_LISTED_PROBLEMS).map((issue) => `${formatPath(issue.path) || '(root)'}: ${issue.message}`);
}

/**
 * Validates a dataset as a whole and stamps it with a content hash as its
 * version, so the background can tell whether its cached copy is current.
 */
export function validateDataset(raw: unknown): DatasetResult {
  const parsed = DatasetSchema.safeParse(raw);
  if (!parsed.success) return { ok: false, problems: describeIssues(parsed.error.issues) };
  return { ok: true, dataset: { ...parsed.data, version: contentHash(JSON.stringify(raw)) } };
}
