import { RequestSchema, type Request, type ResponseFor } from './protocol';

export type Handlers = { [T in Request['type']]: (request: Extract<Request, { type: T }>, sender: SenderInfo) => Promise<ResponseFor<T>> };

export interface SenderInfo {
  id?: string;
  /** Set when a content script sent the message: the tab it runs in. */
  tab?: { id?: number };
}

/**
 * Validates an incoming message and routes it. Only the extension's own
 * contexts are answered; anything else, or anything malformed, gets a clear
 * refusal instead of reaching a handler.
 */
export async function dispatch(raw: unknown, sender: SenderInfo, ownId: string, handlers: Handlers): Promise<unknown> {
  if (sender.id !== ownId) return { ok: false, error: 'sender is not this extension' };
  const parsed = RequestSchema.safeParse(raw);
  if (!parsed.success) return { ok: false, error: 'malformed request' };
  const message = parsed.data;
  try {
    // The map is keyed by type, so this pairing is exact; TypeScript cannot see it through the union.
    const handler = handlers[message.type] as (request: Request, sender: SenderInfo) => Promise<unknown>;
    return await handler(message, sender);
  } catch (error) {
    return { ok: false, error: error instanceof Error ? error.message : String(error) };
  }
}
