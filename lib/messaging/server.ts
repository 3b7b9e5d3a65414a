import { RequestSchema, type Request, type ResponseFor } from './protocol';
import { senderRefusal, type SenderInfo } from './senderPolicy';
import { errorMessage } from './failure';

export type { SenderInfo } from './senderPolicy';

export type Handlers = {
  [T in Request['type']]: (request: Extract<Request, { type: T }>, sender: SenderInfo) => Promise<ResponseFor<T>>;
};

/**
 * Validates an incoming message and routes it. Only the extension's own
 * contexts are answered, and each type only from the senders its policy names
 * (`senderPolicy.ts`): what changes stored data or where Dossier runs only from
 * Dossier's own pages, whose addresses start with `extensionOrigin`
 * (`runtime.getURL('/')`; without it those types are refused). Anything else,
 * or anything malformed, gets a clear refusal instead of reaching a handler.
 */
export async function dispatch(
  raw: unknown,
  sender: SenderInfo,
  ownId: string,
  handlers: Handlers,
  extensionOrigin?: string,
): Promise<unknown> {
  if (sender.id !== ownId) return { ok: false, error: 'sender is not this extension' };
  const parsed = RequestSchema.safeParse(raw);
  if (!parsed.success) return { ok: false, error: 'malformed request' };
  const message = parsed.data;
  const refusal = senderRefusal(message.type, sender, extensionOrigin);
  if (refusal) return { ok: false, error: refusal };
  try {
    // The map is keyed by type, so this pairing is exact; TypeScript cannot see it through the union.
    const handler = handlers[message.type] as (request: Request, sender: SenderInfo) => Promise<unknown>;
    return await handler(message, sender);
  } catch (error) {
    return { ok: false, error: errorMessage(error) };
  }
}
