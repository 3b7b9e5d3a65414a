import { compileLexiconInSteps, type Lexicon } from '../match/lexicon';
import type { LexiconSource } from '../match/source';
import { errorMessage } from '../messaging/failure';

/**
 * The names the page is read with. Compiled once per source, in steps the scanner spreads over short
 * tasks. The first source (the bundled names) is the fallback: a later one (an imported dataset's)
 * that fails to compile is reported once and never tried again, and the page is read with the bundled names.
 */
export class LexiconSupply {
  private source: LexiconSource;
  private compiled: { source: LexiconSource; lexicon: Lexicon } | null = null;
  private readonly failedVersions = new Set<string>();

  constructor(
    private readonly fallback: LexiconSource,
    private readonly report: (error: unknown) => void,
  ) {
    this.source = fallback;
  }

  /** Takes another source; false when it is the one in use already. */
  replace(next: LexiconSource): boolean {
    if (next === this.source) return false;
    this.source = next;
    return true;
  }

  *steps(): Generator<void, Lexicon> {
    const source = this.failedVersions.has(this.source.version) ? this.fallback : this.source;
    if (this.compiled?.source === source) return this.compiled.lexicon;
    try {
      const lexicon = yield* compileLexiconInSteps(source);
      this.compiled = { source, lexicon };
      return lexicon;
    } catch (error) {
      if (source === this.fallback) throw error;
      this.failedVersions.add(source.version);
      this.report(
        new Error(
          `the imported dataset's names (version ${source.version}) could not be compiled; using the bundled ones: ${errorMessage(error)}`,
        ),
      );
      return yield* this.steps();
    }
  }
}
