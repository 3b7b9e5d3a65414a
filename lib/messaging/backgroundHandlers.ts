import { entityCardView } from '../cards/entityCardView';
import type { EntitySource } from '../db/entitySource';
import type { ErrorLog } from '../diagnostics/errorLog';
import type { Handlers } from './server';

export function createBackgroundHandlers(source: () => Promise<EntitySource>, errors: ErrorLog): Handlers {
  return {
    'entity-card': async ({ entityId, asOf, lang }) => {
      const entity = await (await source()).getEntity(entityId);
      if (!entity) return { ok: false, error: `unknown entity "${entityId}"` };
      return { ok: true, card: entityCardView(entity, asOf, lang) };
    },
    'dataset-info': async () => ({ ok: true, info: await (await source()).info() }),
    'report-error': async ({ context, message }) => {
      errors.add(context, message);
      return { ok: true };
    },
  };
}
