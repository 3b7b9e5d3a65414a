import type { TaskTimer } from './taskTimer';

/** A readable one-string form of anything thrown, stack included when there is one. */
export function describeError(error: unknown): string {
  return error instanceof Error ? `${error.message}\n${error.stack ?? ''}`.trim() : String(error);
}

/**
 * Wraps callbacks the content script hands to the page's event loop: an error
 * in our code is reported to us and never surfaces in the page's task; with a
 * timer, each run is timed.
 */
export function createGuard(report: (error: unknown) => void, timer?: TaskTimer) {
  return <Args extends unknown[]>(callback: (...args: Args) => void, label = 'callback') =>
    (...args: Args): void => {
      const run = () => {
        try {
          callback(...args);
        } catch (error) {
          report(error);
        }
      };
      if (timer) timer.time(label, run);
      else run();
    };
}
