import { useEffect, useState } from 'preact/hooks';
import type { Language } from '../dataset/schema';
import { request, type SendMessage } from '../messaging/client';
import type { EntityCardView, RoundView } from '../messaging/protocol';

export interface EntryQuery {
  kind: 'entity' | 'round';
  id: string;
  asOf: string;
}

export type EntryState =
  | { status: 'loading' }
  | { status: 'missing' }
  | { status: 'entity'; card: EntityCardView }
  | { status: 'round'; round: RoundView };

/** Reads the entry page's address; anything malformed is treated as a missing entry, not an error. */
export function parseEntryQuery(search: string): EntryQuery | null {
  const params = new URLSearchParams(search);
  const kind = params.get('kind');
  const id = params.get('id');
  const asOf = params.get('asOf');
  if ((kind !== 'entity' && kind !== 'round') || !id || !asOf || !/^\d{4}-\d{2}-\d{2}$/.test(asOf)) return null;
  return { kind, id, asOf };
}

/** The full entry, asked of the background in the reader's language, again when the language changes. */
export function useEntry(send: SendMessage, query: EntryQuery | null, lang: Language): EntryState {
  const [state, setState] = useState<EntryState>({ status: 'loading' });
  useEffect(() => {
    if (!query) return setState({ status: 'missing' });
    if (query.kind === 'entity') {
      void request(send, { type: 'entity-card', entityId: query.id, asOf: query.asOf, lang, full: true }).then(
        (answer) => setState(answer.ok ? { status: 'entity', card: answer.card } : { status: 'missing' }),
      );
    } else {
      void request(send, { type: 'round-view', roundId: query.id, lang }).then((answer) =>
        setState(answer.ok ? { status: 'round', round: answer.round } : { status: 'missing' }),
      );
    }
  }, [query?.kind, query?.id, query?.asOf, lang]);
  return state;
}
