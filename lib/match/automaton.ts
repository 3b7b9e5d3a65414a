/** A trie node while the automaton is being built; dropped once the table exists. */
interface TrieNode {
  /** The state's number, given breadth first once the trie is complete. */
  id: number;
  next: Map<number, TrieNode>;
  /** Indexes of the patterns that end exactly here. */
  ends: number[];
}

/** The character codes one table row covers: every code is first mapped to one of these classes. */
const CODE_UNITS = 0x10000;
/**
 * The most distinct characters (UTF-16 code units) the patterns may use: classes are bytes, and
 * class 0 is "in no pattern" (0xff is kept free). lib/match/lexiconBudget.ts checks it at import.
 */
export const MAX_ALPHABET = 254;
/**
 * A flag on a transition: the state it leads to ends some pattern. The state
 * number is below it: 15 bits in the compact table, 30 in the large one.
 */
const COMPACT = { flag: 0x8000, mask: 0x7fff };
const LARGE = { flag: 0x4000_0000, mask: 0x3fff_ffff };

/**
 * Aho–Corasick: every pattern found in one left-to-right pass, however many
 * patterns there are. Patterns and text are already folded and compared by
 * UTF-16 code unit; `onMatch` gets the pattern's index and the end offset
 * (exclusive) in the text.
 *
 * The automaton is a dense transition table (failure links resolved at build
 * time) over a small alphabet: the characters the patterns use, plus one
 * class for every other character. The scan, which runs over every character
 * a page shows, is then one array read per character and no branching on
 * failure links.
 */
export class Automaton {
  /** Character code → alphabet class; 0 is "in no pattern". */
  private readonly classOf = new Uint8Array(CODE_UNITS);
  /** Row width: the number of classes. */
  private width = 1;
  /** `table[state * width + class]` is the next state. */
  private table: Uint16Array | Uint32Array = new Uint16Array(1);
  private layout = COMPACT;
  /** The patterns that end at a state, fail links included: `outputs[outputStart[s] .. outputStart[s + 1])`. */
  private outputStart = new Int32Array(2);
  private outputs = new Int32Array(0);
  private readonly lengths: number[] = [];
  private states = 1;

  constructor(patterns: readonly string[] = []) {
    // Built in one go: the steps are run through without yielding to anyone.
    const steps = this.build(patterns, Number.POSITIVE_INFINITY);
    while (!steps.next().done) continue;
  }

  /**
   * The same automaton, built in steps of about `unitsPerStep` characters or
   * table cells, so a caller can spread the work over several short tasks.
   */
  static *buildInSteps(patterns: readonly string[], unitsPerStep = 1000): Generator<void, Automaton> {
    const automaton = new Automaton();
    yield* automaton.build(patterns, unitsPerStep);
    return automaton;
  }

  private *build(patterns: readonly string[], unitsPerStep: number): Generator<void> {
    const root: TrieNode = { id: 0, next: new Map(), ends: [] };
    this.states = 1;
    let units = 0;
    for (let index = 0; index < patterns.length; index++) {
      const pattern = patterns[index] ?? '';
      this.insert(root, pattern, index);
      units += pattern.length;
      if (units >= unitsPerStep) {
        units = 0;
        yield;
      }
    }
    yield* this.tableSteps(root, unitsPerStep);
  }

  private insert(root: TrieNode, pattern: string, index: number): void {
    let node = root;
    for (let offset = 0; offset < pattern.length; offset++) {
      const code = pattern.charCodeAt(offset);
      if (this.classOf[code] === 0) {
        if (this.width > MAX_ALPHABET)
          throw new Error(`Automaton: patterns use more than ${MAX_ALPHABET} distinct characters`);
        this.classOf[code] = this.width++;
      }
      let target = node.next.get(code);
      if (!target) {
        target = { id: 0, next: new Map(), ends: [] };
        this.states++;
        node.next.set(code, target);
      }
      node = target;
    }
    node.ends.push(index);
    this.lengths[index] = pattern.length;
  }

  /**
   * Breadth first, so a state's failure state (always shallower) has its row
   * before the state needs it: a missing transition copies the failure state's.
   */
  private *tableSteps(root: TrieNode, unitsPerStep: number): Generator<void> {
    const width = this.width;
    const count = this.states;
    const layout = count <= COMPACT.mask ? COMPACT : LARGE;
    if (count > layout.mask) throw new Error(`Automaton: ${count} states are more than the table holds`);
    const table = layout === COMPACT ? new Uint16Array(count * width) : new Uint32Array(count * width);
    const failOf = new Int32Array(count);
    const outputsOf: number[][] = new Array<number[]>(count);
    outputsOf[0] = root.ends;
    const statesPerStep = Math.max(1, Math.floor(unitsPerStep / width));
    const queue: TrieNode[] = [root];
    let done = 0;
    for (let head = 0; head < queue.length; head++) {
      const node = queue[head];
      if (!node) break;
      const row = node.id * width;
      const failRow = (failOf[node.id] ?? 0) * width;
      // Start from the failure state's row (the root's row starts all at the root).
      if (node !== root) table.copyWithin(row, failRow, failRow + width);
      for (const [code, child] of node.next) {
        // Numbered breadth first: the shallow states, where a scan spends most of its time, share a few cache lines.
        child.id = queue.length;
        const cls = this.classOf[code] ?? 0;
        // The child's failure state: where this state's failure state goes on the same character.
        const fail = node === root ? 0 : (table[failRow + cls] ?? 0) & layout.mask;
        failOf[child.id] = fail;
        const inherited = outputsOf[fail] ?? [];
        const outputs = inherited.length ? [...child.ends, ...inherited] : child.ends;
        outputsOf[child.id] = outputs;
        // A state where some pattern ends is flagged in the transitions into it (rows copied later keep the flag),
        // so the scan reads the output list only there.
        table[row + cls] = outputs.length > 0 ? child.id | layout.flag : child.id;
        queue.push(child);
      }
      if (++done >= statesPerStep) {
        done = 0;
        yield;
      }
    }
    const outputStart = new Int32Array(count + 1);
    let total = 0;
    for (let id = 0; id < count; id++) {
      outputStart[id] = total;
      total += outputsOf[id]?.length ?? 0;
    }
    outputStart[count] = total;
    const outputs = new Int32Array(total);
    for (let id = 0; id < count; id++) outputs.set(outputsOf[id] ?? [], outputStart[id]);
    this.table = table;
    this.layout = layout;
    this.outputStart = outputStart;
    this.outputs = outputs;
  }

  get stateCount(): number {
    return this.states;
  }

  patternLength(index: number): number {
    return this.lengths[index] ?? 0;
  }

  scan(text: string, onMatch: (pattern: number, end: number) => void): void {
    const { table, width, classOf, outputStart, outputs } = this;
    const { flag, mask } = this.layout;
    let state = 0;
    for (let position = 0; position < text.length; position++) {
      const next = table[state * width + (classOf[text.charCodeAt(position)] ?? 0)] ?? 0;
      state = next & mask;
      if (next < flag) continue;
      const last = outputStart[state + 1] ?? 0;
      for (let output = outputStart[state] ?? 0; output < last; output++) onMatch(outputs[output] ?? 0, position + 1);
    }
  }
}
