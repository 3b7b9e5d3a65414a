import type { Request, ResponseFor } from './protocol';
import type { SendMessage } from './client';
import { failedAnswer } from './failure';

/**
 * Typed but unvalidated: for the content script only. The background is the
 * edge that validates (every request, with Zod, before any handler runs) and
 * it answers with views built from validated data; leaving Zod out of the
 * content script keeps it inside its size budget (Zod alone would be most of it).
 */
export async function sendTyped<R extends Request>(send: SendMessage, message: R): Promise<ResponseFor<R['type']>> {
  try {
    const answer = (await send(message)) as ResponseFor<R['type']> | undefined;
    return answer && typeof answer === 'object' && 'ok' in answer ? answer : failedAnswer<R['type']>('no answer');
  } catch (error) {
    return failedAnswer<R['type']>(error);
  }
}
