/**
 * Aho–Corasick: every pattern found in one left-to-right pass, however many
 * patterns there are. Patterns and text are already folded; `onMatch` gets
 * the pattern's index and the end offset (exclusive) in the text.
 */
export class Automaton {
  private readonly next: Array<Map<string, number>> = [new Map()];
  private readonly fail: number[] = [0];
  private readonly outputs: number[][] = [[]];
  private readonly lengths: number[] = [];

  constructor(patterns: readonly string[]) {
    patterns.forEach((pattern, index) => {
      let state = 0;
      // Code units, as in scan(): folded text and patterns are compared unit by unit.
      for (let offset = 0; offset < pattern.length; offset++) {
        const char = pattern[offset]!;
        let target = this.next[state]!.get(char);
        if (target === undefined) {
          target = this.next.length;
          this.next.push(new Map());
          this.fail.push(0);
          this.outputs.push([]);
          this.next[state]!.set(char, target);
        }
        state = target;
      }
      this.outputs[state]!.push(index);
      this.lengths[index] = pattern.length;
    });
    this.link();
  }

  get stateCount(): number {
    return this.next.length;
  }

  patternLength(index: number): number {
    return this.lengths[index] ?? 0;
  }

  private link(): void {
    const queue: number[] = [];
    for (const child of this.next[0]!.values()) queue.push(child);
    for (let head = 0; head < queue.length; head++) {
      const state = queue[head]!;
      for (const [char, child] of this.next[state]!) {
        queue.push(child);
        let fallback = this.fail[state]!;
        while (fallback !== 0 && !this.next[fallback]!.has(char)) fallback = this.fail[fallback]!;
        const candidate = this.next[fallback]!.get(char);
        this.fail[child] = candidate !== undefined && candidate !== child ? candidate : 0;
        this.outputs[child]!.push(...this.outputs[this.fail[child]!]!);
      }
    }
  }

  scan(text: string, onMatch: (pattern: number, end: number) => void): void {
    let state = 0;
    for (let position = 0; position < text.length; position++) {
      const char = text[position]!;
      while (state !== 0 && !this.next[state]!.has(char)) state = this.fail[state]!;
      state = this.next[state]!.get(char) ?? 0;
      for (const pattern of this.outputs[state]!) onMatch(pattern, position + 1);
    }
  }
}
