import type { SiteHost } from '../settings/schema';
import { matchPatternsFor } from './access';

/** The built content script; the manifest's static entry and every dynamic one load the same files. */
export const CONTENT_SCRIPT_FILES = { js: ['/content-scripts/content.js' as const], css: ['/content-scripts/content.css'] };

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

/** The parts of `browser.scripting` and `browser.permissions` the registrar uses; tests pass fakes. */
export interface SiteApis {
  registered(): Promise<string[]>;
  register(scripts: RegisteredScript[]): Promise<void>;
  unregister(ids: string[]): Promise<void>;
  hasPermission(origins: string[]): Promise<boolean>;
  removePermission(origins: string[]): Promise<void>;
  /** Runs the content script in a tab that is already open, so the reader need not reload. */
  injectInto(tabId: number): Promise<void>;
}

/** What must change so that exactly the wanted sites have a registered script. */
export function reconcile(wanted: readonly SiteHost[], registeredIds: readonly string[]): { register: SiteHost[]; unregister: string[] } {
  const wantedIds = new Set(wanted.map(scriptIdFor));
  const ours = registeredIds.filter((id) => id.startsWith(ID_PREFIX));
  const have = new Set(ours);
  return { register: wanted.filter((host) => !have.has(scriptIdFor(host))), unregister: ours.filter((id) => !wantedIds.has(id)) };
}

function scriptFor(host: SiteHost): RegisteredScript {
  return { id: scriptIdFor(host), matches: matchPatternsFor(host), ...CONTENT_SCRIPT_FILES, runAt: 'document_idle', persistAcrossSessions: true };
}

/**
 * Keeps the dynamically registered content scripts in step with the sites the
 * reader enabled. Registration needs the site's permission, which only a page
 * with a user gesture can ask for; the registrar checks it is there.
 */
export class SiteRegistrar {
  constructor(private readonly apis: SiteApis) {}

  /** Registers the site and runs the script in the tab the reader is on. Returns false without the permission. */
  async enable(host: SiteHost, tabId?: number): Promise<boolean> {
    if (!(await this.apis.hasPermission(matchPatternsFor(host)))) return false;
    const { register } = reconcile([host], await this.apis.registered());
    if (register.length > 0) await this.apis.register(register.map(scriptFor));
    if (tabId !== undefined) await this.apis.injectInto(tabId);
    return true;
  }

  /** Unregisters the site and gives its permission back. */
  async forget(host: SiteHost): Promise<void> {
    const id = scriptIdFor(host);
    if ((await this.apis.registered()).includes(id)) await this.apis.unregister([id]);
    await this.apis.removePermission(matchPatternsFor(host)).catch(() => undefined);
  }

  /**
   * After a start or a settings change (sync may bring another machine's list):
   * registers what is enabled and permitted, unregisters the rest.
   */
  async sync(enabled: readonly SiteHost[]): Promise<void> {
    const permitted: SiteHost[] = [];
    for (const host of enabled) if (await this.apis.hasPermission(matchPatternsFor(host))) permitted.push(host);
    const { register, unregister } = reconcile(permitted, await this.apis.registered());
    if (unregister.length > 0) await this.apis.unregister(unregister);
    if (register.length > 0) await this.apis.register(register.map(scriptFor));
  }
}
