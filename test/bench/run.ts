/** `npm run bench`: every benchmark of the project, figures printed, nothing asserted. */
import { benchDataset } from './dataset.bench';
import { benchMatcher } from './matcher.bench';
import { benchSearch } from './search.bench';

await benchDataset();
benchMatcher();
await benchSearch();
