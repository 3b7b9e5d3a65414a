/**
 * `npm run eval`: the shared scorer on the annotated dev excerpts, then the events-in-time suite
 * (generated from the dataset, test/unit/eventsInTime.test.ts) scored beside it. The dev set is a
 * small sample; the generated suite checks the event rules on every round and alias.
 * Exit code: non-zero when either fails.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const scorer = '../shared/eval/score.mjs';
let status = 0;
if (existsSync(scorer)) {
  const scored = spawnSync(process.execPath, [scorer, '../shared/eval/dev', ...process.argv.slice(2)], {
    stdio: 'inherit',
  });
  status = scored.status ?? 1;
} else {
  console.log('skipped: ../shared/eval not found (the dev excerpts live beside the project)');
}

const report = join(mkdtempSync(join(tmpdir(), 'events-in-time-')), 'report.json');
const run = spawnSync(
  'npx',
  ['vitest', 'run', '--project', 'unit', 'test/unit/eventsInTime.test.ts', '--reporter=json', `--outputFile=${report}`],
  { encoding: 'utf8' },
);
if (!existsSync(report)) {
  console.error(`events in time: the suite did not run\n${run.stderr}`);
  process.exit(1);
}
const result = JSON.parse(readFileSync(report, 'utf8')) as {
  numPassedTests: number;
  numTotalTests: number;
  testResults: Array<{ assertionResults: Array<{ status: string; fullName: string }> }>;
};
const failed = result.testResults.flatMap((file) =>
  file.assertionResults.filter((test) => test.status !== 'passed').map((test) => test.fullName),
);
console.log(
  `events in time (generated from the dataset): ${result.numPassedTests}/${result.numTotalTests} passed (${((100 * result.numPassedTests) / Math.max(1, result.numTotalTests)).toFixed(1)}%)`,
);
for (const name of failed.slice(0, 20)) console.log(`  failed: ${name}`);
process.exit(status !== 0 || failed.length > 0 ? 1 : 0);
