import type { Handlers } from '../messaging/server';
import type { BackgroundDeps } from './deps';

/** The reader's settings, the error log, and wiping what Dossier keeps locally. */
export function settingsHandlers(
  deps: Pick<BackgroundDeps, 'settings' | 'sites' | 'errors' | 'clearLocalStorage'>,
): Pick<Handlers, 'settings' | 'report-error' | 'clear-local-data'> {
  const { settings, sites, errors } = deps;
  return {
    settings: async () => ({ ok: true, settings: await settings.load() }),
    'report-error': async ({ context, message }) => {
      errors.add(context, message);
      return { ok: true };
    },
    'clear-local-data': async () => {
      // Every step is tried even when one fails; the first failure is the answer.
      const failures: unknown[] = [];
      const attempt = (step: () => Promise<unknown>) => step().catch((error: unknown) => void failures.push(error));
      errors.clear();
      await attempt(() => deps.clearLocalStorage());
      // Every site script and optional permission, not only those of the sites the settings still list.
      await attempt(() => sites.forgetAll());
      await attempt(() => settings.reset());
      if (failures.length > 0) throw failures[0];
      return { ok: true };
    },
  };
}
