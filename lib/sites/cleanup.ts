import { parseSettings, type SiteHost } from '../settings/schema';
import type { SiteRegistrar } from './registration';

/** The parts of the manifest that name hosts the extension holds by installation. */
export interface ManifestHosts {
  host_permissions?: string[];
  content_scripts?: Array<{ matches?: string[] }>;
}

/** The host origins the manifest requires (its host permissions and static content-script matches): never given back. */
export function requiredOrigins(manifest: ManifestHosts): string[] {
  return [
    ...new Set([
      ...(manifest.host_permissions ?? []),
      ...(manifest.content_scripts ?? []).flatMap((script) => script.matches ?? []),
    ]),
  ];
}

/**
 * Of the origins `permissions.getAll()` lists, those the reader granted (a site
 * switched on): web origins the manifest does not require. Firefox also lists
 * the extension's own `moz-extension://` origin, which is not a site's.
 */
export function optionalOrigins(granted: readonly string[], required: readonly string[]): string[] {
  const requiredSet = new Set(required);
  return [...new Set(granted)].filter((origin) => /^(\*|https?):\/\//.test(origin) && !requiredSet.has(origin));
}

/**
 * The sites a change of the settings item in storage.sync took off the enabled
 * list (another device removed or cleared them, or this one did): each old
 * and new value is read as settings are, whatever its version or shape.
 */
export function sitesDroppedBy(change: { oldValue?: unknown; newValue?: unknown }): SiteHost[] {
  if (change.oldValue === undefined) return [];
  const before = parseSettings(change.oldValue).sites.enabled;
  const after = new Set(parseSettings(change.newValue).sites.enabled);
  return before.filter((host) => !after.has(host));
}

/** A site dropped from the synced list loses its script and its permission on this device too. */
export async function forgetDroppedSites(
  change: { oldValue?: unknown; newValue?: unknown },
  sites: Pick<SiteRegistrar, 'forget'>,
): Promise<void> {
  for (const host of sitesDroppedBy(change)) await sites.forget(host);
}
