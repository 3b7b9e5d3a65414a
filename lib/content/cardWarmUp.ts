/**
 * Prepares the card code in quiet tasks, one step each, so that the first card opens quickly. Steps are
 * numbered in the task figures, so a slow one can be told apart; a stopped page runs no more of them.
 */
export function warmUpInQuietTasks(
  steps: Array<() => void>,
  setTimer: (callback: () => void, ms: number) => unknown,
  measure: <T>(label: string, work: () => T) => T,
  stopped: () => boolean,
): void {
  let done = 0;
  const next = () => {
    const step = steps.shift();
    if (!step || stopped()) return;
    measure(`warm-up ${++done}`, step);
    setTimer(next, 0);
  };
  setTimer(next, 0);
}
