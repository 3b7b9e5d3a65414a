import { failedAnswer } from './failure';
import { ResponseSchemas, type Request, type ResponseFor } from './protocol';

export type SendMessage = (message: unknown) => Promise<unknown>;

/**
 * Sends a typed request and validates the answer, so a background from another
 * version or a dropped connection becomes an `ok: false`, never a crash.
 */
export async function request<R extends Request>(send: SendMessage, message: R): Promise<ResponseFor<R['type']>> {
  let raw: unknown;
  try {
    raw = await send(message);
  } catch (error) {
    return failedAnswer<R['type']>(error);
  }
  const parsed = ResponseSchemas[message.type].safeParse(raw);
  if (!parsed.success) return failedAnswer<R['type']>(`unexpected answer to ${message.type}`);
  return parsed.data as ResponseFor<R['type']>;
}
