import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { entityCardView } from '../../lib/cards/entityCardView';
import { EntityCardViewSchema } from '../../lib/cards/viewSchemas';
import { queryRoundView } from '../../lib/db/queries';
import { memoryRepository } from '../../lib/db/repository';
import { PageMentionsAnswerSchema, ResponseSchemas, RoundViewSchema } from '../../lib/messaging/protocol';
import { cardInputOf, miniDataset } from '../fixtures/miniDataset';

const dataset = miniDataset();

describe('the answers of the protocol', () => {
  it('each accept the shared failure and refuse a failure without its reason', () => {
    for (const [type, schema] of Object.entries(ResponseSchemas)) {
      expect(schema.safeParse({ ok: false, error: 'no' }).success, type).toBe(true);
      expect(schema.safeParse({ ok: false }).success, type).toBe(false);
    }
  });

  it('carry what their request asked for, and a refused import says why', () => {
    expect(ResponseSchemas['report-error'].safeParse({ ok: true }).success).toBe(true);
    expect(ResponseSchemas['enable-site'].safeParse({ ok: true }).success).toBe(false);
    expect(ResponseSchemas['enable-site'].parse({ ok: true, enabled: false })).toEqual({ ok: true, enabled: false });
    expect(ResponseSchemas['import-dataset'].parse({ ok: false, error: 'refused', problems: ['x'] })).toEqual({
      ok: false,
      error: 'refused',
      problems: ['x'],
    });
  });

  it('carry the views lib/cards builds, as their schemas describe them', async () => {
    const card = entityCardView(cardInputOf(dataset, 'medinsky'), { asOf: '2025-06-05', today: '2026-01-01' }, 'en');
    expect(EntityCardViewSchema.parse(card)).toEqual(card);
    expect(ResponseSchemas['entity-card'].parse({ ok: true, card })).toEqual({ ok: true, card });
    const round = await queryRoundView(memoryRepository(dataset), 'istanbul-2025-06-02', 'de');
    expect(RoundViewSchema.parse(round)).toEqual(round);
  });

  it('name the page states and mention types once: an event phrase is a mention, a made-up state is not', () => {
    const answer = (state: string, type: string) => ({
      ok: true,
      state,
      mentions: [{ entityId: 'x', type, surface: 'the third round', count: 1 }],
    });
    expect(PageMentionsAnswerSchema.safeParse(answer('paused', 'event')).success).toBe(true);
    expect(PageMentionsAnswerSchema.safeParse(answer('paused', 'person')).success).toBe(true);
    expect(PageMentionsAnswerSchema.safeParse(answer('sleeping', 'person')).success).toBe(false);
    expect(PageMentionsAnswerSchema.safeParse(answer('active', 'rumour')).success).toBe(false);
  });
});

/** Every relative import of the TypeScript files under a folder, as paths from lib/. */
function importsUnder(folder: string): Array<{ file: string; target: string }> {
  const root = join(__dirname, '../../lib');
  const files = (dir: string): string[] =>
    readdirSync(dir).flatMap((name) => {
      const path = join(dir, name);
      return statSync(path).isDirectory() ? files(path) : /\.tsx?$/.test(name) ? [path] : [];
    });
  return files(join(root, folder)).flatMap((file) =>
    [...readFileSync(file, 'utf8').matchAll(/from '(\.[^']+)'/g)].map((match) => ({
      file: file.slice(root.length + 1),
      target: join(file, '..', match[1]!).slice(root.length + 1),
    })),
  );
}

describe('the folders import downwards only', () => {
  it('lib/cards and lib/search never reach the protocol, the store or the background', () => {
    const upward = [...importsUnder('cards'), ...importsUnder('search')].filter(({ target }) =>
      /^(messaging|db|background)\//.test(target),
    );
    expect(upward).toEqual([]);
  });

  it('lib/messaging is the protocol only: it reaches neither the store nor the background', () => {
    expect(importsUnder('messaging').filter(({ target }) => /^(db|background|ui|content)\//.test(target))).toEqual([]);
  });

  it('lib/db reaches the protocol for its types only, and never the background', () => {
    expect(importsUnder('db').filter(({ target }) => /^(background|ui|content)\//.test(target))).toEqual([]);
    const protocolImports = importsUnder('db')
      .filter(({ target }) => target.startsWith('messaging/'))
      .map(({ file }) => readFileSync(join(__dirname, '../../lib', file), 'utf8'));
    for (const source of protocolImports) expect(source).not.toMatch(/^import \{[^}]*\} from '\.\.\/messaging/m);
  });
});
