import { describe, expect, it } from 'vitest';
import { ErrorLog } from '../../lib/diagnostics/errorLog';
import { createBackgroundHandlers } from '../../lib/background/handlers';
import { SettingsStore } from '../../lib/settings/store';
import { matchPatternsFor } from '../../lib/sites/access';
import { forgetDroppedSites, optionalOrigins, requiredOrigins, sitesDroppedBy } from '../../lib/sites/cleanup';
import { scriptIdFor, SiteRegistrar } from '../../lib/sites/registration';
import { fakeSiteApis, memorySettingsItem } from '../fixtures/fakes';

/** The manifest's own hosts: the curated sites (and, in Firefox, the extension's own origin, which getAll() lists). */
const REQUIRED = ['*://*.spiegel.de/*', '*://*.tagesschau.de/*'];
const granted = (...hosts: string[]) => hosts.flatMap(matchPatternsFor);

describe('the origins Dossier may give back', () => {
  it('reads the required ones from the manifest: host permissions and static content-script matches', () => {
    expect(
      requiredOrigins({
        host_permissions: ['*://*.spiegel.de/*'],
        content_scripts: [{ matches: ['*://*.spiegel.de/*', 'http://127.0.0.1/*'] }, {}],
      }).sort(),
    ).toEqual(['*://*.spiegel.de/*', 'http://127.0.0.1/*']);
    expect(requiredOrigins({})).toEqual([]);
  });

  it('are the granted web origins the manifest does not require', () => {
    expect(
      optionalOrigins(
        [...REQUIRED, 'moz-extension://5a1c/*', '*://example.org/*', 'https://*/*', '<all_urls>'],
        REQUIRED,
      ),
    ).toEqual(['*://example.org/*', 'https://*/*']);
  });
});

describe('clearing what Dossier stored', () => {
  function background(enabled: string[], apis: ReturnType<typeof fakeSiteApis>) {
    const item = memorySettingsItem({ language: 'de', sites: { enabled, disabled: ['bild.de'] } });
    const cleared: number[] = [];
    const errors = new ErrorLog();
    errors.add('content', 'boom');
    const handlers = createBackgroundHandlers({
      store: async () => {
        throw new Error('no store in this test');
      },
      errors,
      settings: new SettingsStore(item),
      sites: new SiteRegistrar(apis),
      setBadge: async () => undefined,
      announceDatasetChange: async () => undefined,
      clearLocalStorage: async () => void cleared.push(1),
      today: () => '2026-11-25',
      openPage: async () => undefined,
    });
    return {
      item,
      cleared,
      errors,
      clear: () => handlers['clear-local-data']({ type: 'clear-local-data' }, { id: 'own' }),
    };
  }

  it('gives back every optional permission and unregisters every site script, listed in the settings or not', async () => {
    // listed.org is in the settings; stale.org's permission and script outlived a removal (another device, a failed enable).
    const apis = fakeSiteApis(granted('listed.org', 'stale.org', 'orphan.org'), { required: REQUIRED });
    const registrar = new SiteRegistrar(apis);
    await registrar.enable('listed.org');
    await registrar.enable('stale.org');
    apis.scripts.set('not-ours', { ...apis.scripts.get(scriptIdFor('listed.org'))!, id: 'not-ours' });
    const { item, cleared, errors, clear } = background(['listed.org'], apis);

    expect(await clear()).toEqual({ ok: true });

    expect([...apis.granted]).toEqual([]);
    expect(await apis.grantedOrigins()).toEqual(REQUIRED);
    expect([...apis.scripts.keys()]).toEqual(['not-ours']);
    expect(item.value).toEqual({ version: expect.any(Number) });
    expect(cleared).toEqual([1]);
    expect(errors.list()).toEqual([]);
  });

  it('says so when giving a permission back fails, and still clears the rest', async () => {
    const apis = fakeSiteApis(granted('listed.org'), { required: REQUIRED });
    await new SiteRegistrar(apis).enable('listed.org');
    const failing = { ...apis, removePermission: async () => Promise.reject(new Error('permissions.remove failed')) };
    const { item, cleared, clear } = background(['listed.org'], failing);
    await expect(clear()).rejects.toThrow('permissions.remove failed');
    expect(apis.scripts.size).toBe(0);
    expect(item.value).toEqual({ version: expect.any(Number) });
    expect(cleared).toEqual([1]);
  });
});

describe('a site removed from the list on another device', () => {
  it('is named by the change storage.sync reports, whatever else changed', () => {
    const before = { version: 2, language: 'de', sites: { enabled: ['a.org', 'b.org', 'c.org'], disabled: [] } };
    expect(
      sitesDroppedBy({
        oldValue: before,
        newValue: { ...before, sites: { enabled: ['c.org', 'd.org'], disabled: ['a.org'] } },
      }),
    ).toEqual(['a.org', 'b.org']);
    expect(sitesDroppedBy({ oldValue: before, newValue: undefined })).toEqual(['a.org', 'b.org', 'c.org']);
    expect(sitesDroppedBy({ oldValue: undefined, newValue: before })).toEqual([]);
    expect(sitesDroppedBy({ oldValue: 'garbage', newValue: before })).toEqual([]);
  });

  it('loses its script and its permission here too; the others stay', async () => {
    const apis = fakeSiteApis(granted('a.org', 'b.org'));
    const registrar = new SiteRegistrar(apis);
    await registrar.enable('a.org');
    await registrar.enable('b.org');
    await forgetDroppedSites(
      { oldValue: { sites: { enabled: ['a.org', 'b.org'] } }, newValue: { sites: { enabled: ['a.org'] } } },
      registrar,
    );
    expect([...apis.scripts.keys()]).toEqual([scriptIdFor('a.org')]);
    expect([...apis.granted]).toEqual(matchPatternsFor('a.org'));
  });

  it('is forgotten twice at once without an error (the options page and the sync listener both act)', async () => {
    const apis = fakeSiteApis(granted('a.org'));
    const registrar = new SiteRegistrar(apis);
    await registrar.enable('a.org');
    await expect(Promise.all([registrar.forget('a.org'), registrar.forget('a.org')])).resolves.toEqual([
      undefined,
      undefined,
    ]);
    expect(apis.scripts.size).toBe(0);
    expect(apis.granted.size).toBe(0);
  });
});

describe('enabling that fails half-way', () => {
  it('gives the permission back when the registration fails', async () => {
    const apis = fakeSiteApis(granted('a.org'), { tabs: { 3: 'https://a.org/' } });
    const registrar = new SiteRegistrar({
      ...apis,
      register: async () => Promise.reject(new Error('registerContentScripts failed')),
    });
    await expect(registrar.enable('a.org', 3)).rejects.toThrow('registerContentScripts failed');
    expect(apis.granted.size).toBe(0);
    expect(apis.scripts.size).toBe(0);
  });

  it('unregisters and gives the permission back when the script cannot run in the tab', async () => {
    const apis = fakeSiteApis(granted('a.org'), { tabs: { 3: 'https://a.org/' } });
    const registrar = new SiteRegistrar({
      ...apis,
      injectInto: async () => Promise.reject(new Error('Cannot access contents of the page')),
    });
    await expect(registrar.enable('a.org', 3)).rejects.toThrow('Cannot access contents of the page');
    expect(apis.granted.size).toBe(0);
    expect(apis.scripts.size).toBe(0);
  });

  it('leaves a site that was already enabled as it was', async () => {
    const apis = fakeSiteApis(granted('a.org'), { tabs: { 3: 'https://a.org/' } });
    await new SiteRegistrar(apis).enable('a.org');
    const registrar = new SiteRegistrar({
      ...apis,
      injectInto: async () => Promise.reject(new Error('Cannot access contents of the page')),
    });
    await expect(registrar.enable('a.org', 3)).rejects.toThrow();
    expect([...apis.scripts.keys()]).toEqual([scriptIdFor('a.org')]);
    expect([...apis.granted]).toEqual(matchPatternsFor('a.org'));
  });

  it('undoes the registration when the settings cannot be saved, so no unlisted site keeps its permission', async () => {
    const apis = fakeSiteApis(granted('a.org'));
    const item = memorySettingsItem({});
    const handlers = createBackgroundHandlers({
      store: async () => {
        throw new Error('no store in this test');
      },
      errors: new ErrorLog(),
      settings: new SettingsStore({
        ...item,
        setValue: async () => Promise.reject(new Error('QUOTA_BYTES_PER_ITEM quota exceeded')),
      }),
      sites: new SiteRegistrar(apis),
      setBadge: async () => undefined,
      announceDatasetChange: async () => undefined,
      clearLocalStorage: async () => undefined,
      today: () => '2026-11-25',
      openPage: async () => undefined,
    });
    await expect(handlers['enable-site']({ type: 'enable-site', host: 'a.org' }, { id: 'own' })).rejects.toThrow(
      'QUOTA_BYTES_PER_ITEM',
    );
    expect(apis.scripts.size).toBe(0);
    expect(apis.granted.size).toBe(0);
  });
});
