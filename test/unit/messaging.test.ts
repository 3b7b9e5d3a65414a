import { describe, expect, it } from 'vitest';
import { loadBundledDataset } from '../../lib/dataset/bundled';
import { createBackgroundHandlers } from '../../lib/messaging/backgroundHandlers';
import { request } from '../../lib/messaging/client';
import { dispatch } from '../../lib/messaging/server';
import { ErrorLog } from '../../lib/diagnostics/errorLog';
import type { EntitySource } from '../../lib/db/entitySource';

const dataset = loadBundledDataset();
const source: EntitySource = {
  getEntity: async (id) => dataset.entities.find((entity) => entity.id === id),
  info: async () => ({ version: dataset.version, asOf: dataset.meta.asOf, entityCount: dataset.entities.length, storage: 'memory' }),
};
const errors = new ErrorLog();
const handlers = createBackgroundHandlers(async () => source, errors);
const OWN_ID = 'own-extension-id';
// The content script's path: request() → runtime message → dispatch() in the background.
const send = (message: unknown) => dispatch(structuredClone(message), { id: OWN_ID }, OWN_ID, handlers);

describe('typed messaging', () => {
  it('answers an entity card as of the article date, in the requested language', async () => {
    const response = await request(send, { type: 'entity-card', entityId: 'umerov', asOf: '2025-08-01', lang: 'de' });
    expect(response.ok && response.card.roles.map((role) => role.title)).toEqual(['Sekretär des Nationalen Sicherheits- und Verteidigungsrats der Ukraine']);
  });

  it('says so for an unknown entity', async () => {
    expect(await request(send, { type: 'entity-card', entityId: 'nobody', asOf: '2025-08-01', lang: 'en' })).toEqual({ ok: false, error: 'unknown entity "nobody"' });
  });

  it('refuses messages from other senders and malformed messages', async () => {
    expect(await dispatch({ type: 'dataset-info' }, { id: 'another-extension' }, OWN_ID, handlers)).toEqual({ ok: false, error: 'sender is not this extension' });
    expect(await dispatch({ type: 'entity-card', entityId: 'putin', asOf: 'last week', lang: 'en' }, { id: OWN_ID }, OWN_ID, handlers)).toEqual({ ok: false, error: 'malformed request' });
    expect(await dispatch({ type: 'drop-tables' }, { id: OWN_ID }, OWN_ID, handlers)).toEqual({ ok: false, error: 'malformed request' });
  });

  it('turns a malformed answer or a broken channel into ok: false', async () => {
    expect(await request(async () => ({ ok: true, card: { name: 1 } }), { type: 'dataset-info' })).toEqual({ ok: false, error: 'unexpected answer to dataset-info' });
    const broken = await request(
      async () => {
        throw new Error('Could not establish connection. Receiving end does not exist.');
      },
      { type: 'dataset-info' },
    );
    expect(broken).toEqual({ ok: false, error: 'Could not establish connection. Receiving end does not exist.' });
  });

  it('keeps reported content-script errors for diagnosis', async () => {
    await request(send, { type: 'report-error', context: 'content', message: 'boom' });
    expect(errors.list().at(-1)).toMatchObject({ context: 'content', message: 'boom' });
  });
});
