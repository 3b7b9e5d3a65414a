import type { SiteHost } from '../settings/schema';
import { matchPatternsFor, tabShowsSite } from './access';
import { optionalOrigins } from './cleanup';

/** The built content script; the manifest's static entry and every dynamic one load the same files. */
export const CONTENT_SCRIPT_FILES = {
  js: ['/content-scripts/content.js' as const],
  css: ['/content-scripts/content.css'],
};

const ID_PREFIX = 'dossier-site:';

export function scriptIdFor(host: SiteHost): string {
  return `${ID_PREFIX}${host}`;
}

export interface RegisteredScript {
  id: string;
  matches: string[];
  js: string[];
  css: string[];
  runAt: 'document_idle';
  persistAcrossSessions: boolean;
}

/** The parts of `browser.scripting`, `browser.permissions` and `browser.tabs` the registrar uses; tests pass fakes. */
export interface SiteApis {
  registered(): Promise<string[]>;
  register(scripts: RegisteredScript[]): Promise<void>;
  unregister(ids: string[]): Promise<void>;
  hasPermission(origins: string[]): Promise<boolean>;
  /** Every host origin the extension holds now (`permissions.getAll()`), the manifest's included. */
  grantedOrigins(): Promise<string[]>;
  /** The manifest's own host origins (host permissions, static content-script matches): never given back. */
  readonly requiredOrigins: readonly string[];
  removePermission(origins: string[]): Promise<void>;
  /** Runs the content script in a tab that is already open, so the reader need not reload. */
  injectInto(tabId: number): Promise<void>;
  /** The address a tab shows, if the extension may read it; undefined for a closed tab. */
  tabUrl(tabId: number): Promise<string | undefined>;
}

function isOurs(id: string): boolean {
  return id.startsWith(ID_PREFIX);
}

/** What must change so that exactly the wanted sites have a registered script. */
export function reconcile(
  wanted: readonly SiteHost[],
  registeredIds: readonly string[],
): { register: SiteHost[]; unregister: string[] } {
  const wantedIds = new Set(wanted.map(scriptIdFor));
  const ours = registeredIds.filter(isOurs);
  const have = new Set(ours);
  return {
    register: wanted.filter((host) => !have.has(scriptIdFor(host))),
    unregister: ours.filter((id) => !wantedIds.has(id)),
  };
}

function scriptFor(host: SiteHost): RegisteredScript {
  return {
    id: scriptIdFor(host),
    matches: matchPatternsFor(host),
    ...CONTENT_SCRIPT_FILES,
    runAt: 'document_idle',
    persistAcrossSessions: true,
  };
}

/**
 * Keeps the dynamically registered content scripts in step with the sites the
 * reader enabled. Registration needs the site's permission, which only a page
 * with a user gesture can ask for; the registrar checks it is there.
 */
export class SiteRegistrar {
  constructor(private readonly apis: SiteApis) {}

  /**
   * Registers the site and runs the script in the tab the reader is on. Returns
   * false without the permission. Refuses (throws, changing nothing) when the tab
   * named does not show the site. All or nothing: when registering or running
   * the script fails, what this call registered is unregistered and the
   * permission given back, so no permission outlives a site the reader cannot
   * see on the list.
   */
  async enable(host: SiteHost, tabId?: number): Promise<boolean> {
    if (!(await this.apis.hasPermission(matchPatternsFor(host)))) return false;
    if (tabId !== undefined && !tabShowsSite(await this.apis.tabUrl(tabId), host))
      throw new Error(`tab ${tabId} does not show ${host}`);
    const { register } = reconcile([host], await this.apis.registered());
    try {
      if (register.length > 0) await this.apis.register(register.map(scriptFor));
      if (tabId !== undefined) await this.apis.injectInto(tabId);
    } catch (error) {
      // A site that was registered before this call stays as it was.
      if (register.length > 0) await this.forget(host).catch(() => undefined);
      throw error;
    }
    return true;
  }

  /** Unregisters the site and gives its permission back. */
  async forget(host: SiteHost): Promise<void> {
    const id = scriptIdFor(host);
    if ((await this.apis.registered()).includes(id)) await this.unregister([id]);
    await this.apis.removePermission(matchPatternsFor(host)).catch(() => undefined);
  }

  /**
   * Clearing what Dossier stored: unregisters every site script and gives back
   * every host permission the manifest does not require, whether or not the
   * settings still name its site (a removal on another device, a failed enable,
   * an older version may have left some). Goes on past a failure; the first is
   * thrown at the end.
   */
  async forgetAll(): Promise<void> {
    const failures: unknown[] = [];
    await this.apis
      .registered()
      .then((ids) => this.unregister(ids.filter(isOurs)))
      .catch((error: unknown) => void failures.push(error));
    for (const origin of optionalOrigins(await this.apis.grantedOrigins(), this.apis.requiredOrigins)) {
      // One at a time: Chrome refuses a whole call that names one origin it counts as required.
      await this.apis.removePermission([origin]).catch((error: unknown) => void failures.push(error));
    }
    if (failures.length > 0) throw failures[0];
  }

  /** Unregisters, tolerating another path (a sync, a second forget) that unregistered some of them first. */
  private async unregister(ids: string[]): Promise<void> {
    if (ids.length === 0) return;
    try {
      await this.apis.unregister(ids);
    } catch (error) {
      // Chrome refuses the whole call when one id is gone; what is still there is unregistered again.
      const left = (await this.apis.registered()).filter((id) => ids.includes(id));
      if (left.length === ids.length) throw error;
      if (left.length > 0) await this.apis.unregister(left);
    }
  }

  /**
   * After a start or a settings change (sync may bring another machine's list):
   * registers what is enabled and permitted, unregisters the rest.
   */
  async sync(enabled: readonly SiteHost[]): Promise<void> {
    const permitted: SiteHost[] = [];
    for (const host of enabled) if (await this.apis.hasPermission(matchPatternsFor(host))) permitted.push(host);
    const { register, unregister } = reconcile(permitted, await this.apis.registered());
    await this.unregister(unregister);
    if (register.length > 0) await this.apis.register(register.map(scriptFor));
  }
}
