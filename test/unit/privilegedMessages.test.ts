import { describe, expect, it } from 'vitest';
import type { DatasetStore } from '../../lib/db/datasetStore';
import { memoryRepository } from '../../lib/db/repository';
import { ErrorLog } from '../../lib/diagnostics/errorLog';
import { createBackgroundHandlers } from '../../lib/background/handlers';
import type { Request } from '../../lib/messaging/protocol';
import { dispatch, type SenderInfo } from '../../lib/messaging/server';
import { SettingsStore } from '../../lib/settings/store';
import { matchPatternsFor } from '../../lib/sites/access';
import { SiteRegistrar } from '../../lib/sites/registration';
import { fakeSiteApis, memorySettingsItem } from '../fixtures/fakes';
import { miniDataset } from '../fixtures/miniDataset';

const OWN_ID = 'own-extension-id';
const ORIGIN = 'chrome-extension://own-extension-id/';

const contentScript: SenderInfo = { id: OWN_ID, url: 'https://www.spiegel.de/politik/a.html', tab: { id: 4 } };
const optionsPage: SenderInfo = { id: OWN_ID, url: `${ORIGIN}options.html`, tab: { id: 5 } };
const popup: SenderInfo = { id: OWN_ID, url: `${ORIGIN}popup.html` };

describe('a privileged message from a content script', () => {
  function background() {
    const imported: string[] = [];
    const resets: number[] = [];
    const store: DatasetStore = {
      repository: memoryRepository(miniDataset()),
      outcome: 'memory',
      importFile: async (text) => (imported.push(text), { ok: false, problems: ['refused in this test'] }),
      resetToBundled: async () => void resets.push(1),
    };
    const item = memorySettingsItem({ language: 'de', sites: { enabled: ['example.org'], disabled: [] } });
    const apis = fakeSiteApis([...matchPatternsFor('example.org'), ...matchPatternsFor('other.org')], {
      tabs: { 4: 'https://other.org/a' },
    });
    const cleared: number[] = [];
    const handlers = createBackgroundHandlers({
      store: async () => store,
      errors: new ErrorLog(),
      settings: new SettingsStore(item),
      sites: new SiteRegistrar(apis),
      setBadge: async () => undefined,
      announceDatasetChange: async () => undefined,
      clearLocalStorage: async () => void cleared.push(1),
      today: () => '2026-11-25',
      openPage: async () => undefined,
    });
    const send = (message: unknown, sender: SenderInfo) =>
      dispatch(structuredClone(message), sender, OWN_ID, handlers, ORIGIN);
    return { send, item, apis, imported, resets, cleared };
  }

  const privileged: Array<{ message: Request; from: string }> = [
    { message: { type: 'import-dataset', text: '{}' }, from: 'import' },
    { message: { type: 'reset-dataset' }, from: 'reset' },
    { message: { type: 'enable-site', host: 'other.org', tabId: 4 }, from: 'enable' },
    { message: { type: 'forget-site', host: 'example.org' }, from: 'forget' },
    { message: { type: 'clear-local-data' }, from: 'clear' },
  ];

  for (const { message } of privileged) {
    it(`${message.type} is refused with a clear answer and changes nothing`, async () => {
      const { send, item, apis, imported, resets, cleared } = background();
      const settingsBefore = structuredClone(item.value);
      const answer = await send(message, contentScript);
      expect(answer).toEqual({ ok: false, error: expect.stringContaining(message.type) });
      expect(item.value).toEqual(settingsBefore);
      expect(imported).toEqual([]);
      expect(resets).toEqual([]);
      expect(cleared).toEqual([]);
      expect(apis.scripts.size).toBe(0);
      expect(apis.injected).toEqual([]);
      expect([...apis.granted].sort()).toEqual(
        [...matchPatternsFor('example.org'), ...matchPatternsFor('other.org')].sort(),
      );
    });
  }

  it('the same messages from the options page are carried out', async () => {
    const { send, item, imported, resets, cleared } = background();
    expect(await send({ type: 'import-dataset', text: '{}' }, optionsPage)).toMatchObject({
      ok: false,
      error: 'the file was refused',
    });
    expect(imported).toEqual(['{}']);
    expect(await send({ type: 'reset-dataset' }, optionsPage)).toEqual({ ok: true });
    expect(resets).toEqual([1]);
    expect(await send({ type: 'forget-site', host: 'example.org' }, optionsPage)).toEqual({ ok: true });
    expect(item.value).toMatchObject({ sites: { enabled: [] } });
    expect(await send({ type: 'clear-local-data' }, optionsPage)).toEqual({ ok: true });
    expect(cleared).toEqual([1]);
  });

  it('page-state is refused from a page outside a tab, and sets nothing', async () => {
    const { send } = background();
    expect(await send({ type: 'page-state', state: 'active', count: 3 }, popup)).toEqual({
      ok: false,
      error: expect.stringContaining('page-state'),
    });
  });
});

describe('enable-site from one of Dossier’s pages', () => {
  function background(tabs: Record<number, string>) {
    const item = memorySettingsItem({});
    const apis = fakeSiteApis(matchPatternsFor('third.org'), { tabs });
    const handlers = createBackgroundHandlers({
      store: async () => {
        throw new Error('no store in this test');
      },
      errors: new ErrorLog(),
      settings: new SettingsStore(item),
      sites: new SiteRegistrar(apis),
      setBadge: async () => undefined,
      announceDatasetChange: async () => undefined,
      clearLocalStorage: async () => undefined,
      today: () => '2026-11-25',
      openPage: async () => undefined,
    });
    return {
      item,
      apis,
      send: (message: unknown) => dispatch(structuredClone(message), popup, OWN_ID, handlers, ORIGIN),
    };
  }

  it('is refused when the tab it names shows another site, and changes nothing', async () => {
    const { item, apis, send } = background({ 4: 'https://www.other.org/news' });
    expect(await send({ type: 'enable-site', host: 'third.org', tabId: 4 })).toEqual({
      ok: false,
      error: expect.stringContaining('third.org'),
    });
    expect(apis.scripts.size).toBe(0);
    expect(apis.injected).toEqual([]);
    expect(item.value).toEqual({});
  });

  it('is refused when the tab it names is gone', async () => {
    const { apis, send } = background({});
    expect(await send({ type: 'enable-site', host: 'third.org', tabId: 9 })).toMatchObject({ ok: false });
    expect(apis.scripts.size).toBe(0);
  });

  it('runs the script in a tab on the site or one of its subdomains', async () => {
    const { item, apis, send } = background({ 4: 'https://m.third.org/a' });
    expect(await send({ type: 'enable-site', host: 'third.org', tabId: 4 })).toEqual({ ok: true, enabled: true });
    expect(apis.injected).toEqual([4]);
    expect(item.value).toMatchObject({ sites: { enabled: ['third.org'] } });
  });
});
