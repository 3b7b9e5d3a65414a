import type { Request, ResponseFor } from './protocol';

/** What went wrong, as a reader of the error log should see it: an Error's message, or the thrown value. */
export function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/**
 * The failed answer every response type shares (`{ ok: false, error }`). Each response schema has this
 * branch, but TypeScript cannot see it through a generic response type: the one cast lives here.
 */
export function failedAnswer<T extends Request['type']>(error: unknown): ResponseFor<T> {
  return { ok: false, error: errorMessage(error) } as ResponseFor<T>;
}
