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
  return path.reduce<string>(
    (out, key) => (typeof key === 'number' ? `${out}[${key}]` : out ? `${out}.${String(key)}` : String(key)),
    '',
  );
}

export function describeIssues(issues: z.core.$ZodIssue[]): string[] {
  return issues.map((issue) => `${formatPath(issue.path) || '(root)'}: ${issue.message}`);
}

/** How far ahead of the clock an imported dataset's as-of date may be: a day, for time zones. */
const AS_OF_LEAD_MS = 24 * 60 * 60 * 1000;

/**
 * An as-of date later than tomorrow is refused: a dataset "checked" in 2999 would count as newer
 * than every bundled update and so survive them all.
 */
export function asOfProblem(asOf: string, now: Date): string | undefined {
  const tomorrow = new Date(now.getTime() + AS_OF_LEAD_MS).toISOString().slice(0, 10);
  return asOf > tomorrow ? `meta.asOf: ${asOf} is later than tomorrow (${tomorrow})` : undefined;
}

export interface ValidateOptions {
  /** The version to stamp; by default the content hash of `raw`. */
  version?: string;
  /** The clock, for a dataset the reader imports: its as-of date may not lie past tomorrow. */
  now?: Date;
}

/**
 * Validates a whole dataset (shape, then the links between its tables) and
 * stamps it with a content hash as its version, so a store can tell whether
 * its copy is current.
 */
export function validateDataset(raw: unknown, options: ValidateOptions = {}): DatasetResult {
  const parsed = DatasetSchema.safeParse(raw);
  if (!parsed.success) return { ok: false, problems: describeIssues(parsed.error.issues) };
  const problems = checkIntegrity(parsed.data);
  const future = options.now ? asOfProblem(parsed.data.meta.asOf, options.now) : undefined;
  if (future) problems.unshift(future);
  if (problems.length > 0) return { ok: false, problems };
  return { ok: true, dataset: { ...parsed.data, version: options.version ?? contentHash(JSON.stringify(raw)) } };
}
