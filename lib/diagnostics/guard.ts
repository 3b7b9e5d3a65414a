/** A readable one-string form of anything thrown, stack included when there is one. */
export function describeError(error: unknown): string {
  return error instanceof Error ? `${error.message}\n${error.stack ?? ''}`.trim() : String(error);
}

/**
 * Wraps callbacks the content script hands to the page's event loop: an error
 * in our code is reported to us and never surfaces in the page's task.
 */
export function createGuard(report: (error: unknown) => void) {
  return <Args extends unknown[]>(callback: (...args: Args) => void) =>
    (...args: Args): void => {
      try {
        callback(...args);
      } catch (error) {
        report(error);
      }
    };
}
