import meta from '../../data/meta.json';
import entities from '../../data/entities.json';
import { validateDataset, type VersionedDataset } from './validate';

/**
 * The dataset shipped with the extension. A broken file must never reach a
 * reader: the unit suite validates it, and at run time it fails loudly with
 * the paths of the first problems.
 */
export function loadBundledDataset(): VersionedDataset {
  const result = validateDataset({ meta, entities });
  if (!result.ok) throw new Error(`The bundled dataset is invalid:\n${result.problems.join('\n')}`);
  return result.dataset;
}
