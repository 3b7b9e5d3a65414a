import { describe, expect, it } from 'vitest';
import { RequestSchema, type Request } from '../../lib/messaging/protocol';
import { SENDER_POLICY, senderRefusal, type SenderInfo } from '../../lib/messaging/senderPolicy';

const OWN_ID = 'own-extension-id';
const ORIGIN = 'chrome-extension://own-extension-id/';

/** Every message type the protocol knows, read from the protocol itself: a new type lands here untested and fails below. */
const PROTOCOL_TYPES: Array<Request['type']> = RequestSchema.options.map((option) => option.shape.type.value);

/** Who may send what, as the review asked: written out here, so a new type must be decided on in this test too. */
const EXPECTED: Record<string, 'any' | 'extension-page' | 'tab'> = {
  'entity-card': 'any',
  'round-view': 'any',
  'report-error': 'any',
  'dataset-info': 'any',
  lexicon: 'any',
  settings: 'any',
  'search-catalog': 'any',
  'open-entry': 'any',
  'page-state': 'tab',
  'import-dataset': 'extension-page',
  'reset-dataset': 'extension-page',
  'enable-site': 'extension-page',
  'forget-site': 'extension-page',
  'clear-local-data': 'extension-page',
};

const senders: Record<string, SenderInfo> = {
  'a content script': { id: OWN_ID, url: 'https://www.spiegel.de/politik/a.html', tab: { id: 4 } },
  'the popup': { id: OWN_ID, url: `${ORIGIN}popup.html` },
  'the options page in a tab': { id: OWN_ID, url: `${ORIGIN}options.html`, tab: { id: 5 } },
  'a page whose address only looks like ours': {
    id: OWN_ID,
    url: `${ORIGIN.slice(0, -1)}-evil/options.html`,
    tab: { id: 6 },
  },
  'a context with neither address nor tab': { id: OWN_ID },
};

function allowedFor(requirement: 'any' | 'extension-page' | 'tab', sender: string): boolean {
  if (requirement === 'any') return true;
  if (requirement === 'tab') return senders[sender]?.tab !== undefined;
  return sender === 'the popup' || sender === 'the options page in a tab';
}

describe('which sender may send which message', () => {
  it('has a policy for every type in the protocol, and no other', () => {
    expect(PROTOCOL_TYPES.length).toBeGreaterThan(10);
    expect(Object.keys(SENDER_POLICY).sort()).toEqual([...PROTOCOL_TYPES].sort());
    expect(Object.keys(EXPECTED).sort()).toEqual([...PROTOCOL_TYPES].sort());
  });

  for (const type of PROTOCOL_TYPES) {
    for (const [name, sender] of Object.entries(senders)) {
      const requirement = EXPECTED[type] ?? 'no policy';
      it(`${type} from ${name}: ${requirement === 'no policy' ? 'decide who may send it' : allowedFor(requirement, name) ? 'accepted' : 'refused'}`, () => {
        expect(requirement).not.toBe('no policy');
        if (requirement === 'no policy') return;
        const refusal = senderRefusal(type, sender, ORIGIN);
        if (allowedFor(requirement, name)) expect(refusal).toBeNull();
        else expect(refusal).toMatch(type);
      });
    }
  }

  it('accepts no sender as an extension page when it does not know the extension’s origin', () => {
    expect(senderRefusal('clear-local-data', { id: OWN_ID, url: `${ORIGIN}options.html` }, undefined)).not.toBeNull();
    expect(senderRefusal('clear-local-data', { id: OWN_ID, url: `${ORIGIN}options.html` }, '')).not.toBeNull();
  });
});
