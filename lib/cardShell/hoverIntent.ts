import { safeDelay } from '../time/safeDelay';

export interface Timers {
  setTimeout: (callback: () => void, ms: number) => number;
  clearTimeout: (id: number) => void;
}

export interface HoverIntentOptions<T> extends Timers {
  openDelay: number;
  closeDelay: number;
  /** The pointer came to rest on a target: its card may open after the delay (time to fetch its data). */
  onPending?: (target: T) => void;
}

/**
 * Decides when a card opens and closes from where the pointer rests, like
 * Wikipedia's page previews: open after the pointer rests on a target, stay
 * while it travels into the card, close after a grace period elsewhere.
 */
export class HoverIntent<T> {
  private openTarget: T | null = null;
  private pendingTarget: T | null = null;
  private openTimer: number | null = null;
  private closeTimer: number | null = null;

  constructor(
    private readonly options: HoverIntentOptions<T>,
    private readonly onOpen: (target: T) => void,
    private readonly onClose: () => void,
  ) {}

  /** The reader changed the hover delay in the options. */
  setOpenDelay(ms: number): void {
    this.options.openDelay = ms;
  }

  get current(): T | null {
    return this.openTarget;
  }

  /** Called with the target under the pointer (or null) and whether the pointer is inside the card. */
  pointerAt(target: T | null, insideCard: boolean): void {
    if (insideCard || (target !== null && target === this.openTarget)) {
      this.cancelClose();
      this.cancelOpen();
      return;
    }
    if (target !== null) {
      if (target !== this.pendingTarget) this.scheduleOpen(target);
      return;
    }
    this.cancelOpen();
    if (this.openTarget !== null && this.closeTimer === null) {
      this.closeTimer = this.options.setTimeout(() => this.close(), this.options.closeDelay);
    }
  }

  /** Opens at once (keyboard, click). */
  openNow(target: T): void {
    this.cancelOpen();
    this.cancelClose();
    this.openTarget = target;
    this.onOpen(target);
  }

  close(): void {
    this.cancelOpen();
    this.cancelClose();
    if (this.openTarget === null) return;
    this.openTarget = null;
    this.onClose();
  }

  private scheduleOpen(target: T): void {
    this.cancelOpen();
    this.pendingTarget = target;
    this.options.onPending?.(target);
    this.openTimer = this.options.setTimeout(() => {
      this.openTimer = null;
      this.pendingTarget = null;
      this.openNow(target);
    }, safeDelay(this.options.openDelay));
  }

  private cancelOpen(): void {
    if (this.openTimer !== null) this.options.clearTimeout(this.openTimer);
    this.openTimer = null;
    this.pendingTarget = null;
  }

  private cancelClose(): void {
    if (this.closeTimer !== null) this.options.clearTimeout(this.closeTimer);
    this.closeTimer = null;
  }
}
