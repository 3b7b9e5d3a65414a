export interface LoggedError {
  context: string;
  message: string;
  at: string;
}

/**
 * Errors reported by content scripts and pages. Errors in a content script's
 * isolated world never reach the page's console handlers, so the scripts send
 * them here; the log is bounded so a noisy page cannot grow it without end.
 */
export class ErrorLog {
  private readonly entries: LoggedError[] = [];

  constructor(
    private readonly limit = 50,
    private readonly now: () => Date = () => new Date(),
  ) {}

  add(context: string, message: string): void {
    this.entries.push({ context, message, at: this.now().toISOString() });
    if (this.entries.length > this.limit) this.entries.shift();
  }

  clear(): void {
    this.entries.length = 0;
  }

  list(): readonly LoggedError[] {
    return this.entries;
  }
}
