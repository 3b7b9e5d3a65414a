import type { Handlers } from '../messaging/server';
import { datasetHandlers } from './datasetHandlers';
import type { BackgroundDeps } from './deps';
import { settingsHandlers } from './settingsHandlers';
import { siteHandlers } from './siteHandlers';

export type { BackgroundDeps } from './deps';
export { entryPagePath } from './datasetHandlers';

/** Every request's handler, one group per concern; the `Handlers` type makes sure none is missing. */
export function createBackgroundHandlers(deps: BackgroundDeps): Handlers {
  return { ...datasetHandlers(deps), ...siteHandlers(deps), ...settingsHandlers(deps) };
}
