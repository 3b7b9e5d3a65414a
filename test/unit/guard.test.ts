import { describe, expect, it } from 'vitest';
import { createGuard, describeError } from '../../lib/diagnostics/guard';

describe('createGuard', () => {
  it('reports what a callback throws instead of letting it escape', () => {
    const reported: unknown[] = [];
    const guarded = createGuard((error) => reported.push(error))((value: number) => {
      if (value > 1) throw new Error(`too big: ${value}`);
    });
    expect(() => guarded(1)).not.toThrow();
    expect(() => guarded(2)).not.toThrow();
    expect(reported.map(describeError)[0]).toMatch(/^too big: 2\n/);
    expect(reported).toHaveLength(1);
  });

  it('describes non-errors too', () => {
    expect(describeError('plain string')).toBe('plain string');
  });
});
