interface State {
  next: Map<string, State>;
  fail: State | null;
  /** Indexes of the patterns that end here, including those reached through fail links. */
  outputs: number[];
}

const newState = (): State => ({ next: new Map(), fail: null, outputs: [] });

/**
 * Aho–Corasick: every pattern found in one left-to-right pass, however many
 * patterns there are. Patterns and text are already folded and compared by
 * UTF-16 code unit; `onMatch` gets the pattern's index and the end offset
 * (exclusive) in the text.
 */
export class Automaton {
  private readonly root = newState();
  private readonly lengths: number[] = [];
  private states = 1;

  constructor(patterns: readonly string[]) {
    patterns.forEach((pattern, index) => {
      let state = this.root;
      for (let offset = 0; offset < pattern.length; offset++) {
        const char = pattern.charAt(offset);
        let target = state.next.get(char);
        if (!target) {
          target = newState();
          this.states++;
          state.next.set(char, target);
        }
        state = target;
      }
      state.outputs.push(index);
      this.lengths[index] = pattern.length;
    });
    this.link();
  }

  get stateCount(): number {
    return this.states;
  }

  patternLength(index: number): number {
    return this.lengths[index] ?? 0;
  }

  /** Breadth first: a state's fail link points at the longest proper suffix that is also a prefix. */
  private link(): void {
    const queue: State[] = [];
    for (const child of this.root.next.values()) {
      child.fail = this.root;
      queue.push(child);
    }
    for (let head = 0; head < queue.length; head++) {
      const state = queue[head];
      if (!state) break;
      for (const [char, child] of state.next) {
        queue.push(child);
        let fallback = state.fail;
        while (fallback && !fallback.next.has(char)) fallback = fallback.fail;
        child.fail = fallback?.next.get(char) ?? this.root;
        child.outputs.push(...child.fail.outputs);
      }
    }
  }

  scan(text: string, onMatch: (pattern: number, end: number) => void): void {
    let state = this.root;
    for (let position = 0; position < text.length; position++) {
      const char = text.charAt(position);
      let next = state.next.get(char);
      while (!next && state !== this.root) {
        state = state.fail ?? this.root;
        next = state.next.get(char);
      }
      state = next ?? this.root;
      for (const pattern of state.outputs) onMatch(pattern, position + 1);
    }
  }
}
