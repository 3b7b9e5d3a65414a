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

  constructor(patterns: readonly string[] = []) {
    patterns.forEach((pattern, index) => this.insert(pattern, index));
    // Built in one go: the steps are run through without yielding to anyone.
    const steps = this.linkSteps(Number.POSITIVE_INFINITY);
    while (!steps.next().done) continue;
  }

  /**
   * The same automaton, built in steps of about `unitsPerStep` characters or
   * states, so a caller can spread the work over several short tasks.
   */
  static *buildInSteps(patterns: readonly string[], unitsPerStep = 1000): Generator<void, Automaton> {
    const automaton = new Automaton();
    let units = 0;
    for (let index = 0; index < patterns.length; index++) {
      const pattern = patterns[index] ?? '';
      automaton.insert(pattern, index);
      units += pattern.length;
      if (units >= unitsPerStep) {
        units = 0;
        yield;
      }
    }
    yield* automaton.linkSteps(unitsPerStep);
    return automaton;
  }

  private insert(pattern: string, index: number): void {
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
  }

  get stateCount(): number {
    return this.states;
  }

  patternLength(index: number): number {
    return this.lengths[index] ?? 0;
  }

  /** Breadth first: a state's fail link points at the longest proper suffix that is also a prefix. */
  private *linkSteps(statesPerStep: number): Generator<void> {
    const queue: State[] = [];
    for (const child of this.root.next.values()) {
      child.fail = this.root;
      queue.push(child);
    }
    let units = 0;
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
      if (++units >= statesPerStep) {
        units = 0;
        yield;
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
