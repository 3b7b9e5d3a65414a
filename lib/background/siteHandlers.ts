import type { Handlers } from '../messaging/server';
import { badgeFor } from '../sites/badge';
import type { BackgroundDeps } from './deps';

/** Where Dossier runs: enabling and forgetting sites, and the toolbar badge a content script reports. */
export function siteHandlers(
  deps: Pick<BackgroundDeps, 'settings' | 'sites' | 'setBadge'>,
): Pick<Handlers, 'enable-site' | 'forget-site' | 'page-state'> {
  const { settings, sites } = deps;
  return {
    'enable-site': async ({ host, tabId }) => {
      // Registration first: the settings list only names sites that really run.
      // (The registrar refuses a tab that does not show the site, before anything changes.)
      const enabled = await sites.enable(host, tabId);
      if (enabled) {
        let listedBefore = false;
        try {
          await settings.update((current) => {
            listedBefore = current.sites.enabled.includes(host);
            return {
              sites: {
                enabled: [...new Set([...current.sites.enabled, host])],
                disabled: current.sites.disabled.filter((entry) => entry !== host),
              },
            };
          });
        } catch (error) {
          // Not on the list, so not enabled: no script or permission may stay behind for it.
          if (!listedBefore) await sites.forget(host).catch(() => undefined);
          throw error;
        }
      }
      return { ok: true, enabled };
    },
    'forget-site': async ({ host }) => {
      await settings.update((current) => ({
        sites: { ...current.sites, enabled: current.sites.enabled.filter((entry) => entry !== host) },
      }));
      await sites.forget(host);
      return { ok: true };
    },
    'page-state': async ({ state, count }, sender) => {
      const tabId = sender.tab?.id;
      if (tabId === undefined) return { ok: false, error: 'page-state comes from a tab' };
      await deps.setBadge(tabId, badgeFor(state, count));
      return { ok: true };
    },
  };
}
