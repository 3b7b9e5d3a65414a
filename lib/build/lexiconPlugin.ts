import type { Plugin } from 'vite';
import { bundledDatasetProblems, loadBundledDataset } from '../dataset/bundled';
import { DATASET_FILES, META_FILE } from '../dataset/files';
import { lexiconSourceOf } from '../match/source';
import { packLexicon } from '../match/packedLexicon';

const MODULE_ID = 'virtual:dossier-lexicon';
const RESOLVED_ID = `\0${MODULE_ID}`;

/**
 * Gives the content script only what its matcher needs (names and their rules,
 * office holders, the rounds' dates and places)
 * instead of the whole dataset, and fails the build, naming file, row and
 * field, when the dataset is broken: bad data never ships.
 */
export function bundledLexiconPlugin(root: string): Plugin {
  return {
    name: 'dossier-bundled-lexicon',
    buildStart() {
      const problems = bundledDatasetProblems();
      if (problems.length > 0)
        this.error(`The dataset is invalid (${problems.length} problems):\n${problems.slice(0, 20).join('\n')}`);
      for (const file of [META_FILE, ...DATASET_FILES.map((entry) => entry.file)]) this.addWatchFile(`${root}/${file}`);
    },
    resolveId: (source) => (source === MODULE_ID ? RESOLVED_ID : undefined),
    load(id) {
      if (id !== RESOLVED_ID) return undefined;
      // Packed (aliases as tuples) to keep the content script small; unpacked once when the script starts.
      const packed = JSON.stringify(packLexicon(lexiconSourceOf(loadBundledDataset())));
      const unpacker = JSON.stringify(`${root}/lib/match/packedLexicon.ts`);
      return `import { unpackLexicon } from ${unpacker};\nexport default unpackLexicon(${packed});`;
    },
  };
}
