/** `npm run bench`: every benchmark of the project, figures printed, nothing asserted. */
import { benchDataset } from './dataset.bench';
import { benchMatcher } from './matcher.bench';
import { benchSearch } from './search.bench';
import { benchPageScan } from './pageScan.bench';
import { benchCardOpen } from './cardOpen.bench';

await benchDataset();
benchMatcher();
await benchSearch();
await benchCardOpen();
await benchPageScan();
