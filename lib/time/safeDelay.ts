/**
 * The longest delay setTimeout honours (a signed 32-bit count of milliseconds,
 * about 24.8 days). Browsers treat a longer one, or NaN, as 0 or 1 ms: a timer
 * meant to wait for a far-off moment would fire at once, and re-arm at once.
 */
export const MAX_TIMER_DELAY_MS = 2 ** 31 - 1;

/**
 * A delay that comes from data (a stored timestamp, a setting) as setTimeout
 * will honour it: clamped to [0, 2^31−1] ms, NaN as 0. A timer clamped to the
 * maximum fires early and should check again, never act as if the time came.
 */
export function safeDelay(ms: number): number {
  if (Number.isNaN(ms)) return 0;
  return Math.min(MAX_TIMER_DELAY_MS, Math.max(0, ms));
}
