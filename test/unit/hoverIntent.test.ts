import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { HoverIntent } from '../../lib/cardShell/hoverIntent';

describe('HoverIntent', () => {
  let events: string[];
  let pending: string[];
  let intent: HoverIntent<string>;

  beforeEach(() => {
    vi.useFakeTimers();
    events = [];
    pending = [];
    intent = new HoverIntent<string>(
      {
        openDelay: 300,
        closeDelay: 300,
        setTimeout: (callback, ms) => setTimeout(callback, ms) as unknown as number,
        clearTimeout: (id) => clearTimeout(id),
        onPending: (target) => pending.push(target),
      },
      (target) => events.push(`open ${target}`),
      () => events.push('close'),
    );
  });
  afterEach(() => vi.useRealTimers());

  it('opens only after the pointer rests for the delay, announcing the pending target at once (to fetch its card)', () => {
    intent.pointerAt('Putin', false);
    vi.advanceTimersByTime(299);
    expect(events).toEqual([]);
    expect(pending).toEqual(['Putin']);
    vi.advanceTimersByTime(1);
    expect(events).toEqual(['open Putin']);
  });

  it('waits as long as the reader set in the options', () => {
    intent.setOpenDelay(800);
    intent.pointerAt('Putin', false);
    vi.advanceTimersByTime(799);
    expect(events).toEqual([]);
    vi.advanceTimersByTime(1);
    expect(events).toEqual(['open Putin']);
  });

  it('does not open when the pointer passes over on its way elsewhere', () => {
    intent.pointerAt('Putin', false);
    vi.advanceTimersByTime(100);
    intent.pointerAt(null, false);
    vi.advanceTimersByTime(1000);
    expect(events).toEqual([]);
  });

  it('stays open while the pointer travels into the card, closes after the grace period elsewhere', () => {
    intent.openNow('Putin');
    intent.pointerAt(null, false);
    vi.advanceTimersByTime(200);
    intent.pointerAt(null, true);
    vi.advanceTimersByTime(1000);
    expect(events).toEqual(['open Putin']);
    intent.pointerAt(null, false);
    vi.advanceTimersByTime(300);
    expect(events).toEqual(['open Putin', 'close']);
  });

  it('switches to another target after the delay', () => {
    intent.openNow('Putin');
    intent.pointerAt('Umerov', false);
    vi.advanceTimersByTime(300);
    expect(events).toEqual(['open Putin', 'open Umerov']);
    expect(intent.current).toBe('Umerov');
  });
});
