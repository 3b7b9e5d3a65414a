import { describe, expect, it } from 'vitest';
import { MAX_TIMER_DELAY_MS, safeDelay } from '../../lib/time/safeDelay';

describe('safeDelay', () => {
  it('keeps an ordinary delay, rounding nothing away', () => {
    expect(safeDelay(0)).toBe(0);
    expect(safeDelay(300)).toBe(300);
    expect(safeDelay(MAX_TIMER_DELAY_MS)).toBe(MAX_TIMER_DELAY_MS);
  });

  it('clamps to what setTimeout honours: 0 … 2^31−1 ms, NaN and −∞ to 0, +∞ to the maximum', () => {
    expect(MAX_TIMER_DELAY_MS).toBe(2 ** 31 - 1);
    expect(safeDelay(MAX_TIMER_DELAY_MS + 1)).toBe(MAX_TIMER_DELAY_MS);
    expect(safeDelay(Date.parse('2999-01-01T00:00:00Z'))).toBe(MAX_TIMER_DELAY_MS);
    expect(safeDelay(Number.POSITIVE_INFINITY)).toBe(MAX_TIMER_DELAY_MS);
    expect(safeDelay(-5)).toBe(0);
    expect(safeDelay(Number.NEGATIVE_INFINITY)).toBe(0);
    expect(safeDelay(Number.NaN)).toBe(0);
  });
});
