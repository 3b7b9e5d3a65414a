/**
 * Times the extension's own work on the page's main thread. The browser's
 * long-task and long-animation-frame entries do not attribute content-script
 * work, so the script measures itself: every guarded callback and every scan
 * slice goes through `time()`. The test build exposes the figures.
 */
export class TaskTimer {
  private longest = 0;
  private longestLabel = '';
  private tasks = 0;
  private total = 0;
  private readonly slowest: Array<{ label: string; ms: number }> = [];
  /** The longest task of each kind ('scan-main', 'warm-up', …): numbered labels count as one kind. */
  private readonly longestOfKind = new Map<string, number>();

  constructor(private readonly clock: () => number) {}

  time<T>(label: string, work: () => T): T {
    const start = this.clock();
    try {
      return work();
    } finally {
      const spent = this.clock() - start;
      this.tasks += 1;
      this.total += spent;
      const kind = label.replace(/ \d+$/, '');
      if (spent > (this.longestOfKind.get(kind) ?? 0)) this.longestOfKind.set(kind, spent);
      if (spent > this.longest) {
        this.longest = spent;
        this.longestLabel = label;
      }
      // The five slowest, to tell nested work (a card opening inside a timer) from its wrapper.
      if (this.slowest.length < 5 || spent > (this.slowest.at(-1)?.ms ?? 0)) {
        this.slowest.push({ label, ms: Math.round(spent * 100) / 100 });
        this.slowest.sort((a, b) => b.ms - a.ms);
        this.slowest.length = Math.min(this.slowest.length, 5);
      }
    }
  }

  stats(): {
    tasks: number;
    totalMs: number;
    longestMs: number;
    longestLabel: string;
    slowest: Array<{ label: string; ms: number }>;
    longestByKind: Record<string, number>;
  } {
    const round = (ms: number) => Math.round(ms * 100) / 100;
    const longestByKind = Object.fromEntries([...this.longestOfKind].map(([kind, ms]) => [kind, round(ms)]));
    return {
      tasks: this.tasks,
      totalMs: round(this.total),
      longestMs: round(this.longest),
      longestLabel: this.longestLabel,
      slowest: [...this.slowest],
      longestByKind,
    };
  }
}
