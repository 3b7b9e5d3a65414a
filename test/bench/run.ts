/**
 * `npm run bench`: every benchmark of the project, figures printed, nothing asserted.
 * `tsx test/bench/run.ts search popup` runs only the named ones (dataset, matcher, search, popup, card, scan).
 */
import { benchDataset } from './dataset.bench';
import { benchMatcher } from './matcher.bench';
import { benchSearch } from './search.bench';
import { benchPopup } from './popup.bench';
import { benchPageScan } from './pageScan.bench';
import { benchCardOpen } from './cardOpen.bench';

const BENCHES: Array<[string, () => unknown]> = [
  ['dataset', benchDataset],
  ['matcher', benchMatcher],
  ['search', benchSearch],
  ['popup', benchPopup],
  ['card', benchCardOpen],
  ['scan', benchPageScan],
];

const chosen = process.argv.slice(2);
const unknown = chosen.filter((name) => !BENCHES.some(([known]) => known === name));
if (unknown.length > 0)
  throw new Error(`unknown bench ${unknown.join(', ')}; known: ${BENCHES.map(([name]) => name).join(', ')}`);
for (const [name, bench] of BENCHES) if (chosen.length === 0 || chosen.includes(name)) await bench();
