import { availableParallelism, loadavg } from 'node:os';
import { performance } from 'node:perf_hooks';

export function median(values: number[]): number {
  return percentile(values, 50);
}

export function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? Number.NaN;
}

export function timeSync(run: () => unknown): number {
  const start = performance.now();
  run();
  return performance.now() - start;
}

export async function timeAsync(run: () => Promise<unknown>): Promise<number> {
  const start = performance.now();
  await run();
  return performance.now() - start;
}

/** The word printed beside a figure with a budget, so a reader sees at a glance which figures need work. */
export function budgetWord(value: number, budget: number): string {
  return value <= budget ? 'within budget' : 'OVER budget';
}

/** How busy the machine was: figures taken while other work runs are slower than the code is. */
export function machineLoad(): string {
  return `machine load average ${loadavg()[0]?.toFixed(1) ?? '?'} on ${availableParallelism()} cores`;
}
