/**
 * `npm run test:soak [-- N]`: the E2E suites N times in a row (default 5) with one busy process per
 * core beside them, as on a contributor's machine with other work running. Prints each run's test
 * counts and, at the end, how many runs passed. Exit code 0 only when every run passed.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { availableParallelism } from 'node:os';

const runs = Number(process.argv[2] ?? 5);
if (!Number.isInteger(runs) || runs < 1) {
  console.error(`test:soak: the number of runs must be a positive integer, not "${process.argv[2]}"`);
  process.exit(2);
}

/** One process per core that never yields: the machine is as busy as it gets. */
const hogs: ChildProcess[] = Array.from({ length: availableParallelism() }, () =>
  spawn(process.execPath, ['-e', 'for (;;) {}'], { stdio: 'ignore' }),
);
const stopHogs = () => hogs.forEach((hog) => hog.kill('SIGKILL'));
process.on('exit', stopHogs);
process.on('SIGINT', () => process.exit(130));

console.log(`test:soak: ${runs} runs of the E2E suites beside ${hogs.length} busy processes`);
let passed = 0;
for (let run = 1; run <= runs; run++) {
  const started = Date.now();
  const result = spawnSync('npx', ['vitest', 'run', '--config', 'vitest.e2e.config.ts'], {
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
    env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' },
  });
  const output = `${result.stdout}\n${result.stderr}`;
  const counts = output.match(/^\s*Tests\s+(.+)$/m)?.[1]?.trim() ?? 'no summary';
  const ok = result.status === 0;
  if (ok) passed++;
  console.log(`run ${run}: ${ok ? 'passed' : 'FAILED'} (${counts}) in ${Math.round((Date.now() - started) / 1000)} s`);
  if (!ok)
    for (const line of output
      .split('\n')
      .filter((text) => /^\s*(FAIL|×)/.test(text))
      .slice(0, 20))
      console.log(`  ${line.trim()}`);
}
console.log(`test:soak: ${passed} of ${runs} runs passed`);
stopHogs();
process.exit(passed === runs ? 0 : 1);
