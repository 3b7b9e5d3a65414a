import { describe, expect, it } from 'vitest';
import { asCommand } from '../../lib/content/pageSession';
import { ContentCommandSchema } from '../../lib/messaging/protocol';

/**
 * The content script narrows commands by hand (no Zod in the page's process); the background and the popup
 * build them with the schema. Both must agree on every message, or a command one side sends is refused by
 * the other, or a forged one gets through.
 */
const messages: unknown[] = [
  { type: 'page-mentions' },
  { type: 'page-mentions', extra: 1 },
  { type: 'step-mention', direction: 'next' },
  { type: 'step-mention', direction: 'previous' },
  { type: 'step-mention', direction: 'sideways' },
  { type: 'step-mention' },
  { type: 'show-mention', entityId: 'umerov' },
  { type: 'show-mention', entityId: '' },
  { type: 'show-mention', entityId: 'x'.repeat(200) },
  { type: 'show-mention', entityId: 'x'.repeat(201) },
  { type: 'show-mention', entityId: 42 },
  { type: 'show-mention' },
  { type: 'diagnostics' },
  { type: 'import-dataset', text: '{}' },
  { type: 42 },
  {},
  [],
  null,
  undefined,
  'page-mentions',
  7,
];

describe('the content script’s command check and ContentCommandSchema', () => {
  it.each(messages.map((message) => [JSON.stringify(message) ?? String(message), message] as const))(
    'agree on %s',
    (_label, message) => {
      const parsed = ContentCommandSchema.safeParse(message);
      expect(asCommand(message)).toEqual(parsed.success ? parsed.data : null);
    },
  );
});
