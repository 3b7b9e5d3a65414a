import { describe, expect, it } from 'vitest';
import { createBackgroundHandlers } from '../../lib/background/handlers';
import { request } from '../../lib/messaging/client';
import { dispatch } from '../../lib/messaging/server';
import { ErrorLog } from '../../lib/diagnostics/errorLog';
import { memoryRepository } from '../../lib/db/repository';
import type { DatasetStore } from '../../lib/db/datasetStore';
import { miniDataset } from '../fixtures/miniDataset';
import { SettingsStore } from '../../lib/settings/store';
import { SiteRegistrar } from '../../lib/sites/registration';
import { matchPatternsFor } from '../../lib/sites/access';
import { fakeSiteApis, memorySettingsItem } from '../fixtures/fakes';

const dataset = miniDataset();
const store: DatasetStore = {
  repository: memoryRepository(dataset),
  outcome: 'memory',
  importFile: async () => ({ ok: false, problems: ['not json'] }),
  resetToBundled: async () => undefined,
};
const errors = new ErrorLog();
const settings = new SettingsStore(memorySettingsItem({ language: 'de' }));
const siteApis = fakeSiteApis([], { tabs: { 3: 'https://www.example.org/news' } });
const sites = new SiteRegistrar(siteApis);
const badges: Array<{ tabId: number; text: string }> = [];
const handlers = createBackgroundHandlers({
  store: async () => store,
  errors,
  settings,
  sites,
  setBadge: async (tabId, badge) => void badges.push({ tabId, text: badge.text }),
  announceDatasetChange: async () => undefined,
  clearLocalStorage: async () => undefined,
  today: () => '2026-11-25',
  openPage: async (path) => void opened.push(path),
});
const opened: string[] = [];
const OWN_ID = 'own-extension-id';
// The content script's path: request() → runtime message → dispatch() in the background.
const send = (message: unknown) => dispatch(structuredClone(message), { id: OWN_ID }, OWN_ID, handlers);
// Dossier's own pages (popup, options): the only senders of what changes stored data or where Dossier runs.
const ORIGIN = `chrome-extension://${OWN_ID}/`;
const sendFromPage = (message: unknown) =>
  dispatch(structuredClone(message), { id: OWN_ID, url: `${ORIGIN}options.html` }, OWN_ID, handlers, ORIGIN);

describe('typed messaging', () => {
  it('answers an entity card as of the article date, in the requested language', async () => {
    const response = await request(send, { type: 'entity-card', entityId: 'umerov', asOf: '2025-08-01', lang: 'de' });
    expect(response.ok && response.card.roles.map((role) => role.title)).toEqual([
      'Sekretär des Nationalen Sicherheits- und Verteidigungsrats',
    ]);
  });

  it('answers a round with its participants', async () => {
    const response = await request(send, { type: 'round-view', roundId: 'istanbul-2025-07-23', lang: 'de' });
    expect(response.ok && response.round.delegations.map((delegation) => delegation.party.name)).toEqual([
      'Ukraine',
      'Russland',
    ]);
  });

  it('sends the lexicon only when the content script’s bundled one is out of date', async () => {
    expect(await request(send, { type: 'lexicon', knownVersion: dataset.version })).toEqual({
      ok: true,
      version: dataset.version,
      source: null,
    });
    const fresh = await request(send, { type: 'lexicon', knownVersion: 'older' });
    expect(
      fresh.ok && fresh.source?.entities.find((entity) => entity.id === 'umerov')?.aliases.map((alias) => alias.text),
    ).toContain('Umjerow');
  });

  it('says so for an unknown entity', async () => {
    expect(await request(send, { type: 'entity-card', entityId: 'nobody', asOf: '2025-08-01', lang: 'en' })).toEqual({
      ok: false,
      error: 'unknown entity "nobody"',
    });
  });

  it('refuses messages from other senders and malformed messages', async () => {
    expect(await dispatch({ type: 'dataset-info' }, { id: 'another-extension' }, OWN_ID, handlers)).toEqual({
      ok: false,
      error: 'sender is not this extension',
    });
    expect(
      await dispatch(
        { type: 'entity-card', entityId: 'putin', asOf: 'last week', lang: 'en' },
        { id: OWN_ID },
        OWN_ID,
        handlers,
      ),
    ).toEqual({ ok: false, error: 'malformed request' });
    expect(await dispatch({ type: 'drop-tables' }, { id: OWN_ID }, OWN_ID, handlers)).toEqual({
      ok: false,
      error: 'malformed request',
    });
  });

  it('turns a malformed answer or a broken channel into ok: false', async () => {
    expect(await request(async () => ({ ok: true, card: { name: 1 } }), { type: 'dataset-info' })).toEqual({
      ok: false,
      error: 'unexpected answer to dataset-info',
    });
    const broken = await request(
      async () => {
        throw new Error('Could not establish connection. Receiving end does not exist.');
      },
      { type: 'dataset-info' },
    );
    expect(broken).toEqual({ ok: false, error: 'Could not establish connection. Receiving end does not exist.' });
  });

  it('answers the settings, validated by the background', async () => {
    const answer = await request(send, { type: 'settings' });
    expect(answer.ok && answer.settings).toMatchObject({ language: 'de', marking: 'first' });
  });

  it('enables a site only when its permission was granted, then lists it', async () => {
    expect(await request(sendFromPage, { type: 'enable-site', host: 'example.org', tabId: 3 })).toEqual({
      ok: true,
      enabled: false,
    });
    expect((await settings.load()).sites.enabled).toEqual([]);
    matchPatternsFor('example.org').forEach((origin) => siteApis.granted.add(origin));
    expect(await request(sendFromPage, { type: 'enable-site', host: 'example.org', tabId: 3 })).toEqual({
      ok: true,
      enabled: true,
    });
    expect((await settings.load()).sites.enabled).toEqual(['example.org']);
    expect(siteApis.injected).toEqual([3]);
    await request(sendFromPage, { type: 'forget-site', host: 'example.org' });
    expect((await settings.load()).sites.enabled).toEqual([]);
    expect(siteApis.scripts.size).toBe(0);
  });

  it('refuses a site name that is not a host', async () => {
    expect(await request(send, { type: 'enable-site', host: 'javascript:alert(1)' } as never)).toEqual({
      ok: false,
      error: 'malformed request',
    });
  });

  it('sets the badge of the tab that reported its state, and only for a tab', async () => {
    expect(
      await dispatch(
        { type: 'page-state', state: 'active', count: 5 },
        { id: OWN_ID, tab: { id: 9 } },
        OWN_ID,
        handlers,
      ),
    ).toEqual({ ok: true });
    expect(badges).toEqual([{ tabId: 9, text: '5' }]);
    expect(
      await dispatch({ type: 'page-state', state: 'active', count: 5 }, { id: OWN_ID }, OWN_ID, handlers),
    ).toMatchObject({ ok: false });
  });

  it('passes the problems of a refused dataset file on to the page', async () => {
    expect(await request(sendFromPage, { type: 'import-dataset', text: '{' })).toEqual({
      ok: false,
      error: 'the file was refused',
      problems: ['not json'],
    });
  });

  it('keeps reported content-script errors for diagnosis', async () => {
    await request(send, { type: 'report-error', context: 'content', message: 'boom' });
    expect(errors.list().at(-1)).toMatchObject({ context: 'content', message: 'boom' });
  });
});
